package kr.sanggwon.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import kr.sanggwon.common.UserException;
import org.junit.jupiter.api.Test;

/** The score on constructed data: monotone in each part, presets reorder as their names say, the reasons read right. */
class ScoreTest {
    private static final Weights BALANCED = Preset.builtIns().get(0).weights();

    /** Improves district D05's facts for one part only and expects that part and the total score to go up. */
    private static void improves(Part part, Consumer<World> worse, Consumer<World> better) {
        World w = new World(40);
        worse.accept(w);
        ScoreFrame before = w.frame();
        better.accept(w);
        ScoreFrame after = w.frame();
        assertThat(w.z(after, part, "D05")).as(part + " part").isGreaterThan(w.z(before, part, "D05"));
        assertThat(w.score(after, BALANCED, "D05")).as(part + " score").isGreaterThan(w.score(before, BALANCED, "D05"));
    }

    @Test
    void moreSalesPerStoreRaisesTheSalesPartAndTheScore() {
        improves(Part.SALES, w -> w.scaleSales("D05", 0.8), w -> w.scaleSales("D05", 1.4));
    }

    @Test
    void fasterGrowthRaisesTheTrendPartAndTheScore() {
        improves(Part.TREND, w -> w.growth("D05", -0.01), w -> w.growth("D05", 0.01));
    }

    @Test
    void moreFloatingPeoplePerStoreLowersCompetition() {
        improves(Part.COMPETITION, w -> w.floating.put("D05", 60_000.0), w -> w.floating.put("D05", 120_000.0));
    }

    @Test
    void aLowerClosingRateRaisesSurvival() {
        improves(Part.SURVIVAL, w -> w.closeRate("D05", 4.5), w -> w.closeRate("D05", 3));
    }

    @Test
    void anExpandingDistrictRaisesTheChangePart() {
        World w = new World(40);
        w.change.put("D05", "HL");
        ScoreFrame shrinking = w.frame();
        w.change.put("D05", "LH");
        ScoreFrame expanding = w.frame();
        assertThat(w.z(expanding, Part.CHANGE, "D05")).isGreaterThan(w.z(shrinking, Part.CHANGE, "D05"));
        assertThat(w.score(expanding, BALANCED, "D05")).isGreaterThan(w.score(shrinking, BALANCED, "D05"));
    }

    @Test
    void aMixCloserToTheIndustrysCustomersRaisesFit() {
        improves(Part.FIT, w -> w.mixes.put("D05", Mix.of(new double[] {1, 1, 1, 3, 3, 3}, new double[] {6, 4},
                new double[] {1, 1, 1, 1, 3, 3})), w -> w.mixes.put("D05", w.industryMix));
    }

    @Test
    void missingDataLowersConfidence() {
        World w = new World(40);
        w.change.remove("D05");
        w.floating.remove("D05");
        ScoreFrame missing = w.frame();
        ScoreFrame complete = new World(40).frame();
        assertThat(w.z(missing, Part.CONFIDENCE, "D05")).isLessThan(w.z(complete, Part.CONFIDENCE, "D05"));
        RankedDistrict row = Ranker.find(missing, Weights.of(0, 0, 0, 0, 0, 0, 1), Target.NONE, "D05");
        assertThat(row.facts().missing()).contains("floating", "change");
    }

    @Test
    void theScoreIsMonotoneInEveryStandardizedPart() {
        World w = new World(30);
        ScoreFrame f = w.frame();
        for (Part p : Part.values()) {
            double before = w.score(f, BALANCED, "D07");
            var col = f.table().doubleColumn(ScoreFrame.z(p));
            int row = f.table().stringColumn(ScoreFrame.CODE).indexOf("D07");
            col.set(row, col.getDouble(row) + 0.5);
            assertThat(w.score(f, BALANCED, "D07")).as(p.name()).isGreaterThan(before);
        }
    }

    @Test
    void presetsReorderAsTheirNamesSay() {
        World w = new World(40);
        // D10: top sales but crowded and closing often; D11: average sales, few competitors, few closings; D12: growing fast
        w.scaleSales("D10", 1.6);
        w.floating.put("D10", 30_000.0);
        w.closeRate("D10", 7);
        w.floating.put("D11", 400_000.0);
        w.closeRate("D11", 1);
        w.growth("D12", 0.08);
        w.change.put("D12", "LH");
        ScoreFrame f = w.frame();
        Weights avoid = preset(Preset.AVOID_COMPETITION);
        Weights growth = preset(Preset.GROWTH);
        Weights stable = preset(Preset.STABLE);
        assertThat(w.score(f, avoid, "D11")).isGreaterThan(w.score(f, avoid, "D10"));
        assertThat(w.score(f, stable, "D11")).isGreaterThan(w.score(f, stable, "D10"));
        assertThat(first(f, growth)).isEqualTo("D12");
        assertThat(first(f, Weights.of(1, 0, 0, 0, 0, 0, 0))).isEqualTo("D10");
        assertThat(first(f, avoid)).isNotEqualTo("D10");
    }

    @Test
    void filtersKeepOnlyTheChosenGuAndType() {
        World w = new World(40);
        Ranking r = Ranker.rank(w.frame(), BALANCED, new Filter(Set.of("관악구"), Set.of("D")), Target.NONE, 0);
        assertThat(r.rows()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.district().guName()).isEqualTo("관악구");
            assertThat(d.district().typeCode()).isEqualTo("D");
        });
        assertThat(r.matching()).isEqualTo(r.rows().size()).isLessThan(r.seoulDistricts());
        assertThat(r.rows()).extracting(RankedDistrict::rank).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, r.rows().size()).boxed().toArray(Integer[]::new));
    }

    @Test
    void theOwnersTargetChangesFitToTheTargetShare() {
        World w = new World(40);
        w.mixes.put("D05", Mix.of(new double[] {0, 9, 1, 0, 0, 0}, new double[] {5, 5}, new double[] {0, 2, 4, 2, 2, 0}));
        ScoreFrame f = w.frame(new Target(Set.of("age20"), null, Set.of()));
        RankedDistrict row = Ranker.find(f, BALANCED, new Target(Set.of("age20"), null, Set.of()), "D05");
        assertThat(row.facts().fit()).isGreaterThan(2);   // 90% in their twenties vs about 35% in the city
        assertThat(w.z(f, Part.FIT, "D05")).isEqualTo(Standardize.CLIP);
    }

    @Test
    void eachRowExplainsItselfInOnePlainLine() {
        World w = new World(40);
        w.scaleSales("D10", 1.6);
        w.closeRate("D10", 1);
        Ranking r = Ranker.rank(w.frame(), Weights.of(2, 0, 0, 2, 0, 0, 0), Filter.ALL, Target.NONE, 1);
        RankedDistrict top = r.rows().get(0);
        assertThat(top.district().code()).isEqualTo("D10");
        String ko = RecommendText.line(top.reasons(), Locale.KOREAN);
        assertThat(ko).startsWith("점포당 매출 상위 ").contains("폐업률 서울 평균보다 ").contains("%p 낮음");
        assertThat(RecommendText.line(top.reasons(), Locale.ENGLISH)).contains("sales per store in the top").contains("pp below");
    }

    @Test
    void weightsOutOfRangeAreRefusedWithAMessage() {
        assertThatThrownBy(() -> Weights.of(-1, 0, 0, 0, 0, 0, 0)).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("recommend.error.weight");
        assertThat(Weights.decode(BALANCED.encode())).isEqualTo(BALANCED);
        assertThatThrownBy(() -> new Target(Set.of("age99"), null, Set.of())).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> new Filter(Set.of(), Set.of("X"))).isInstanceOf(UserException.class);
    }

    private static Weights preset(String id) {
        return Preset.builtIns().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().weights();
    }

    private static String first(ScoreFrame f, Weights w) {
        List<RankedDistrict> rows = Ranker.rank(f, w, Filter.ALL, Target.NONE, 1).rows();
        return rows.get(0).district().code();
    }
}
