package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.consult.Recomputed.Part;
import kr.sanggwon.consult.Recomputed.PartChange;
import kr.sanggwon.digital.Adoption;
import kr.sanggwon.digital.DigitalCheckup;
import kr.sanggwon.digital.DigitalItem;
import kr.sanggwon.digital.DigitalService;
import kr.sanggwon.district.Fixture;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.finance.FinanceRequest;
import kr.sanggwon.finance.Investment;
import kr.sanggwon.recommend.Filter;
import kr.sanggwon.recommend.Preset;
import kr.sanggwon.recommend.Target;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Newer data exists — recompute?" on a scenario holding every part (estimate, 현장 조사, 디지털 전환 진단, 상권 비교,
 * 수익 분석 on the estimate, 유망 상권): after a new quarter is imported and the models retrained, each part is made
 * again with the same inputs and its old and new figures differ; keeping the old leaves the stored rows byte for byte
 * as they were; a part that cannot be made any more says why and nothing can be taken.
 */
class RecomputeEveryPartTest {
    static final String SECOND = "3110201";
    @TempDir
    Path dir;
    Fixture world;
    ConsultService consult;
    long consultation;

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        world = AnalysisWorld.build(dir);
        AnalysisWorld.newQuarter(world);
        world.app.estimateService().train(Progress.NONE);
        consult = ConsultFixture.unlocked(world.app);
        long client = consult.addClient(new ClientInput("남궁재현", null, null, "골목 커피", AnalysisWorld.COFFEE, null, null, null)).id();
        consultation = consult.addConsultation(client, new ConsultationInput(LocalDate.of(2026, 5, 4), null, null, null, null)).id();
    }

    @AfterEach
    void close() {
        world.close();
    }

    private Scenario everyPart() throws Exception {
        Estimate e = world.app.estimateService().estimate(AnalysisWorld.FIRST, AnalysisWorld.COFFEE);
        Scenario s = consult.saveEstimate(consultation, "상권0 모든 분석", e, StoreDetails.NONE,
                world.app.compare().compare(AnalysisWorld.COFFEE, List.of(AnalysisWorld.FIRST, SECOND)));
        FinanceRequest plan = new FinanceRequest(AnalysisWorld.FIRST, AnalysisWorld.COFFEE, null, StoreDetails.NONE,
                new Investment(10_000_000, 0, 30_000_000, 0), 3_300_000, 400_000, 1, 2_500_000, false, Double.NaN, 0, 0,
                AnalysisWorld.plan(AnalysisWorld.FIRST).values(), 7, 2_000);
        consult.attachFinance(s.id(), world.app.financeService().analyze(plan));
        Preset balanced = world.app.recommend().preset(Preset.BALANCED);
        consult.attachRanking(s.id(), world.app.recommend().rank(AnalysisWorld.COFFEE, 'T', Filter.ALL, Target.NONE,
                balanced.weights(), 0), balanced, 5);
        consult.surveys().save(s.id(), new FieldSurvey(null, 2, null, true, null, null, null, null, null));   // 2층, 모퉁이
        digital().save(s.id(), new DigitalCheckup(Map.of(DigitalItem.ORDER, Adoption.PLANNED), 3_300_000, 400_000, 1, 30_000_000));
        return consult.scenario(s.id());
    }

    private DigitalCheckups digital() {
        return consult.digital(new DigitalService(world.app.financeService(), world.app.database().folder()));
    }

    @Test
    void everyPartIsRecomputedSideBySideAndKeepingTheOldLeavesTheRowsByteIdentical() throws Exception {
        Scenario saved = everyPart();
        assertThat(saved.snapshot().comparison().codes()).containsExactly(AnalysisWorld.FIRST, SECOND);
        List<byte[]> before = sealedRows();

        // a fourth quarter in which the order turns round again, at another ticket; the models are retrained
        AnalysisWorld.quarter(world, 20244, 90_000_000L, 15_000_000L, 6L, 5_000);
        world.app.estimateService().train(Progress.NONE);
        Estimate now = world.app.estimateService().estimate(AnalysisWorld.FIRST, AnalysisWorld.COFFEE);
        assertThat(consult.freshness(saved).stale()).isTrue();

        Recomputed r = consult.recompute(saved);
        assertThat(r.possible()).isTrue();
        assertThat(r.parts()).extracting(PartChange::part)
                .containsExactly(Part.ESTIMATE, Part.SURVEY, Part.DIGITAL, Part.COMPARISON, Part.FINANCE, Part.RECOMMEND);
        for (PartChange p : r.parts()) {
            assertThat(p.ok()).as(p.part().name()).isTrue();
            assertThat(p.rows()).as(p.part() + " shows a figure that moved").anyMatch(Recomputed.Row::changed);
            assertThat(Messages.get(p.part().key())).doesNotStartWith("<");
        }
        ScenarioSnapshot fresh = r.fresh();
        ScenarioSnapshot old = saved.snapshot();
        // 예상 매출: today's estimate
        assertThat(fresh.estimate().monthly()).isEqualTo(now.monthly());
        assertThat(fresh.estimate().monthly()).isNotEqualTo(old.estimate().monthly());
        // 현장 조사: the same answers (same factors) on today's estimate
        assertThat(AfterOpening.surveyMultiplier(fresh)).isCloseTo(AfterOpening.surveyMultiplier(old), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(attachment(fresh, FieldSurveys.KIND).rows().get(0).number()).isEqualTo(now.monthly());
        // 디지털 전환 진단: its sales basis is today's estimate with the survey
        assertThat(attachment(fresh, DigitalCheckups.KIND).rows().get(0).number())
                .isCloseTo(now.monthly() * AfterOpening.surveyMultiplier(old), org.assertj.core.api.Assertions.within(1e-3));
        // 상권 비교: the same two districts on the new quarter
        assertThat(fresh.comparison().codes()).containsExactly(AnalysisWorld.FIRST, SECOND);
        assertThat(fresh.comparison().rows()).isNotEqualTo(old.comparison().rows());
        // 수익 분석: the same plan (staff wage and own values as saved) on today's estimate and quarter
        assertThat(fresh.finance().dataQuarter()).isEqualTo(20244);
        assertThat(old.finance().dataQuarter()).isEqualTo(20243);
        assertThat(fresh.finance().sales().monthly()).isEqualTo(now.monthly());
        assertThat(inputs(fresh.finance())).isEqualTo(inputs(old.finance()));
        // 유망 상권: the same settings, the same number of rows, another order
        assertThat(fresh.recommend().quarter()).isEqualTo(20244);
        assertThat(fresh.recommend().presetKey()).isEqualTo(old.recommend().presetKey());
        assertThat(fresh.recommend().rows()).hasSameSizeAs(old.recommend().rows());
        assertThat(fresh.recommend().rows().get(0).code()).isNotEqualTo(old.recommend().rows().get(0).code());

        // keeping the old writes nothing: every sealed row is byte for byte as before
        assertThat(consult.scenario(saved.id())).isEqualTo(saved);
        assertThat(sealedRows()).usingElementComparator(Arrays::compare).containsExactlyElementsOf(before);

        // taking the new replaces the snapshot; the survey and checkup answers stay
        Scenario taken = consult.replaceSnapshot(saved.id(), saved.version(), fresh);
        assertThat(consult.freshness(taken).stale()).isFalse();
        assertThat(taken.snapshot().finance().dataQuarter()).isEqualTo(20244);
        assertThat(consult.surveys().survey(saved.id())).isPresent();
        assertThat(digital().checkup(saved.id())).isPresent();
    }

    @Test
    void aPartWhoseDistrictVanishedSaysWhyAndNothingCanBeTaken() throws Exception {
        Scenario saved = everyPart();
        ScenarioSnapshot gone = saved.snapshot().withFinance(new ScenarioSnapshot.FinancePart("3999999", "없어진 상권", "가상구",
                AnalysisWorld.COFFEE, "커피-음료", 20243, saved.snapshot().finance().sales(), saved.snapshot().finance().inputs(),
                saved.snapshot().finance().lines(), 0, 0, 0, 0, null, null, null, 0, null, null, null, null, List.of()));
        Scenario orphan = consult.saveSnapshot(consultation, bare(gone));
        Recomputed r = consult.recompute(orphan);
        assertThat(r.possible()).isFalse();
        PartChange finance = r.part(Part.FINANCE);
        assertThat(finance.ok()).isFalse();
        assertThat(Messages.get(finance.problemKey(), finance.problemArgs())).contains("3999999").doesNotStartWith("<");
        assertThat(r.part(Part.RECOMMEND).ok()).isTrue();   // the other parts still show old vs new
        assertThat(r.problemKey()).isEqualTo(finance.problemKey());
        assertThat(consult.scenario(orphan.id())).isEqualTo(orphan);
    }

    @Test
    void aComparisonSavedWithoutDistrictCodesIsNamedAsNotRecomputable() throws Exception {
        Scenario saved = everyPart();
        ScenarioSnapshot.ComparisonPart c = saved.snapshot().comparison();
        Scenario older = consult.saveSnapshot(consultation, bare(saved.snapshot().withComparison(
                new ScenarioSnapshot.ComparisonPart(c.industryName(), c.districts(), c.rows(), c.summary()))));
        Recomputed r = consult.recompute(older);
        assertThat(r.possible()).isFalse();
        assertThat(Messages.get(r.part(Part.COMPARISON).problemKey())).contains("상권 비교");
    }

    /** The snapshot without its 현장 조사 and 디지털 전환 진단 (their answers belong to the first scenario). */
    private static ScenarioSnapshot bare(ScenarioSnapshot s) {
        return new ScenarioSnapshot(s.schema(), s.title(), s.savedAt(), s.locale(), s.dataVersion(), s.district(), s.districtName(),
                s.guName(), s.industry(), s.industryName(), s.estimate(), s.dashboard(), s.customers(), s.comparison(), List.of(),
                s.finance(), s.recommend());
    }

    private static ScenarioSnapshot.Attachment attachment(ScenarioSnapshot s, String kind) {
        return s.attachments().stream().filter(a -> a.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static List<String> inputs(ScenarioSnapshot.FinancePart f) {
        return f.inputs().stream().map(i -> i.id() + "=" + i.value() + (i.changed() ? "*" : "")).toList();
    }

    /** Every sealed column of the case file tables, in a fixed order. */
    private List<byte[]> sealedRows() throws Exception {
        List<byte[]> out = new ArrayList<>();
        try (Connection c = world.app.database().connection(); Statement st = c.createStatement()) {
            for (String q : List.of("SELECT payload_enc FROM consult_scenario ORDER BY id", "SELECT payload_enc FROM consult_survey ORDER BY scenario_id",
                    "SELECT payload_enc FROM consult_digital ORDER BY scenario_id")) {
                try (ResultSet rs = st.executeQuery(q)) {
                    while (rs.next()) {
                        out.add(rs.getBytes(1));
                    }
                }
            }
        }
        assertThat(out).hasSize(3);
        return out;
    }
}
