package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.ScenarioSnapshot.FinancePart;
import kr.sanggwon.consult.ScenarioSnapshot.InputPart;
import kr.sanggwon.consult.ScenarioSnapshot.RecommendPart;
import kr.sanggwon.district.Fixture;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.finance.Param;
import kr.sanggwon.finance.PnlLine;
import kr.sanggwon.recommend.Filter;
import kr.sanggwon.recommend.Preset;
import kr.sanggwon.recommend.Ranking;
import kr.sanggwon.recommend.Target;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 수익 분석 and 유망 상권 saved into 상담: copies of what was shown (numbers, inputs with their sources, the ranked rows),
 * unchanged when the data and the assumptions change afterwards; added to an existing scenario without touching its
 * other parts.
 */
class AnalysisScenarioTest {
    @TempDir
    Path dir;
    Fixture world;
    ConsultService consult;
    long consultation;

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        world = AnalysisWorld.build(dir);
        consult = ConsultFixture.unlocked(world.app);
        long client = consult.addClient(new ClientInput("문해솔", null, null, "골목 커피", "CS100010", null, null, null)).id();
        consultation = consult.addConsultation(client, new ConsultationInput(LocalDate.of(2026, 4, 2), null, null, null, null)).id();
    }

    @AfterEach
    void close() {
        world.close();
    }

    private Ranking rank(Preset preset) {
        return world.app.recommend().rank(AnalysisWorld.COFFEE, 'T', Filter.ALL, Target.NONE, preset.weights(), 0);
    }

    @Test
    void savedPlanAndRankingStayAsSavedWhenDataAndAssumptionsChange() throws Exception {
        FinanceResult r = world.app.financeService().analyze(AnalysisWorld.plan(AnalysisWorld.FIRST));
        Scenario plan = consult.saveFinance(consultation, null, r, StoreDetails.NONE);
        FinancePart f = plan.snapshot().finance();

        // the figures are the result's, the scenario is named after the plan, and there is no estimate (sales were typed)
        assertThat(plan.snapshot().title()).isEqualTo("수익 분석 · 상권0 · 커피-음료");
        assertThat(plan.snapshot().estimate()).isNull();
        assertThat(f.breakEvenSales()).isCloseTo(6_000_000, org.assertj.core.api.Assertions.within(0.5));   // 420만 / 0.7
        assertThat(f.operatingProfit()).isEqualTo(r.pnl().operatingProfit());
        assertThat(f.paybackMonths()).isEqualTo(r.pnl().paybackMonths());
        assertThat(f.simulation().lossProbability()).isEqualTo(r.simulation().lossProbability());
        assertThat(f.breakEvenCustomersPerDay()).isEqualTo(r.breakEvenCustomersPerDay());
        assertThat(f.averageTicket()).isEqualTo(r.averageTicket());
        assertThat(f.lines()).hasSize(r.pnl().lines().size());
        assertThat(f.lines().get(0).kind()).isEqualTo(PnlLine.Kind.SALES.name());
        assertThat(f.guCheck().topShare()).isEqualTo(r.guCheck().topShare());
        assertThat(f.notes()).containsExactlyElementsOf(r.notes());
        Map<String, InputPart> inputs = inputs(f);
        assertThat(inputs.get("rent").value()).isEqualTo(3_300_000);
        assertThat(inputs.get("rent").sourceKo()).isNull();                    // entered by the consultant
        assertThat(inputs.get("utilities_monthly").changed()).isTrue();        // 0 typed over the bundled default
        assertThat(inputs.get("utilities_monthly").sourceKo()).isNotBlank();   // whose source is still named
        assertThat(inputs.get("min_wage_hourly").sourceKo()).isNotBlank();
        assertThat(inputs.get("min_wage_hourly").changed()).isFalse();
        assertThat(inputs.get("min_wage_hourly").year()).isEqualTo(world.app.financeService().planYear());

        Preset balanced = Preset.builtIns().get(0);
        Ranking before = rank(balanced);
        Scenario list = consult.saveRanking(consultation, null, before, balanced, 5);
        RecommendPart rp = list.snapshot().recommend();
        assertThat(list.snapshot().title()).isEqualTo("유망 상권 · 커피-음료");
        assertThat(list.snapshot().district()).isEqualTo(before.rows().get(0).district().code());
        assertThat(rp.rows()).hasSize(5);
        assertThat(rp.rows().stream().map(ScenarioSnapshot.RankedPart::code).toList())
                .isEqualTo(before.rows().subList(0, 5).stream().map(d -> d.district().code()).toList());
        assertThat(rp.rows().get(0).points()).isEqualTo(before.rows().get(0).points());
        assertThat(rp.presetKey()).isEqualTo("recommend.preset.balanced");
        assertThat(rp.weights()).containsEntry("SALES", 2.0).containsEntry("TREND", 1.0);
        assertThat(rp.rows().get(0).lineKo()).isNotBlank().isNotEqualTo(rp.rows().get(0).lineEn());

        // a new quarter turns the order round, and the consultant's own cost-of-goods default moves the plan
        AnalysisWorld.newQuarter(world);
        world.app.financeService().saveDefaults(AnalysisWorld.COFFEE, Map.of(Param.MIN_WAGE_HOURLY, 20_000.0));
        Ranking after = rank(balanced);
        assertThat(after.rows().get(0).district().code()).isNotEqualTo(before.rows().get(0).district().code());
        FinanceResult again = world.app.financeService().analyze(AnalysisWorld.plan(AnalysisWorld.FIRST));
        assertThat(again.averageTicket()).isNotEqualTo(r.averageTicket());
        assertThat(again.assumptions().get(Param.MIN_WAGE_HOURLY).value()).isEqualTo(20_000.0);

        assertThat(consult.scenario(plan.id())).isEqualTo(plan);
        assertThat(consult.scenario(list.id())).isEqualTo(list);
        assertThat(consult.scenarios(consultation)).extracting(s -> s.snapshot().finance()).contains(f);
    }

    @Test
    void aPlanAndAListAddedToASavedScenarioKeepItsOtherPartsAndReplaceEarlierOnes() {
        Scenario base = consult.saveRanking(consultation, "망원 후보", rank(Preset.builtIns().get(1)), Preset.builtIns().get(1), 3);
        FinanceResult first = world.app.financeService().analyze(AnalysisWorld.plan(AnalysisWorld.FIRST));
        Scenario withPlan = consult.attachFinance(base.id(), first);
        assertThat(withPlan.snapshot().title()).isEqualTo("망원 후보");
        assertThat(withPlan.snapshot().recommend()).isEqualTo(base.snapshot().recommend());
        assertThat(withPlan.snapshot().finance().district()).isEqualTo(AnalysisWorld.FIRST);

        FinanceResult other = world.app.financeService().analyze(AnalysisWorld.plan("3110205").withRent(2_000_000));
        Scenario replaced = consult.attachFinance(base.id(), other);
        assertThat(replaced.snapshot().finance().district()).isEqualTo("3110205");
        assertThat(inputs(replaced.snapshot().finance()).get("rent").value()).isEqualTo(2_000_000);

        // weights moved by hand: no preset name, the weights as used
        Ranking own = world.app.recommend().rank(AnalysisWorld.COFFEE, 'T', Filter.ALL, Target.NONE,
                kr.sanggwon.recommend.Weights.of(0, 0, 5, 0, 0, 0, 0), 0);
        Scenario relisted = consult.attachRanking(base.id(), own, Preset.builtIns().get(1), 20);
        assertThat(relisted.snapshot().recommend().presetKey()).isNull();
        assertThat(relisted.snapshot().recommend().weights()).containsEntry("COMPETITION", 5.0).containsEntry("SALES", 0.0);
        assertThat(relisted.snapshot().recommend().rows()).hasSize(12);          // all there are, fewer than asked
        assertThat(relisted.snapshot().finance()).isEqualTo(replaced.snapshot().finance());
    }

    @Test
    void aListWithNoDistrictOrAMissingScenarioIsRefusedWithAClearMessage() {
        Ranking none = world.app.recommend().rank(AnalysisWorld.COFFEE, 'T', new Filter(Set.of("없는구"), Set.of()), Target.NONE,
                Preset.builtIns().get(0).weights(), 0);
        assertThat(none.rows()).isEmpty();
        assertThatThrownBy(() -> consult.saveRanking(consultation, null, none, null, 10))
                .isInstanceOfSatisfying(ConsultException.class, e -> assertThat(e.key()).isEqualTo("consult.recommend.error.empty"));
        FinanceResult r = world.app.financeService().analyze(AnalysisWorld.plan(AnalysisWorld.FIRST));
        assertThatThrownBy(() -> consult.attachFinance(999, r))
                .isInstanceOfSatisfying(ConsultException.class, e -> assertThat(e.key()).isEqualTo("consult.error.noScenario"));
        assertThatThrownBy(() -> consult.saveFinance(999, null, r, StoreDetails.NONE))
                .isInstanceOfSatisfying(ConsultException.class, e -> assertThat(e.key()).isEqualTo("consult.error.noConsultation"));
        assertThat(consult.scenarios(consultation)).isEmpty();
    }

    static Map<String, InputPart> inputs(FinancePart f) {
        Map<String, InputPart> m = new java.util.LinkedHashMap<>();
        f.inputs().forEach(i -> m.put(i.id(), i));
        return m;
    }
}
