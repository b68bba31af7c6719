package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench import end to end on a small file (figures are not asserted: speed belongs in docs/BENCHMARKS.md). */
class BenchImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchImportWritesImportsAndReportsWithoutRejects() {
        StringWriter out = new StringWriter();
        int exit = MainCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "bench", "import", "--rows", "3000", "--dir", dir.resolve("work").toString(), "--json");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("\"rows\" : 3000").contains("\"rejected\" : 0").contains("\"rowsPerSecond\"");
        assertThat(dir.resolve("work")).doesNotExist();
    }

    @Test
    void benchWithoutASubcommandIsAUsageError() {
        StringWriter err = new StringWriter();
        int exit = MainCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "bench");
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("import");
    }
}
