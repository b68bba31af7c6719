package kr.sanggwon.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Quitting while a screen still loads: the load fails against the closing database, and no error dialog may open. */
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerClosingTest {
    @Test
    void aLoadThatFailsWhileTheAppIsQuittingReachesNoHandler() throws Exception {
        List<Throwable> shown = new CopyOnWriteArrayList<>();
        FxTaskRunner runner = new FxTaskRunner(1, shown::add);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch databaseClosed = new CountDownLatch(1);
        CountDownLatch failed = new CountDownLatch(1);
        runner.execute(BackgroundTask.of(() -> {
            started.countDown();
            databaseClosed.await();
            failed.countDown();
            throw new IllegalStateException("Database is already closed");
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        runner.beginClosing();
        databaseClosed.countDown();
        assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);   // the worker posts its callback right after failing; let the FX queue run it
        WaitForAsyncUtils.waitForFxEvents();
        runner.close();
        assertThat(shown).isEmpty();
    }

    @Test
    void beforeQuittingAFailureStillReachesTheDefaultHandler() throws Exception {
        List<Throwable> shown = new CopyOnWriteArrayList<>();
        FxTaskRunner runner = new FxTaskRunner(1, shown::add);
        runner.execute(BackgroundTask.of(() -> {
            throw new IllegalStateException("broken");
        }));
        long deadline = System.currentTimeMillis() + 10_000;
        while (shown.isEmpty() && System.currentTimeMillis() < deadline) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        runner.close();
        assertThat(shown).singleElement().isInstanceOf(IllegalStateException.class);
        assertThat(Platform.isFxApplicationThread()).isFalse();
    }
}
