package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** estimate / train / eval on the real 추정매출-행정동 file alone (no context tables: features degrade, nothing throws). */
class EstimateCommandsTest {
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void data() {
        Messages.setLocale(Locale.KOREAN);
        assertThat(run("import", "--no-train", TestData.require(TestData.seoul("추정매출-행정동")).toString())).isZero();
        out.getBuffer().setLength(0);
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    @Test
    void estimateBeforeTrainingIsAUserErrorThatSaysWhatToDo() {
        assertThat(run("estimate", "--district", "11110615", "--industry", "CS100010")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("train");
    }

    @Test
    void trainThenEstimateJsonHasPointRangeAndProvenance() throws Exception {
        assertThat(run("train", "--json")).isZero();
        assertThat(out.toString()).contains("\"forecast\"", "\"cold-start\"", "\"medianApe\"");
        out.getBuffer().setLength(0);
        assertThat(run("estimate", "--district", "11110615", "--industry", "CS100010", "--json")).isZero();
        assertThat(out.toString()).contains("\"quarterly\"", "\"quarterlyLow\"", "\"monthly\"", "\"drivers\"", "\"comparables\"",
                "\"provenance\"", "\"targetQuarter\" : 20251", "\"forNewShop\" : null");

        // optional store detail: nine coffee shops already in the 행정동 share its total with the new one
        out.getBuffer().setLength(0);
        assertThat(run("estimate", "--district", "11110615", "--industry", "CS100010", "--stores", "9", "--json")).isZero();
        assertThat(out.toString()).contains("\"sharingStores\" : 10.0", "\"factor\" : 0.1");
        out.getBuffer().setLength(0);
        assertThat(run("estimate", "--district", "11110615", "--industry", "CS100010", "--stores", "9")).isZero();
        assertThat(out.toString()).contains("새 가게 기준", "10곳");
        assertThat(run("estimate", "--district", "11110615", "--industry", "CS100010", "--stores", "-1"))
                .isEqualTo(MainCommand.USER_ERROR);

        batchOverAllDistrictsAndFromAFile();
    }

    /** The batch form, on the models trained above: one process, one JSON document, error rows beside results. */
    private void batchOverAllDistrictsAndFromAFile() throws Exception {
        out.getBuffer().setLength(0);
        assertThat(run("estimate", "--industry", "cs100010", "--all", "--json")).isZero();
        JsonNode all = new ObjectMapper().readTree(out.toString());
        assertThat(all.get("industry").asText()).isEqualTo("CS100010");
        // the file holds 420 행정동; every one gets an estimate, none an error
        assertThat(all.get("count").asInt()).isEqualTo(420);
        assertThat(all.get("failed").asInt()).isZero();
        assertThat(all.get("rows")).hasSize(420);
        JsonNode first = all.get("rows").get(0);
        assertThat(first.get("estimate").get("monthly").asDouble()).isPositive();
        assertThat(first.get("estimate").get("monthlyLow").asDouble()).isLessThanOrEqualTo(first.get("estimate").get("monthly").asDouble());

        Path list = dir.resolve("districts.txt");
        String dongName = first.get("estimate").get("districtName").asText();
        Files.writeString(list, "\uFEFF# districts for the owner\n11110615\n\n없는동\n" + dongName + "\n");
        out.getBuffer().setLength(0);
        assertThat(run("estimate", "--industry", "커피-음료", "--districts-file", list.toString(), "--json")).isEqualTo(MainCommand.USER_ERROR);
        JsonNode some = new ObjectMapper().readTree(out.toString());
        assertThat(some.get("count").asInt()).isEqualTo(3);
        assertThat(some.get("estimated").asInt()).isEqualTo(2);
        assertThat(some.get("rows").get(0).get("district").asText()).isEqualTo("11110615");
        assertThat(some.get("rows").get(1).get("input").asText()).isEqualTo("없는동");
        assertThat(some.get("rows").get(1).get("errorKey").asText()).isEqualTo("district.error.notFound");
        assertThat(some.get("rows").get(2).get("district").asText()).isEqualTo(first.get("district").asText());

        out.getBuffer().setLength(0);
        assertThat(run("estimate", "--industry", "CS100010", "--districts-file", list.toString())).isEqualTo(MainCommand.USER_ERROR);
        assertThat(out.toString()).contains("지역 3곳, 예상 매출을 내지 못한 곳 1곳", "11110615", "없는동", "예상 매출 없음", "억원", "다음 분기 예측");

        // a file that cannot be read is a bad input file: exit 2, nothing printed on stdout
        out.getBuffer().setLength(0);
        assertThat(run("estimate", "--industry", "CS100010", "--districts-file", dir.resolve("missing.txt").toString()))
                .isEqualTo(MainCommand.BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(run("estimate", "--industry", "CS100010", "--all", "--district", "11110615")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(run("estimate", "--industry", "CS100010", "--all", "--grain", "X")).isEqualTo(MainCommand.USER_ERROR);
    }
}
