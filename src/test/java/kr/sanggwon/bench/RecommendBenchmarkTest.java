package kr.sanggwon.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import kr.sanggwon.common.UserException;
import kr.sanggwon.district.Fixture;
import kr.sanggwon.recommend.Part;
import kr.sanggwon.recommend.Weights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench recommend's machinery on a constructed world (what it measures and reports, not how fast). */
class RecommendBenchmarkTest {
    @TempDir
    Path dir;

    private void world(Fixture f) throws Exception {
        f.industry("CS100010", "커피-음료").industry("CS300002", "편의점");
        for (int i = 0; i < 12; i++) {
            String code = String.valueOf(3110200 + i);
            f.district(code, "T", "상권" + i, "A", "11620515");
            for (int q : new int[] {20241, 20242}) {
                f.insert("sales_q", Fixture.row("district_code", code, "industry_code", "CS100010", "quarter", q, "lvl", "T",
                        "sales_amt", 100_000_000L + i * 7_000_000L));
                f.insert("stores_q", Fixture.row("district_code", code, "industry_code", "CS100010", "quarter", q, "lvl", "T",
                        "stores", 5L + i % 4, "close_rate", 2.0 + i % 3, "close_count", 1L));
            }
        }
        // 편의점 in fewer districts: the busiest industry is 커피-음료
        for (int i = 0; i < 3; i++) {
            f.insert("sales_q", Fixture.row("district_code", String.valueOf(3110200 + i), "industry_code", "CS300002", "quarter", 20242,
                    "lvl", "T", "sales_amt", 50_000_000L));
        }
        f.batch("SALES", "T", "constructed");
        f.summarize();
    }

    @Test
    void ranksTheBusiestIndustryOncePerWeightChangeAndReportsPercentiles() throws Exception {
        try (Fixture f = new Fixture(dir)) {
            world(f);
            List<RecommendBenchmark.Result> r = new RecommendBenchmark(f.app.database(), f.app.recommend()).run(null, 20, 2, 7);
            assertThat(r).hasSize(1);   // no 행정동 sales: one grain, no combined row
            RecommendBenchmark.Result t = r.get(0);
            assertThat(t.industry()).isEqualTo("CS100010");
            assertThat(t.rows()).isEqualTo(12);
            assertThat(t.changes()).isEqualTo(20);
            assertThat(t.p50()).isPositive().isLessThanOrEqualTo(t.p95());
            assertThat(t.p95()).isLessThanOrEqualTo(t.max());
            assertThat(new RecommendBenchmark(f.app.database(), f.app.recommend()).run("CS300002", 3, 0, 7).get(0).rows()).isEqualTo(3);
            assertThatThrownBy(() -> new RecommendBenchmark(f.app.database(), f.app.recommend()).run(null, 0, 0, 7))
                    .isInstanceOf(UserException.class);
        }
    }

    @Test
    void randomWeightsLookLikeSliderPositionsAndAreNeverAllZero() {
        Random random = new Random(1);
        for (int i = 0; i < 500; i++) {
            Weights w = RecommendBenchmark.randomWeights(random);
            assertThat(w.total()).isPositive();
            for (Part p : Part.values()) {
                assertThat(w.get(p) * 2).isBetween(0.0, 10.0).isEqualTo(Math.rint(w.get(p) * 2));
            }
        }
    }

    @Test
    void anEmptyFolderHasNothingToRank() {
        try (Fixture f = new Fixture(dir)) {
            assertThatThrownBy(() -> new RecommendBenchmark(f.app.database(), f.app.recommend()).run(null, 5, 0, 7))
                    .isInstanceOf(UserException.class).hasMessageContaining("bench.recommend.noData");
        }
    }
}
