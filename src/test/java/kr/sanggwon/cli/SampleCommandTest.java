package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import kr.sanggwon.common.Messages;
import kr.sanggwon.sample.SampleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample command: writing a set, and the guarded reset that retrains stale models like import does. */
class SampleCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesASampleSetWithTheGivenSeed() {
        StringWriter out = new StringWriter();
        int exit = run(out, new StringWriter(), "sample", "--out", dir.resolve("s").toString(), "--seed", "5", "--quarters", "8",
                "--districts", "40");
        assertThat(exit).isZero();
        assertThat(dir.resolve("s").resolve(SampleFiles.SALES_T)).isRegularFile();
        assertThat(out.toString()).contains("16");
    }

    @Test
    void jsonOutputListsTheFilesAndQuarters() {
        StringWriter out = new StringWriter();
        assertThat(run(out, new StringWriter(), "sample", "--out", dir.resolve("j").toString(), "--quarters", "8", "--districts", "30",
                "--json")).isZero();
        assertThat(out.toString()).contains("\"quarters\" : [ 20221,").contains("영역-상권").contains("\"industries\" : 30");
    }

    @Test
    void sampleWithoutOutOrResetIsAUserError() {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "--data-dir", dir.resolve("d").toString(), "sample")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("--out");
    }

    @Test
    void resetNeedsYesAndLeavesTheFolderAloneWithoutIt() throws Exception {
        Path data = dir.resolve("data");
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "--data-dir", data.toString(), "sample", "--reset")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("--yes");
        StringWriter status = new StringWriter();
        run(status, new StringWriter(), "--data-dir", data.toString(), "status");
        assertThat(status.toString()).doesNotContain("추정매출");

        StringWriter out = new StringWriter();
        assertThat(run(out, new StringWriter(), "--data-dir", data.toString(), "sample", "--reset", "--yes", "--no-train")).isZero();
        status = new StringWriter();
        run(status, new StringWriter(), "--data-dir", data.toString(), "status");
        assertThat(status.toString()).contains("추정매출-상권").contains("2024년 4분기");
    }

    @Test
    void resetWithNoTrainLeavesTheModelsStaleAndSaysNothingAboutTraining() throws Exception {
        Path data = dir.resolve("data");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "--data-dir", data.toString(), "sample", "--reset", "--yes", "--no-train")).isZero();
        assertThat(out.toString() + err.toString()).doesNotContain("학습");
        assertThat(modelState(data)).isEqualTo("missing");
    }

    @Test
    void resetRetrainsTheStaleModelsLikeImportWithProgressOnStderr() throws Exception {
        Path data = dir.resolve("data");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "--data-dir", data.toString(), "sample", "--reset", "--yes", "--json")).isZero();
        assertThat(out.toString()).as("--json keeps stdout pure JSON").startsWith("{").doesNotContain("학습");
        assertThat(err.toString()).contains("다시 학습합니다", "모델 학습", "예상 매출 모델 갱신");
        assertThat(modelState(data)).isEqualTo("fresh");
    }

    private String modelState(Path data) throws Exception {
        StringWriter status = new StringWriter();
        assertThat(run(status, new StringWriter(), "--data-dir", data.toString(), "status", "--json")).isZero();
        return new ObjectMapper().readTree(status.toString()).get("model").get("state").asText();
    }
}
