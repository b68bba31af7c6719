package kr.sanggwon.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import kr.sanggwon.cli.MainCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `bench query` on the bundled sample times every screen query: it asks only about district × industry pairs that
 * have sales (it used to pick them apart at random and stop at the first pair without any).
 */
class QueryBenchmarkSampleTest {
    @Test
    void everyScreenQueryIsTimedOnTheSample(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertThat(MainCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "--data-dir", dir.toString(),
                "sample", "--reset", "--yes", "--no-train")).as(err.toString()).isZero();
        StringWriter out = new StringWriter();
        int code = MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "--data-dir", dir.toString(),
                "bench", "query", "--runs", "15", "--warmup", "2", "--seed", "7");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("district (all industries)", "district + industry", "customers + industry",
                "compare 3 districts", "lookalike + industry", "health warnings (district)");
    }
}
