package kr.sanggwon.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kr.sanggwon.store.DataVersionService;
import kr.sanggwon.ui.task.CurrentThreadTaskRunner;
import org.junit.jupiter.api.Test;

/**
 * A window notices what a second app instance did to a shared database: its poller looks at the version (a test
 * double of the database's, moved as the other instance would), and the window's data state goes up, with the cause,
 * without anybody calling it. No look while this window's own import runs.
 */
class DataVersionPollerTest {
    private final AtomicLong stored = new AtomicLong(7);
    private final AtomicInteger reads = new AtomicInteger();
    private final DataVersionService versions = new DataVersionService(() -> {
        reads.incrementAndGet();
        return stored.get();
    });
    private final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
    private final DataState data = new DataState(versions, tasks::onUiThread);
    private final DataVersionPoller poller = new DataVersionPoller(versions, data, tasks);

    @Test
    void aChangeBySecondInstanceReachesTheWindowAsAChangeMadeElsewhere() {
        poller.tick();
        assertThat(data.version()).as("the first look only learns the version").isZero();
        poller.tick();
        assertThat(data.version()).isZero();

        stored.set(8);   // the other instance imported a file
        poller.tick();
        assertThat(data.version()).isEqualTo(1);
        assertThat(data.lastChangeProperty().get()).isEqualTo(new DataVersionService.Change(8, DataVersionService.Cause.ELSEWHERE));
        poller.tick();
        assertThat(data.version()).as("told once").isEqualTo(1);
        assertThat(tasks.unhandledFailures()).isEmpty();
    }

    @Test
    void doesNotLookWhileWorkOnTheDataRunsHere() {
        poller.tick();
        data.busy("가져오는 중");
        int before = reads.get();
        stored.set(8);
        poller.tick();
        assertThat(reads.get()).isEqualTo(before);
        assertThat(data.version()).isZero();
        data.idle();
        poller.tick();
        assertThat(data.version()).isEqualTo(1);
    }

    @Test
    void anImportHereIsToldOnceAsAnImportAndAClosedStateHearsNothing() {
        poller.tick();
        stored.set(8);
        versions.changed(DataVersionService.Cause.IMPORT);
        poller.tick();
        assertThat(data.version()).isEqualTo(1);
        assertThat(data.lastChangeProperty().get().cause()).isEqualTo(DataVersionService.Cause.IMPORT);
        data.close();
        versions.changed(DataVersionService.Cause.IMPORT);
        assertThat(data.version()).isEqualTo(1);
    }
}
