package kr.sanggwon.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plain reading of an estimate: one headline sentence, drivers that never contradict the model, a glossary. */
class EstimateTextTest {
    private static final EstimateText KO = new EstimateText(Locale.KOREAN);
    private static final EstimateText EN = new EstimateText(Locale.ENGLISH);

    @AfterEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    static Estimate estimate(boolean perStore, double monthlyLow, double monthlyHigh, List<Driver> drivers) {
        double m = (monthlyLow + monthlyHigh) / 2;
        return new Estimate("3110880", "신림역 1번", "관악구", "CS100010", "커피-음료", perStore ? Level.TRDAR : Level.DONG, perStore,
                Task.FORECAST, 20251, 20244, perStore ? 8 : Double.NaN, 20244, m * 3, monthlyLow * 3, monthlyHigh * 3, m, monthlyLow, monthlyHigh,
                drivers, List.of(), new Estimate.Quality(0.077, 0.8, 2, "last-value", 0.09, kr.sanggwon.common.Text.of("estimate.quality.none"), "random-forest", Selection.Reason.BEATS_REFERENCE, 0.85, kr.sanggwon.common.Text.of("estimate.quality.none")),
                new Estimate.Provenance(1, "random-forest", "", "2026-01-01T00:00:00Z", 1, 1, 20244, false, kr.sanggwon.common.Text.of("estimate.quality.none")), List.of(), List.of());
    }

    @Test
    void headlineIsOneSentenceAnOwnerReadsAloud() {
        Estimate e = estimate(true, 19_000_000, 23_000_000, List.of());
        assertThat(KO.headline(e, StoreDetails.NONE)).isEqualTo(
                "이 자리에 커피-음료 가게를 열면 한 달 매출은 대체로 1,900만~2,300만원 사이일 가능성이 높습니다 (10곳 중 8곳이 이 범위).");
        assertThat(EN.headline(e, StoreDetails.NONE)).isEqualTo(
                "If you open a 커피-음료 shop here, its monthly sales will most likely be 19.0–23.0 million KRW (8 in 10 such estimates fall in this range).");
    }

    @Test
    void theLanguageIsTheRenderersNotTheGlobalOne() {
        Messages.setLocale(Locale.KOREAN);
        Estimate e = estimate(true, 19_000_000, 23_000_000, List.of());
        assertThat(EN.headline(e, StoreDetails.NONE)).startsWith("If you open").doesNotContain("만원");
        assertThat(EN.glossary(e)).extracting(EstimateText.Term::term).contains("80% range", "Median backtest error", "Random forest");
        Messages.setLocale(Locale.ENGLISH);
        assertThat(KO.headline(e, StoreDetails.NONE)).startsWith("이 자리에");
    }

    @Test
    void aWholeDongEstimateSaysItIsAllShopsTogetherAndStoreDetailsGiveOneShopsShare() {
        Estimate e = estimate(false, 430_000_000, 580_000_000, List.of());
        assertThat(KO.headline(e, StoreDetails.NONE)).startsWith("신림역 1번에 있는 커피-음료 가게들을 모두 합친 한 달 매출은 대체로 4.3억~5.8억원");
        // 9 shops already there + the new one share the total
        assertThat(KO.headline(e, new StoreDetails(9, false))).startsWith("이 자리에 커피-음료 가게를 열면 한 달 매출은 대체로 4,300만~5,800만원");
    }

    @Test
    void fewerPeopleThanTheMedianPushingUpIsReadAsAWeighingInCombinationNotAsALift() {
        // the case of the issue: 유동인구 below the median, more people lift sales in this model, yet the estimate goes up
        Driver d = new Driver(Feature.POP_TOTAL, 353_939, 492_315, null, null, 0.163, Driver.Direction.UP);
        assertThat(d.consistent()).isFalse();
        assertThat(KO.driver(d)).isEqualTo(
                "유동인구 353,939명 (업종 중앙값 492,315명): 이 값 하나로는 설명되지 않습니다. 모델이 다른 요인과 함께 따져 예상 매출을 16.3% 올렸습니다.");
        assertThat(EN.driver(d)).contains("weighs it together with other factors", "raises the estimate by 16.3%");
    }

    @Test
    void aDriverThatAgreesWithTheModelsDirectionSaysWhichSideOfTheMedianAndWhichWay() {
        Driver more = new Driver(Feature.POP_TOTAL, 600_000, 492_315, null, null, 0.12, Driver.Direction.UP);
        assertThat(more.consistent()).isTrue();
        assertThat(KO.driver(more)).isEqualTo("유동인구 600,000명: 업종 중앙값(492,315명)보다 높아 예상 매출을 12.0% 올립니다.");
        // a feature the model reads the other way round (more closures → less sales) says so plainly
        Driver closing = new Driver(Feature.CLOSE_RATE, 2.0, 4.0, null, null, 0.05, Driver.Direction.DOWN);
        assertThat(closing.consistent()).isTrue();
        assertThat(KO.driver(closing)).contains("업종 중앙값(4.0%)보다 낮습니다", "낮은 곳일수록 매출이 높게", "5.0% 올립니다");
        Driver mixed = new Driver(Feature.INCOME, 3_000_000, 2_800_000, null, null, -0.03, Driver.Direction.MIXED);
        assertThat(KO.driver(mixed)).contains("다른 요인과 함께", "낮췄습니다");
    }

    @Test
    void categoriesAndModelNamesHavePlainReadings() {
        Driver type = new Driver(Feature.TYPE, Double.NaN, Double.NaN, "D", null, 0.2, null);
        assertThat(KO.driver(type)).isEqualTo("상권 유형 '발달상권': 예상 매출을 20.0% 올립니다.");
        Estimate e = estimate(true, 19_000_000, 23_000_000, List.of());
        assertThat(KO.glossary(e)).extracting(EstimateText.Term::term)
                .containsExactly("80% 범위", "검증 오차 중앙값", "랜덤 포레스트", "다음 분기 예측 (매출 이력 있음)");
        assertThat(KO.glossary(e)).allSatisfy(t -> assertThat(t.reading()).doesNotStartWith("<").hasSizeGreaterThan(15));
        assertThat(KO.glossary(e).get(1).reading()).contains("2개 분기", "7.7%");
    }
}
