package kr.sanggwon.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Progress;
import kr.sanggwon.common.UserException;
import kr.sanggwon.ingest.ImportService;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the real 행정동 files (커피-음료 sales with floating population, income and facilities as features).
 * Asserts the shape of the answer, never fixed metric values of real data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EstimateServiceRealFilesTest {
    Database db;
    EstimateService service;
    boolean neededTrainingBefore;
    String errorBeforeTraining;
    Trainer.Result trained;

    @BeforeAll
    void loadAndTrainOnce(@TempDir Path dir) throws Exception {
        db = Database.open(dir);
        ImportService imports = new ImportService(db);
        for (String ds : new String[] {"추정매출-행정동", "길단위인구-행정동", "소득소비-행정동", "집객시설-행정동"}) {
            imports.importFile(TestData.require(TestData.seoul(ds)), Progress.NONE);
        }
        service = new EstimateService(db);
        neededTrainingBefore = service.needsTraining();
        try {
            service.estimate("11110615", "CS100010");
        } catch (UserException e) {
            errorBeforeTraining = e.key();
        }
        trained = service.train(Progress.NONE);
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void withoutAModelEstimatesAskForTrainingAndTrainingStoresBothTasks() {
        assertThat(neededTrainingBefore).isTrue();
        assertThat(errorBeforeTraining).isEqualTo("estimate.error.noModel");
        assertThat(trained.models()).extracting(TrainedModel::task).containsExactlyInAnyOrder(Task.FORECAST, Task.COLD_START);
        assertThat(trained.models()).allSatisfy(m -> assertThat(m.id()).isPositive());
        assertThat(service.needsTraining()).isFalse();
    }

    @Test
    void estimateHasRangeDriversComparablesAndProvenance() {
        Estimate e = service.estimate("11110615", "CS100010");
        assertThat(e.grain()).isEqualTo(Level.DONG);
        assertThat(e.perStore()).isFalse();
        assertThat(e.basedOnQuarter()).isEqualTo(20244);
        assertThat(e.targetQuarter()).isEqualTo(20251);
        assertThat(e.quarterly()).isPositive();
        assertThat(e.monthly()).isCloseTo(e.quarterly() / 3, org.assertj.core.data.Offset.offset(1.0));
        assertThat(e.quarterlyLow()).isLessThanOrEqualTo(e.quarterly());
        assertThat(e.quarterlyHigh()).isGreaterThanOrEqualTo(e.quarterly());
        assertThat(e.drivers()).hasSizeBetween(1, 5);
        assertThat(e.comparables()).hasSize(5).allSatisfy(c -> {
            assertThat(c.district()).isNotEqualTo("11110615");
            assertThat(c.target()).isPositive();
        });
        assertThat(e.quality().line().render(java.util.Locale.KOREAN)).contains("%");
        assertThat(e.provenance().currentDataVersion()).isEqualTo(e.provenance().modelDataVersion());
        // 소득소비-행정동 ends in 2024 Q2: joined as of then, and said so
        assertThat(e.notes()).anySatisfy(n -> assertThat(n.render(java.util.Locale.KOREAN)).contains("소득소비").contains("2024년 2분기"));
        // the same note in English, whatever the app's language (ADR 0019)
        assertThat(e.notes()).anySatisfy(n -> assertThat(n.render(java.util.Locale.ENGLISH)).contains("2024 Q2"));

        // a fresh service reads the stored models and gives the same number
        Estimate again = new EstimateService(db).estimate("11110615", "CS100010");
        assertThat(again.quarterly()).isEqualTo(e.quarterly());
        assertThat(again.provenance().modelId()).isEqualTo(e.provenance().modelId());
    }

    @Test
    void unknownIndustryDegradesToAColdStartEstimateWithAWarning() {
        Estimate e = service.estimate("11110615", "CS300001");
        assertThat(e.task()).isEqualTo(Task.COLD_START);
        assertThat(e.quarterly()).isPositive();
        assertThat(e.warnings()).isNotEmpty();
        assertThatThrownBy(() -> service.estimate("99999999", "CS100010")).isInstanceOf(UserException.class);
    }

    @Test
    void everyDriverOnRealDataEitherFollowsTheModelsDirectionOrSaysItIsWeighedInCombination() {
        EstimateText ko = new EstimateText(java.util.Locale.KOREAN);
        int drivers = 0;
        for (EstimateService.DistrictChoice d : service.districts().subList(0, 30)) {
            Estimate e = service.estimate(d.code(), "CS100010");
            for (Driver x : e.drivers()) {
                drivers++;
                String text = ko.driver(x);
                if (!x.numeric()) {
                    continue;
                }
                assertThat(x.direction()).as(x.feature() + " has the model's direction").isNotNull();
                if (x.consistent()) {
                    // above the median and more lifts sales → up; below and more lifts → down; the text says the same
                    assertThat(x.effect() >= 0).isEqualTo(x.above() == (x.direction() == Driver.Direction.UP));
                    assertThat(text).contains(x.above() ? "보다 높" : "보다 낮").contains(x.effect() >= 0 ? "올립니다" : "낮춥니다");
                } else {
                    assertThat(text).contains("다른 요인과 함께");
                }
            }
            assertThat(ko.headline(e, StoreDetails.NONE)).contains("가게들을 모두 합친 한 달 매출은 대체로", "(10곳 중 8곳이 이 범위)");
        }
        assertThat(drivers).isGreaterThan(30);
    }
}
