package kr.sanggwon.compare;

import static kr.sanggwon.district.Fixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.district.Fixture;
import kr.sanggwon.district.Metric;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareServiceTest {
    @TempDir
    Path dir;
    Fixture fx;

    @BeforeEach
    void data() throws Exception {
        fx = new Fixture(dir);
        long b = fx.batch("SALES_T", "T", "매출.csv");
        fx.industry("CS100010", "커피-음료");
        // A: biggest sales; B: best sales per store; C: lowest close rate
        Object[][] d = {{"3110001", "큰상권", 900L, 30L, 12.0}, {"3110002", "알찬상권", 400L, 5L, 8.0}, {"3110003", "안정상권", 300L, 10L, 2.0}};
        for (Object[] x : d) {
            fx.district((String) x[0], "T", (String) x[1], "A", null);
            fx.insert("sales_q", Fixture.sales((String) x[0], "CS100010", 20241, "T", (Long) x[2] * 1_000_000L, b, Map.of()));
            fx.insert("stores_q", row("district_code", x[0], "industry_code", "CS100010", "quarter", 20241, "lvl", "T",
                    "stores", x[3], "close_rate", x[4], "open_rate", 5.0, "franchise", 0L, "batch_id", b));
        }
        fx.summarize();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void bestPerRowRespectsDirection() throws Exception {
        Comparison c = fx.app.compare().compare("CS100010", List.of("3110001", "3110002", "3110003"));
        assertThat(c.row("SALES").best()).containsExactly(0);
        assertThat(c.row("SALES_PER_STORE").best()).containsExactly(1);
        assertThat(c.row("CLOSE_RATE").best()).containsExactly(2);
        assertThat(c.row("STORES").best()).isEmpty();
        assertThat(c.summary()).extracting(t -> t.render(java.util.Locale.KOREAN)).contains(
                Messages.get(java.util.Locale.KOREAN, "compare.summary.CLOSE_RATE", "안정상권"),
                Messages.get(java.util.Locale.KOREAN, "compare.summary.SALES_PER_STORE", "알찬상권"));
    }

    @Test
    void tiesAreAllBestAndMissingValuesNeverWin() {
        assertThat(CompareService.best(Arrays.asList(3.0, null, 3.0, 1.0), Metric.Direction.HIGHER)).containsExactly(0, 2);
        assertThat(CompareService.best(Arrays.asList(3.0, null, 2.0), Metric.Direction.LOWER)).containsExactly(2);
        assertThat(CompareService.best(Arrays.asList(3.0, null), Metric.Direction.LOWER)).isEmpty();
        assertThat(CompareService.best(Arrays.asList(0.0, 0.0, 0.0), Metric.Direction.LOWER)).as("all equal: nobody is better").isEmpty();
    }

    @Test
    void refusesFewerThanTwoOrMoreThanFourDistricts() {
        assertThatThrownBy(() -> fx.app.compare().compare("CS100010", List.of("3110001")))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key()).isEqualTo("compare.error.count");
        assertThatThrownBy(() -> fx.app.compare().compare("CS100010", List.of("1", "2", "3", "4", "5")))
                .isInstanceOf(UserException.class);
    }

    @Test
    void trendsAreAlignedOnTheUnionOfQuarters() throws Exception {
        Comparison c = fx.app.compare().compare("CS100010", List.of("3110001", "3110002"));
        Comparison.AlignedTrend t = c.trends().get(0);
        assertThat(t.metric()).isEqualTo(Metric.SALES);
        assertThat(t.quarters()).containsExactly(20241);
        assertThat(t.values().get(0)).containsExactly(900_000_000.0);
    }
}
