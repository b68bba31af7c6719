package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** client passphrase / export / import / purge and backup --list through the CLI, with passphrases from the environment. */
class TrustCommandsTest {
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> env = new java.util.HashMap<>();

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.ENGLISH);
        CasePassphrase.environment = env::get;
    }

    @AfterEach
    void restore() {
        CasePassphrase.environment = System::getenv;
        Messages.setLocale(Locale.KOREAN);
    }

    private int run(Path data, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    @Test
    void changeThePassphraseMoveAClientAndPurgeIt() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        env.put(CasePassphrase.ENV, "first passphrase 1");
        assertThat(run(a, "client", "add", "--name", "모은결", "--phone", "010-2222-3333")).as(err.toString()).isZero();
        env.put(ClientPassphraseCommand.ENV, "second passphrase 2");
        assertThat(run(a, "client", "passphrase")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("no case file was re-encrypted");
        // the old passphrase no longer opens anything, cleanly
        assertThat(run(a, "client", "list")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("Wrong passphrase").doesNotContain("Exception");
        env.put(CasePassphrase.ENV, "second passphrase 2");
        env.put(ClientTransferCommands.ENV, "carry this laptop 3");
        Path file = dir.resolve("moeungyeol.sgclient");
        assertThat(run(a, "client", "export", "1", "--out", file.toString())).as(err.toString()).isZero();
        assertThat(Files.size(file)).isPositive();

        env.put(CasePassphrase.ENV, "laptop b passphrase");
        assertThat(run(b, "client", "import", file.toString())).as(err.toString()).isZero();
        assertThat(run(b, "client", "list")).isZero();
        assertThat(out.toString()).contains("모은결").contains("010-2222-3333");

        env.put(CasePassphrase.ENV, "second passphrase 2");
        assertThat(run(a, "backup")).isZero();
        assertThat(run(a, "client", "purge", "1")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(run(a, "client", "purge", "1", "--yes")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 older backups were deleted");
        assertThat(run(a, "client", "list")).isZero();
        assertThat(out.toString()).doesNotContain("모은결");
        assertThat(run(a, "backup", "--list")).isZero();
        assertThat(out.toString()).contains("purge.sgbak").doesNotContain("manual.sgbak");
    }

    @Test
    void autoLockIsShownAndSetWithThePassphraseAndNeverLockingIsRefused() {
        Path a = dir.resolve("a");
        assertThat(run(a, "client", "auto-lock")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("lock after 10 minutes").contains("1-120");
        // changing it is the consultant's act: without a passphrase (no terminal in tests) nothing changes
        assertThat(run(a, "client", "auto-lock", "30")).isEqualTo(MainCommand.USER_ERROR);
        env.put(CasePassphrase.ENV, "first passphrase 1");
        assertThat(run(a, "client", "auto-lock", "never")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("1 to 120 minutes").doesNotContain("Exception");
        assertThat(run(a, "client", "auto-lock", "121")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(run(a, "client", "auto-lock", "30")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("30 minutes");
        env.remove(CasePassphrase.ENV);
        assertThat(run(a, "client", "auto-lock")).isZero();
        assertThat(out.toString()).contains("lock after 30 minutes");
    }
}
