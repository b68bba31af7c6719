package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.sanggwon.common.Quarter;
import kr.sanggwon.district.DistrictHistory;
import kr.sanggwon.district.DistrictInfo;
import kr.sanggwon.district.Metric;
import kr.sanggwon.district.Point;
import kr.sanggwon.district.Trend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The stated rule ({@link WatchRule#DEFAULT}) on hand-made series: large, and large for this district. */
class MoveDetectorTest {
    private static final MoveDetector DETECT = new MoveDetector(WatchRule.DEFAULT);
    private static final DistrictInfo INFO = new DistrictInfo("3199001", "T", "가람골목", "A", "골목상권", "종로구", null, null, null);

    /**
     * Sales with a seasonal pattern (+{@code swing}, 0, −{@code swing}, 0 around 100) for {@code quarters} quarters
     * from 2022년 1분기, then a newest quarter at its seasonal value × {@code factor}.
     */
    private static DistrictHistory sales(double swing, int quarters, double factor) {
        double[] season = {1 + swing, 1, 1 - swing, 1};
        List<Point> p = new ArrayList<>();
        int q = 20221;
        for (int i = 0; i <= quarters; i++) {
            p.add(new Point(q, 100 * season[i % 4] * (i == quarters ? factor : 1)));
            q = Quarter.plus(q, 1);
        }
        return new DistrictHistory(INFO, null, null, List.of(new Trend(Metric.SALES, p)), Map.of());
    }

    @ParameterizedTest(name = "season ±{0}, {1} earlier quarters, newest ×{2} → notable {3}")
    @CsvSource(textBlock = """
            0.01, 8, 1.12, true
            0.01, 8, 0.88, true
            0.01, 8, 1.08, false
            0.15, 8, 1.00, false
            0.15, 8, 0.85, true
            0.15, 8, 1.40, true
            0.01, 3, 1.15, false
            0.01, 3, 1.25, true
            """)
    void aMoveMustBeLargeAndLargerThanTheDistrictsUsualSwing(double swing, int quarters, double factor, boolean notable) {
        assertThat(DETECT.changes(sales(swing, quarters, factor))).hasSize(notable ? 1 : 0);
    }

    @Test
    void aYearOnYearMoveCountsWhenTheQuarterOnQuarterOneIsSmall() {
        // steady 100 for 8 quarters, then 104, 108, 112 and 116: each quarter +4 %, the year +16 %
        List<Point> p = new ArrayList<>();
        int q = 20211;
        for (double v : new double[] {100, 100, 100, 100, 100, 100, 100, 100, 104, 108, 112, 116}) {
            p.add(new Point(q, v));
            q = Quarter.plus(q, 1);
        }
        List<WatchChange> c = DETECT.changes(new DistrictHistory(INFO, null, null, List.of(new Trend(Metric.SALES, p)), Map.of()));
        assertThat(c).singleElement().satisfies(ch -> {
            assertThat(ch.basis()).isEqualTo(WatchChange.Basis.YEAR);
            assertThat(ch.delta()).isCloseTo(0.16, org.assertj.core.data.Offset.offset(1e-9));
        });
    }

    @Test
    void closureRatesOfAFewShopsAreNotJudgedButOfManyAre() {
        List<Point> rate = new ArrayList<>();
        List<Point> few = new ArrayList<>();
        List<Point> many = new ArrayList<>();
        int q = 20221;
        for (int i = 0; i < 9; i++) {
            rate.add(new Point(q, i < 8 ? 3.0 : 8.0));
            few.add(new Point(q, 10));
            many.add(new Point(q, 40));
            q = Quarter.plus(q, 1);
        }
        assertThat(DETECT.changes(new DistrictHistory(INFO, null, null,
                List.of(new Trend(Metric.CLOSE_RATE, rate), new Trend(Metric.STORES, few)), Map.of()))).isEmpty();
        assertThat(DETECT.changes(new DistrictHistory(INFO, null, null,
                List.of(new Trend(Metric.CLOSE_RATE, rate), new Trend(Metric.STORES, many)), Map.of())))
                .singleElement().satisfies(ch -> {
                    assertThat(ch.metric()).isEqualTo(Metric.CLOSE_RATE);
                    assertThat(ch.delta()).isEqualTo(5.0);
                });
    }

    @Test
    void anySwitchOfTheChangeIndexCountsButAnOldOneDoesNot() {
        DistrictHistory switched = new DistrictHistory(INFO, null, null, List.of(), Map.of(20234, "HH", 20241, "hl"));
        assertThat(DETECT.changes(switched)).singleElement().satisfies(ch -> assertThat(ch.toCode()).isEqualTo("hl"));
        DistrictHistory earlier = new DistrictHistory(INFO, null, null, List.of(), Map.of(20233, "HH", 20234, "HL", 20241, "HL"));
        assertThat(DETECT.changes(earlier)).isEmpty();
    }
    @Test
    void aFindingNamesTheQuarterOfEachChangeWhenDatasetsReachDifferentQuarters() {
        kr.sanggwon.common.Messages.setLocale(java.util.Locale.KOREAN);
        List<WatchChange> changes = List.of(
                new WatchChange(Metric.SALES, WatchChange.Basis.QUARTER, 20233, 100.0, 130.0, 0.30, 0.02, null, null),
                new WatchChange(Metric.CHANGE_INDEX, WatchChange.Basis.QUARTER, 20252, null, null, null, null, "HH", "HL"));
        Watched w = new Watched(new Watch(1, 1, "3199001", null, null, null), "문하늘", "가람골목", null, null, false);
        assertThat(new WatchFinding(w, 20252, changes).sentence()).isEqualTo(
                "2025년 2분기: 상권변화지표가 “정체”에서 “상권축소”로 바뀌었습니다. 2023년 3분기: 매출이 직전 분기보다 30.0% 늘었습니다 (100원 → 130원).");
    }
}
