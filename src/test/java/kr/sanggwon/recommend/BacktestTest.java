package kr.sanggwon.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import kr.sanggwon.common.Progress;
import kr.sanggwon.district.Fixture;
import kr.sanggwon.common.Quarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kr.sanggwon.store.ReadSession;

/** The ranking backtest on constructed data: it recovers a planted growth predictor and never reads after T. */
class BacktestTest {
    private static final String IND = "CS100010";
    private static final int FIRST = 20211;
    private static final int QUARTERS = 9;

    /**
     * 40 상권: half are 'LH' (상권확장) and their sales per store grow 6% a quarter, the other half 'HL' and shrink 3%;
     * levels are random so current sales per store says nothing about growth.
     */
    private static Fixture world(Path dir) throws Exception {
        Fixture f = new Fixture(dir);
        f.industry(IND, "커피-음료");
        Random r = new Random(7);
        for (int i = 0; i < 40; i++) {
            String code = String.valueOf(3110100 + i);
            f.district(code, "T", "상권" + i, "A", "11620515");
            boolean grows = i % 2 == 0;
            double level = 2e7 * Math.exp(0.5 * r.nextGaussian());
            for (int k = 0; k < QUARTERS; k++) {
                int q = Quarter.plus(FIRST, k);
                double sps = level * Math.pow(grows ? 1.06 : 0.97, k) * (1 + 0.02 * r.nextGaussian());
                f.insert("sales_q", Fixture.row("district_code", code, "industry_code", IND, "quarter", q, "lvl", "T",
                        "sales_amt", Math.round(sps * 10)));
                f.insert("stores_q", Fixture.row("district_code", code, "industry_code", IND, "quarter", q, "lvl", "T",
                        "stores", 10L, "close_rate", 3.0, "close_count", 1L));
                f.insert("change_q", Fixture.row("district_code", code, "quarter", q, "lvl", "T", "change_index",
                        grows ? "LH" : "HL", "op_months", 60.0));
            }
        }
        f.batch("SALES", "T", "constructed");
        return f.summarize();
    }

    @Test
    void recoversAPlantedGrowthPredictorWhileNaiveSalesDoNot(@TempDir Path dir) throws Exception {
        try (Fixture f = world(dir)) {
            BacktestResult r = new RecommendBacktest(f.app.database(), 10).run(Progress.NONE);
            assertThat(r.origins()).extracting(BacktestResult.Origin::quarter)
                    .containsExactly(20211, 20212, 20213, 20214, 20221);
            BacktestResult.MethodResult change = method(r.summary(), "part:CHANGE");
            BacktestResult.MethodResult growth = method(r.summary(), Preset.GROWTH);
            BacktestResult.MethodResult naive = method(r.summary(), BacktestResult.NAIVE_SALES);
            assertThat(change.spearman()).isGreaterThan(0.8);
            assertThat(growth.spearman()).isGreaterThan(0.5);
            assertThat(growth.topDecileGapPp()).isGreaterThan(10);
            assertThat(Math.abs(naive.spearman())).isLessThan(0.4);
        }
    }

    @Test
    void theFrameAtTIsTheSameWhateverHappensAfterT(@TempDir Path dir) throws Exception {
        try (Fixture f = world(dir)) {
            int t = 20214;
            ScoreFrame before;
            try (ReadSession c = ReadSession.open(f.app.database())) {
                before = FrameBuilder.build(SnapshotLoader.load(c, IND, "커피-음료", 'T', t), Target.NONE, java.util.Map.of());
            }
            try (Connection c = f.app.database().connection(); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE sales_q SET sales_amt = sales_amt * 7 WHERE quarter > " + t + " AND MOD(CAST(district_code AS INT), 3) = 0");
                st.executeUpdate("UPDATE stores_q SET stores = 99, close_rate = 40 WHERE quarter > " + t);
                st.executeUpdate("UPDATE change_q SET change_index = 'HH', op_months = 1 WHERE quarter > " + t);
            }
            f.summarize();
            try (ReadSession c = ReadSession.open(f.app.database())) {
                ScoreFrame after = FrameBuilder.build(SnapshotLoader.load(c, IND, "커피-음료", 'T', t), Target.NONE, java.util.Map.of());
                assertThat(after.table().print(100)).isEqualTo(before.table().print(100));
            }
        }
    }

    private static BacktestResult.MethodResult method(List<BacktestResult.MethodResult> list, String name) {
        return list.stream().filter(m -> m.method().equals(name)).findFirst().orElseThrow();
    }
}
