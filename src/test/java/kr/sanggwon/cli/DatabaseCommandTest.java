package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import kr.sanggwon.store.DatabaseSettings;
import kr.sanggwon.store.PgTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** database show / test / save: the settings screen's choices on the command line; the password never printed. */
class DatabaseCommandTest {
    @TempDir
    Path dir;
    String previousConfigDir;

    @BeforeEach
    void ownConfigFolder() {
        kr.sanggwon.common.Messages.setLocale(java.util.Locale.KOREAN);   // an earlier test class may have left English
        previousConfigDir = System.getProperty(DatabaseSettings.DIR_PROPERTY);
        System.setProperty(DatabaseSettings.DIR_PROPERTY, dir.resolve("config").toString());
    }

    @AfterEach
    void restore() {
        DatabaseCommand.environment = System::getenv;
        if (previousConfigDir == null) {
            System.clearProperty(DatabaseSettings.DIR_PROPERTY);
        } else {
            System.setProperty(DatabaseSettings.DIR_PROPERTY, previousConfigDir);
        }
    }

    @Test
    void savesAServerWithThePasswordFromTheEnvironmentAndShowsItMasked() throws Exception {
        DatabaseCommand.environment = Map.of("SANGGWON_DB_PASSWORD", "env-secret")::get;
        Run saved = run("database", "save", "jdbc:postgresql://office:5432/desk", "--user", "kim");
        assertThat(saved.code).as(saved.err).isZero();
        assertThat(saved.out).contains("jdbc:postgresql://office:5432/desk").doesNotContain("env-secret");
        Path file = dir.resolve("config").resolve(DatabaseSettings.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        DatabaseCommand.environment = k -> null;
        Run shown = run("database", "show", "--json");
        assertThat(shown.out).contains("\"database\" : \"postgresql\"", "\"user\" : \"kim\"", "\"password\" : \"***\"")
                .doesNotContain("env-secret");

        Run back = run("database", "save", "embedded");
        assertThat(back.code).isZero();
        assertThat(run("database").out).contains("이 컴퓨터의 데이터 폴더");
    }

    @Test
    void withoutAPasswordSourceSavingAsksForTheEnvironmentVariable() {
        DatabaseCommand.environment = k -> null;
        Run r = run("database", "save", "jdbc:postgresql://office/desk");
        assertThat(r.code).isEqualTo(MainCommand.USER_ERROR);
        assertThat(r.err).contains("SANGGWON_DB_PASSWORD").contains("--no-password");
        assertThat(run("database", "save", "jdbc:postgresql://office/desk", "--no-password").code).isZero();
        assertThat(run("database", "save", "jdbc:mysql://office/desk", "--no-password").code).isEqualTo(MainCommand.USER_ERROR);
    }

    @Test
    void testReportsAnUnreachableServerAndRefusesTheEmbeddedOne() {
        DatabaseCommand.environment = k -> null;
        assertThat(run("database", "test").code).isEqualTo(MainCommand.USER_ERROR);
        Run r = run("--db-url", "jdbc:postgresql://127.0.0.1:1/desk?password=hidden", "database", "test");
        assertThat(r.code).isEqualTo(MainCommand.USER_ERROR);
        assertThat(r.err).contains("password=***").doesNotContain("hidden");
    }

    @Test
    void testOnTheTestServerSaysItsVersion() {
        org.junit.jupiter.api.Assumptions.assumeTrue(PgTestDatabase.serverUrl().isPresent(), PgTestDatabase.ENV + " not set");
        DatabaseCommand.environment = k -> null;
        Run r = run("--db-url", PgTestDatabase.serverUrl().get(), "database", "test");
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).startsWith("연결됨: PostgreSQL");
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }
}
