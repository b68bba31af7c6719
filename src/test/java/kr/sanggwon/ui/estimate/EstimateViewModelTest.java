package kr.sanggwon.ui.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.ui.chart.Charts;
import kr.sanggwon.ui.shell.FakeDialogService;
import kr.sanggwon.ui.shell.Navigator;
import kr.sanggwon.ui.shell.Selection;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model without a toolkit: training with progress and cancel, estimate for the selection, carry-over. */
class EstimateViewModelTest {
    @TempDir
    Path dataDir;
    AppContext app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void cancelledTrainingLeavesNoModelThenTrainingEstimatesTheSelectedDongAndCarriesIt() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        app = UiTestSupport.openData(dataDir, TestData.require(TestData.seoul("추정매출-행정동")),
                TestData.require(TestData.seoul("길단위인구-행정동")), TestData.require(TestData.seoul("집객시설-행정동")));
        FakeDialogService dialogs = new FakeDialogService();
        Selection selection = new Selection();
        selection.setDistrict("11680640");
        List<String> shown = new ArrayList<>();
        Navigator navigator = new Navigator() {
            @Override
            public void show(String screenId) {
                shown.add(screenId);
            }

            @Override
            public String current() {
                return "estimate";
            }
        };
        UiContext ctx = new UiContext(app, new CurrentThreadTaskRunner(), dialogs, selection, navigator,
                UiTestSupport.tempPreferences(), new Charts("SansSerif", dialogs));
        EstimateViewModel first = new EstimateViewModel(ctx, false);

        first.load();
        assertThat(first.needsTrainingProperty().get()).isTrue();
        assertThat(first.districtProperty().get().code()).isEqualTo("11680640");
        assertThat(first.industryProperty().get().code()).isEqualTo("CS100010");
        assertThat(first.estimateProperty().get()).isNull();

        first.progressTextProperty().addListener((o, a, b) -> first.cancelTraining());
        first.train();
        assertThat(first.messageProperty().get()).contains("취소");
        assertThat(first.needsTrainingProperty().get()).isTrue();
        assertThat(app.estimateService().currentModels()).isEmpty();

        // a screen opened on data without any model starts training by itself
        List<String> progress = new ArrayList<>();
        EstimateViewModel vm = new EstimateViewModel(ctx, true);
        vm.progressTextProperty().addListener((o, a, b) -> progress.add(b));
        vm.load();
        assertThat(vm.needsTrainingProperty().get()).isFalse();
        assertThat(vm.trainingProperty().get()).isFalse();
        assertThat(vm.estimateProperty().get()).isNotNull();
        assertThat(vm.estimateProperty().get().district()).isEqualTo("11680640");
        assertThat(vm.estimateProperty().get().monthly()).isPositive();
        assertThat(progress).isNotEmpty();

        vm.sameIndustryStoresProperty().set(9);
        assertThat(vm.monthlyPerStore(vm.estimateProperty().get())).isEqualTo(vm.estimateProperty().get().monthly() / 10);
        vm.carryToFinance();
        assertThat(vm.carriedProperty().get()).isSameAs(vm.estimateProperty().get());
        assertThat(vm.messageProperty().get()).contains("보관");
        assertThat(shown).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }
}
