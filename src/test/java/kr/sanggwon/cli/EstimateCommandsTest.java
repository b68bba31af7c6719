package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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
    void trainThenEstimateJsonHasPointRangeAndProvenance() {
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
    }
}
