package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench fuzz from the command line: the figures it prints, and exit 0 only with no unhandled, hung or half-written case. */
class BenchFuzzCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsCasesRefusalsImportsAndZeroFailuresForTheBundledSeeds() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        StringWriter out = new StringWriter();
        int exit = MainCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--lang", "en",
                "bench", "fuzz", "--cases", "40", "--seed", "7", "--dir", dir.toString());
        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("40 mutated files from 16 seed files, mutator seed 7")
                .containsPattern("refused \\d+, imported \\d+, unhandled exceptions 0, hangs 0, half-written 0");
        assertThat(Files.exists(dir.resolve("failures"))).isFalse();
    }

    @Test
    void refusesZeroCases() {
        StringWriter err = new StringWriter();
        int exit = MainCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "bench", "fuzz", "--cases", "0");
        assertThat(exit).isEqualTo(MainCommand.USER_ERROR);
    }
}
