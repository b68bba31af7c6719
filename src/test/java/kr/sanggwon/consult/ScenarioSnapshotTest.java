package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.StoreDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved scenario reopens exactly as saved after a new import and retraining, says that newer data exists, and
 * recomputes side by side without touching the saved one; a district that is gone gives a clear problem, not a crash.
 */
class ScenarioSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void savedScenarioIsUnchangedAfterReimportAndRetrainingAndRecomputesSideBySide() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        try (AppContext app = AppContext.open(dir)) {
            app.importService().importFile(TestData.require(TestData.seoul("추정매출-행정동")), Progress.NONE);
            app.estimateService().train(Progress.NONE);
            ConsultService s = ConsultFixture.unlocked(app);
            Client c = s.addClient(new ClientInput("정하늘", null, null, "커피 전문점", "CS100010", null, null, null));
            Consultation k = s.addConsultation(c.id(), new ConsultationInput(LocalDate.of(2026, 3, 2), null, null, null, null));
            Estimate e = app.estimateService().estimate("11110615", "CS100010");
            Scenario saved = s.saveEstimate(k.id(), "종로 커피 9곳 기준", e, new StoreDetails(9, false), null);

            assertThat(saved.snapshot().estimate().monthly()).isEqualTo(e.monthly());
            assertThat(saved.snapshot().estimate().monthlyLow()).isEqualTo(e.monthlyLow());
            assertThat(saved.snapshot().estimate().newShop().sharingStores()).isEqualTo(10.0);
            assertThat(saved.snapshot().estimate().drivers()).hasSize(e.drivers().size());
            assertThat(saved.snapshot().estimate().model().modelId()).isEqualTo(e.provenance().modelId());
            assertThat(saved.snapshot().dashboard().kpis()).isNotEmpty();
            assertThat(s.freshness(saved).stale()).isFalse();

            // new data arrives and the models are retrained
            app.importService().importFile(TestData.require(TestData.seoul("길단위인구-행정동")), Progress.NONE);
            app.estimateService().train(Progress.NONE);
            Estimate now = app.estimateService().estimate("11110615", "CS100010");
            assertThat(now.provenance().modelId()).isNotEqualTo(e.provenance().modelId());

            Scenario reopened = s.scenario(saved.id());
            assertThat(reopened).isEqualTo(saved);
            Freshness f = s.freshness(reopened);
            assertThat(f.newerData()).isTrue();
            assertThat(f.newerModel()).isTrue();

            Recomputed r = s.recompute(reopened);
            assertThat(r.possible()).isTrue();
            assertThat(r.fresh().estimate().monthly()).isEqualTo(now.monthly());
            assertThat(r.fresh().estimate().newShop().existingStores()).isEqualTo(9);   // same store details
            assertThat(r.fresh().title()).isEqualTo("종로 커피 9곳 기준");
            assertThat(Recomputed.monthly(r.fresh().estimate())).isCloseTo(now.monthly() / 10, org.assertj.core.api.Assertions.within(1.0));
            assertThat(s.scenario(saved.id())).isEqualTo(saved);                       // untouched until taken

            Scenario taken = s.replaceSnapshot(saved.id(), saved.version(), r.fresh());
            assertThat(s.freshness(taken).stale()).isFalse();
            assertThat(taken.snapshot().estimate().monthly()).isEqualTo(now.monthly());

            // a scenario of a district the data no longer has
            ScenarioSnapshot gone = new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, "사라진 동", saved.snapshot().savedAt(), "ko", 1,
                    "11999999", "없어진동", "종로구", "CS100010", "커피-음료", saved.snapshot().estimate(), null, null, null, List.of());
            Scenario orphan = s.saveSnapshot(k.id(), gone);
            Recomputed none = s.recompute(orphan);
            assertThat(none.possible()).isFalse();
            assertThat(none.problemKey()).isNotBlank();
            assertThat(Messages.get(none.problemKey(), none.problemArgs())).doesNotStartWith("<");
            assertThat(s.scenario(orphan.id())).isEqualTo(orphan);
        }
    }
}
