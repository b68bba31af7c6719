package kr.sanggwon.ui.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.store.DataVersionService;
import kr.sanggwon.ui.UiTestSupport;
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

    kr.sanggwon.ui.shell.DeskPreferences prefs = UiTestSupport.tempPreferences();

    @AfterEach
    void close() {
        prefs.clear();
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anEstimateThatArrivesAfterANewerChoiceIsNotShown() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        app = UiTestSupport.openData(dataDir, TestData.require(TestData.seoul("추정매출-행정동")),
                TestData.require(TestData.seoul("길단위인구-행정동")));
        app.estimateService().train(kr.sanggwon.common.Progress.NONE);
        FakeDialogService dialogs = new FakeDialogService();
        Selection selection = new Selection();
        selection.setDistrict("11680640");
        kr.sanggwon.ui.task.QueuedTaskRunner tasks = new kr.sanggwon.ui.task.QueuedTaskRunner();
        Navigator navigator = new Navigator() {
            @Override
            public void show(String screenId) {
            }

            @Override
            public String current() {
                return "estimate";
            }
        };
        UiContext ctx = UiTestSupport.context(app, tasks, dialogs, selection, navigator, prefs);
        EstimateViewModel vm = new EstimateViewModel(ctx);
        vm.load();
        tasks.runAll();
        assertThat(vm.estimateProperty().get().district()).isEqualTo("11680640");

        // the user picks 역삼2동, then 종로1·2·3·4가동 before the first answer is back; the answers arrive newest first
        vm.districtProperty().set(vm.districts().stream().filter(d -> d.code().equals("11680650")).findFirst().orElseThrow());
        vm.districtProperty().set(vm.districts().stream().filter(d -> d.code().equals("11110615")).findFirst().orElseThrow());
        tasks.runNewest();
        tasks.runAll();
        assertThat(vm.estimateProperty().get().district()).isEqualTo("11110615");
        assertThat(tasks.unhandledFailures()).isEmpty();
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
        UiContext ctx = UiTestSupport.context(app, new CurrentThreadTaskRunner(), dialogs, selection, navigator, prefs);
        EstimateViewModel vm = new EstimateViewModel(ctx);

        vm.load();
        assertThat(vm.needsTrainingProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("모델 학습");
        assertThat(vm.districtProperty().get().code()).isEqualTo("11680640");
        assertThat(vm.industryProperty().get().code()).isEqualTo("CS100010");
        assertThat(vm.estimateProperty().get()).isNull();

        // the screen's training goes through the shell's retrainer; cancelling it keeps the (missing) models
        boolean[] cancelNext = {true};
        vm.progressTextProperty().addListener((o, a, b) -> {
            if (cancelNext[0] && vm.trainingProperty().get()) {
                cancelNext[0] = false;
                vm.cancelTraining();
            }
        });
        vm.train();
        assertThat(vm.messageProperty().get()).contains("취소");
        assertThat(vm.needsTrainingProperty().get()).isTrue();
        assertThat(app.estimateService().currentModels()).isEmpty();

        // automatic training is on, but the cancel is remembered for this data: reopening does not restart it
        ctx.retrainer().setAutomatic(true);
        vm.load();
        assertThat(ctx.retrainer().trainings()).isZero();
        assertThat(vm.messageProperty().get()).contains("모델 학습");

        // the button still trains, and the screen refreshes when training ends
        List<String> progress = new ArrayList<>();
        vm.progressTextProperty().addListener((o, a, b) -> progress.add(b));
        vm.train();
        assertThat(vm.needsTrainingProperty().get()).isFalse();
        assertThat(vm.trainingProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).contains("마쳤습니다");
        assertThat(vm.estimateProperty().get()).isNotNull();
        assertThat(vm.estimateProperty().get().district()).isEqualTo("11680640");
        assertThat(vm.estimateProperty().get().monthly()).isPositive();
        assertThat(progress).isNotEmpty();

        vm.sameIndustryStoresProperty().set(9);
        assertThat(vm.monthlyPerStore(vm.estimateProperty().get()))
                .isCloseTo(vm.estimateProperty().get().monthly() / 10, org.assertj.core.data.Percentage.withPercentage(1e-9));
        vm.carryToFinance();
        assertThat(vm.carriedProperty().get()).isSameAs(vm.estimateProperty().get());
        // the new shop's figures (the 행정동 total shared by 10) go to 수익 분석, which opens
        kr.sanggwon.finance.CarriedSales carried = ctx.selection().financeSalesProperty().get();
        assertThat(carried.district()).isEqualTo("11680640");
        assertThat(carried.sales().monthly()).isCloseTo(vm.estimateProperty().get().monthly() / 10,
                org.assertj.core.data.Percentage.withPercentage(1e-9));
        assertThat(carried.sales().low()).isCloseTo(vm.estimateProperty().get().monthlyLow() / 10,
                org.assertj.core.data.Percentage.withPercentage(1e-9));
        assertThat(shown).containsExactly("finance");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anOpenScreenShowsTheShellsBackgroundTrainingAfterAnImportAndRefreshesWhenItEnds() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        app = UiTestSupport.openData(dataDir, TestData.require(TestData.seoul("추정매출-행정동")),
                TestData.require(TestData.seoul("길단위인구-행정동")));
        FakeDialogService dialogs = new FakeDialogService();
        Navigator navigator = new Navigator() {
            @Override
            public void show(String screenId) {
            }

            @Override
            public String current() {
                return "search";
            }
        };
        UiContext ctx = UiTestSupport.context(app, new CurrentThreadTaskRunner(), dialogs, new Selection(), navigator, prefs);
        ctx.retrainer().setAutomatic(true);
        EstimateViewModel vm = new EstimateViewModel(ctx);
        vm.load();
        assertThat(ctx.retrainer().trainings()).as("opening on data without models trains").isEqualTo(1);
        assertThat(vm.estimateProperty().get()).isNotNull();
        long before = vm.estimateProperty().get().provenance().modelDataVersion();

        // an import is running: the new data makes the models old, but training waits for the import queue
        List<Boolean> training = new ArrayList<>();
        vm.trainingProperty().addListener((o, a, b) -> training.add(b));
        ctx.dataState().busy("가져오는 중");
        // no manual call: the import service's change event reaches the screen and the retrainer
        app.importService().importFile(TestData.require(TestData.seoul("집객시설-행정동")), kr.sanggwon.common.Progress.NONE);
        assertThat(app.estimateService().needsTraining()).isTrue();
        assertThat(training).isEmpty();

        ctx.dataState().idle();
        assertThat(training).containsExactly(true, false);
        assertThat(ctx.retrainer().trainings()).isEqualTo(2);
        assertThat(app.estimateService().needsTraining()).isFalse();
        assertThat(vm.needsTrainingProperty().get()).isFalse();
        assertThat(vm.estimateProperty().get().provenance().modelDataVersion()).isGreaterThan(before);
        assertThat(dialogs.errors).isEmpty();

        // a dropped screen (language switch) stops listening
        vm.dispose();
        List<Boolean> loads = new ArrayList<>();
        vm.loadingProperty().addListener((o, a, b) -> loads.add(b));
        app.database().versions().changed(DataVersionService.Cause.IMPORT);
        assertThat(loads).isEmpty();
    }

    @Test
    void followsTheDistrictChosenElsewhereFindsWhatSearchFindsAndExplainsADistrictWithoutSales() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        app = UiTestSupport.openData(dataDir, TestData.require(TestData.seoul("영역-상권")), TestData.require(TestData.seoul("추정매출-행정동")),
                TestData.require(TestData.seoul("길단위인구-행정동")));
        app.estimateService().train(kr.sanggwon.common.Progress.NONE);
        FakeDialogService dialogs = new FakeDialogService();
        Selection selection = new Selection();
        selection.setDistrict("11680640");
        Navigator navigator = new Navigator() {
            @Override
            public void show(String screenId) {
            }

            @Override
            public String current() {
                return "estimate";
            }
        };
        UiContext ctx = UiTestSupport.context(app, new CurrentThreadTaskRunner(), dialogs, selection, navigator, prefs);
        EstimateViewModel vm = new EstimateViewModel(ctx);
        vm.load();
        assertThat(vm.estimateProperty().get().district()).isEqualTo("11680640");

        // the picker finds every 상권 that 상권 찾기 finds for "신림" (13 상권 named 신림… on these files), and the 행정동 신림동
        List<String> searchFinds = app.districtCatalog().search().search("신림", Integer.MAX_VALUE).stream()
                .map(h -> h.entry().code()).toList();
        assertThat(searchFinds).hasSizeGreaterThanOrEqualTo(13);
        vm.queryProperty().set("신림");
        assertThat(vm.districts()).extracting(d -> d.code()).containsAll(searchFinds).contains("11620695");

        // a 행정동's whole-cell figure is not one shop's sales: carrying it to 수익 분석 says so instead of moving on
        vm.carryToFinance();
        assertThat(vm.messageProperty().get()).contains(vm.estimateProperty().get().districtName(), "--stores");

        // 신림역 1번 opened on another screen: a 상권 without 상권 sales. No other district's figures stay on screen; it
        // says why and offers the 행정동 it lies in
        selection.setDistrict("3110880");
        assertThat(vm.districtProperty().get().code()).isEqualTo("3110880");
        assertThat(vm.estimateProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).doesNotContain("보관", "--stores").contains("신림역 1번", "추정매출-상권", "서원동");
        assertThat(vm.offerProperty().get().code()).isEqualTo("11620645");
        vm.useOffer();
        assertThat(vm.estimateProperty().get().district()).isEqualTo("11620645");
        assertThat(selection.district()).isEqualTo("11620645");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }
}
