package kr.sanggwon.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.store.DataVersionService;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.ui.task.CurrentThreadTaskRunner;
import kr.sanggwon.ui.task.QueuedTaskRunner;
import kr.sanggwon.ui.task.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell's background retrainer without a toolkit and without the 예상 매출 screen: trains after imports once the
 * queue is idle, remembers a cancel per data version, runs one training at a time. Data: the real 추정매출-행정동 file
 * (420 행정동 × 4 quarters, 커피-음료), so each training takes seconds.
 */
class ModelRetrainerTest {
    @TempDir
    Path dataDir;
    AppContext app;
    FakeDialogService dialogs = new FakeDialogService();
    List<DeskPreferences> prefsToClear = new ArrayList<>();

    @BeforeEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    @AfterEach
    void close() {
        prefsToClear.forEach(DeskPreferences::clear);
        if (app != null) {
            app.close();
        }
    }

    private UiContext context(TaskRunner tasks) {
        return context(tasks, UiTestSupport.tempPreferences());
    }

    private UiContext context(TaskRunner tasks, DeskPreferences prefs) {
        if (!prefsToClear.contains(prefs)) {
            prefsToClear.add(prefs);
        }
        Navigator navigator = new Navigator() {
            @Override
            public void show(String screenId) {
            }

            @Override
            public String current() {
                return "search";
            }
        };
        UiContext ctx = UiTestSupport.context(app, tasks, dialogs, new Selection(), navigator, prefs);
        ctx.retrainer().setAutomatic(true);
        return ctx;
    }

    /** What an import through the 데이터 가져오기 queue does to the context: busy status, import, data changed, idle. */
    private static void importLikeTheQueue(UiContext ctx, AppContext app, Path file, Runnable whileBusy) throws Exception {
        ctx.dataState().busy("가져오는 중: " + file.getFileName());
        app.importService().importFile(file, Progress.NONE);   // its change event reaches the retrainer
        whileBusy.run();
        ctx.dataState().idle();
    }

    @Test
    void trainsAfterAnImportOnceTheQueueIsIdleWithoutTheEstimateScreenEverOpening() throws Exception {
        app = AppContext.open(dataDir);
        UiContext ctx = context(new CurrentThreadTaskRunner());
        ctx.retrainer().start();
        assertThat(ctx.retrainer().trainings()).as("nothing to learn from yet").isZero();

        importLikeTheQueue(ctx, app, TestData.require(TestData.seoul("추정매출-행정동")), () -> {
            assertThat(ctx.retrainer().isRunning()).as("waits for the import queue").isFalse();
            assertThat(ctx.retrainer().trainings()).isZero();
        });

        assertThat(ctx.retrainer().trainings()).isEqualTo(1);
        assertThat(ctx.retrainer().outcomeProperty().get().kind()).isEqualTo(ModelRetrainer.Kind.TRAINED);
        assertThat(ctx.retrainer().noticeProperty().get()).contains("갱신");
        assertThat(ctx.retrainer().noticeDetailProperty().get())
                .contains("데이터 #" + app.estimateService().dataVersion(), "2024년 4분기까지");
        assertThat(ctx.retrainer().outcomeProperty().get().dataVersion()).isEqualTo(app.estimateService().dataVersion());
        assertThat(app.estimateService().modelStatus().stale()).isFalse();
        assertThat(app.estimateService().needsTraining()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aCancelledTrainingIsNotRetriedUntilTheDataVersionChanges() throws Exception {
        app = UiTestSupport.openData(dataDir, TestData.require(TestData.seoul("추정매출-행정동")));
        DeskPreferences prefs = UiTestSupport.tempPreferences();
        UiContext ctx = context(new CurrentThreadTaskRunner(), prefs);
        ModelRetrainer r = ctx.retrainer();
        List<ModelRetrainer.Kind> outcomes = new ArrayList<>();
        r.outcomeProperty().addListener((o, a, b) -> outcomes.add(b.kind()));
        boolean[] cancelNext = {true};
        r.progressTextProperty().addListener((o, a, b) -> {
            if (cancelNext[0] && r.isRunning()) {
                cancelNext[0] = false;
                r.cancel();
            }
        });

        r.start();
        assertThat(outcomes).containsExactly(ModelRetrainer.Kind.CANCELLED);
        assertThat(r.noticeProperty().get()).contains("취소");
        assertThat(app.estimateService().currentModels()).isEmpty();
        long version = app.estimateService().dataVersion();

        // same data: neither a start-up check, a data-changed event without a new import, nor the screen restarts it
        r.start();
        app.database().versions().changed(DataVersionService.Cause.IMPORT);
        assertThat(r.staleSeen(version)).isFalse();
        assertThat(outcomes).containsExactly(ModelRetrainer.Kind.CANCELLED);
        assertThat(app.estimateService().modelStatus().state()).isEqualTo("missing");

        // nor does the next start of the app with the same preferences
        UiContext restarted = context(new CurrentThreadTaskRunner(), prefs);
        assertThat(restarted.retrainer().staleSeen(version)).as("the 예상 매출 screen opened first").isFalse();
        restarted.retrainer().start();
        assertThat(restarted.retrainer().outcomeProperty().get()).isNull();
        assertThat(restarted.retrainer().isRunning()).isFalse();
        restarted.retrainer().setAutomatic(false);

        // new data: trains again by itself
        importLikeTheQueue(ctx, app, TestData.require(TestData.seoul("길단위인구-행정동")), () -> { });
        assertThat(app.estimateService().dataVersion()).isGreaterThan(version);
        assertThat(outcomes).containsExactly(ModelRetrainer.Kind.CANCELLED, ModelRetrainer.Kind.TRAINED);
        assertThat(app.estimateService().modelStatus().stale()).isFalse();
    }

    @Test
    void onlyOneTrainingRunsAtATimeAndAnImportDuringTrainingStopsItAndTrainsAgainWhenIdle() throws Exception {
        app = UiTestSupport.openData(dataDir, TestData.require(TestData.seoul("추정매출-행정동")));
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        UiContext ctx = context(tasks);
        ModelRetrainer r = ctx.retrainer();
        List<ModelRetrainer.Kind> outcomes = new ArrayList<>();
        r.outcomeProperty().addListener((o, a, b) -> outcomes.add(b.kind()));

        r.start();
        tasks.runNext();   // the cheap check: models missing → training queued
        assertThat(r.isRunning()).isTrue();
        assertThat(tasks.pending()).isEqualTo(1);

        // the screen's button, another check, a data event: none starts a second training
        assertThat(r.train()).isFalse();
        r.start();
        app.database().versions().changed(DataVersionService.Cause.IMPORT);
        assertThat(r.staleSeen(app.estimateService().dataVersion())).isTrue();
        assertThat(tasks.pending()).isEqualTo(1);

        // an import starts while training: training stops (not remembered as the user's cancel)
        ctx.dataState().busy("가져오는 중");
        tasks.runNext();
        assertThat(outcomes).containsExactly(ModelRetrainer.Kind.INTERRUPTED);
        assertThat(r.isRunning()).isFalse();
        app.importService().importFile(TestData.require(TestData.seoul("길단위인구-행정동")), Progress.NONE);
        assertThat(tasks.pending()).as("waits for the import queue").isZero();

        ctx.dataState().idle();
        tasks.runAll();
        assertThat(outcomes).containsExactly(ModelRetrainer.Kind.INTERRUPTED, ModelRetrainer.Kind.TRAINED);
        assertThat(r.trainings()).isEqualTo(1);
        assertThat(app.estimateService().modelStatus().stale()).isFalse();
        assertThat(tasks.unhandledFailures()).isEmpty();
    }

    @Test
    void withoutAutomaticTrainingNothingStartsByItself() throws Exception {
        app = UiTestSupport.openData(dataDir, TestData.require(TestData.seoul("추정매출-행정동")));
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        UiContext ctx = context(tasks);
        ctx.retrainer().setAutomatic(false);
        ctx.retrainer().start();
        app.database().versions().changed(DataVersionService.Cause.IMPORT);
        assertThat(ctx.retrainer().staleSeen(app.estimateService().dataVersion())).isFalse();
        assertThat(tasks.pending()).isZero();
    }
}
