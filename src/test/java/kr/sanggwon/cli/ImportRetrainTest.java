package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import retrains stale sales models (unless --no-train); status and status --json say what the models were trained on. */
class ImportRetrainTest {
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    private JsonNode model() throws Exception {
        assertThat(run("status", "--json")).isZero();
        JsonNode status = new ObjectMapper().readTree(out.toString());
        assertThat(status.get("lastImports")).as("the data status is still there").isNotNull();
        return status.get("model");
    }

    private static String sales() {
        return TestData.require(TestData.seoul("추정매출-행정동")).toString();
    }

    @Test
    void importOfSalesLeavesFreshModelsAndStatusSaysWhichDataTheyLearnedFrom() throws Exception {
        assertThat(run("import", sales())).isZero();
        assertThat(out.toString()).contains("다시 학습합니다", "예상 매출 모델 갱신");
        assertThat(err.toString()).contains("모델 학습");

        JsonNode m = model();
        assertThat(m.get("state").asText()).isEqualTo("fresh");
        assertThat(m.get("stale").asBoolean()).isFalse();
        assertThat(m.get("trainedForDataVersion").asLong()).isEqualTo(m.get("dataVersion").asLong()).isPositive();
        assertThat(m.get("lastQuarter").asInt()).isEqualTo(20244);
        assertThat(m.get("models")).hasSize(2);

        assertThat(run("status")).isZero();
        assertThat(out.toString()).contains("예상 매출 모델: 데이터 #", "2024년 4분기까지", "최신");
    }

    @Test
    void noTrainLeavesModelsMissingThenStaleAndStatusJsonSaysSo() throws Exception {
        assertThat(run("import", "--no-train", sales())).isZero();
        assertThat(out.toString()).doesNotContain("학습");
        JsonNode m = model();
        assertThat(m.get("state").asText()).isEqualTo("missing");
        assertThat(m.get("stale").asBoolean()).isTrue();
        assertThat(m.get("trainedForDataVersion").isNull()).isTrue();

        assertThat(run("train")).isZero();
        assertThat(model().get("state").asText()).isEqualTo("fresh");

        assertThat(run("import", "--no-train", TestData.require(TestData.seoul("길단위인구-행정동")).toString())).isZero();
        m = model();
        assertThat(m.get("state").asText()).isEqualTo("stale");
        assertThat(m.get("stale").asBoolean()).isTrue();
        assertThat(m.get("trainedForDataVersion").asLong()).isLessThan(m.get("dataVersion").asLong());
        assertThat(run("status")).isZero();
        assertThat(out.toString()).contains("오래됨");
    }

    @Test
    void aRefusedImportNeverTrainsAndKeepsItsExitCode() throws Exception {
        assertThat(run("import", "--no-train", sales())).isZero();
        Path bad = dir.resolve("엉터리.csv");
        Files.writeString(bad, "가,나,다\n1,2,3\n", StandardCharsets.UTF_8);
        assertThat(run("import", bad.toString())).isEqualTo(MainCommand.BAD_INPUT);
        assertThat(out.toString() + err.toString()).doesNotContain("모델 학습", "다시 학습");
        assertThat(model().get("state").asText()).isEqualTo("missing");
    }

    @Test
    void importWithoutSalesDataTrainsNothingAndStatusSaysThereIsNothingToLearn() throws Exception {
        assertThat(run("import", TestData.require(TestData.seoul("길단위인구-행정동")).toString())).isZero();
        assertThat(out.toString()).doesNotContain("학습");
        assertThat(model().get("state").asText()).isEqualTo("none");
        assertThat(model().get("stale").asBoolean()).isFalse();
    }
}
