package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --db-url selects the database; a server that cannot be used is a clear user error that never shows the password. */
class DbUrlOptionTest {

    @Test
    void anUnreachableServerIsAUserErrorWithoutThePassword(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // port 1 on the loopback address: nothing listens there, the connection is refused at once
        int code = MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "--data-dir", dir.toString(),
                "--db-url", "jdbc:postgresql://127.0.0.1:1/desk?user=kim&password=topsecret", "status");

        assertThat(code).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("jdbc:postgresql://127.0.0.1:1/desk?user=kim&password=***")
                .doesNotContain("topsecret");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anotherKindOfUrlIsRefused(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = MainCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "--data-dir", dir.toString(),
                "--db-url", "jdbc:h2:/tmp/x;PASSWORD=abc", "status");
        assertThat(code).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("jdbc:postgresql://").doesNotContain("abc");
    }

    @Test
    void embeddedIsTheBuiltInDatabaseInTheDataFolder(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        int code = MainCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--data-dir", dir.toString(),
                "--db-url", "embedded", "status");
        assertThat(code).isZero();
        assertThat(out.toString()).contains(dir.toString());
    }

    @Test
    void benchQueryTakesTheDatabaseAfterItsNameToo(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        // `bench query --db-url …` (as the issue writes it) reaches the same server as `--db-url … bench query`
        int code = MainCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "--data-dir", dir.toString(),
                "bench", "query", "--runs", "1", "--warmup", "0", "--db-url", "jdbc:postgresql://127.0.0.1:1/desk?user=kim&password=topsecret");
        assertThat(code).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("jdbc:postgresql://127.0.0.1:1/desk").doesNotContain("topsecret");
    }
}
