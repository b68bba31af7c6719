package kr.sanggwon.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** --snapshot waits for the first screen's loads: the picture is taken only after they are done (or after a timeout). */
class WhenLoadedTest {
    final AtomicInteger busy = new AtomicInteger();
    final AtomicLong now = new AtomicLong();
    final AtomicInteger taken = new AtomicInteger();
    final WhenLoaded loaded = new WhenLoaded(busy::get, now::get, 60_000, taken::incrementAndGet);

    @Test
    void waitsWhileTheScreenIsLoadingAndFiresOnceItHasBeenQuietForAFewChecks() {
        busy.set(2);
        for (int i = 0; i < 10; i++) {
            now.addAndGet(100);
            assertThat(loaded.check()).isFalse();
        }
        busy.set(0);
        for (int i = 1; i < WhenLoaded.QUIET_CHECKS; i++) {
            assertThat(loaded.check()).isFalse();
        }
        assertThat(loaded.check()).isTrue();
        assertThat(taken).hasValue(1);
        assertThat(loaded.timedOut()).isFalse();
        loaded.check();
        assertThat(taken).as("the action runs once").hasValue(1);
    }

    @Test
    void aLoadStartedByAnArrivingResultRestartsTheQuietCount() {
        busy.set(0);
        loaded.check();
        busy.set(1); // the first result asked for more data
        loaded.check();
        busy.set(0);
        for (int i = 1; i < WhenLoaded.QUIET_CHECKS; i++) {
            assertThat(loaded.check()).isFalse();
        }
        assertThat(loaded.check()).isTrue();
    }

    @Test
    void givesUpAfterTheTimeoutAndSaysSo() {
        busy.set(1);
        assertThat(loaded.check()).isFalse();
        now.set(60_000);
        assertThat(loaded.check()).isTrue();
        assertThat(taken).hasValue(1);
        assertThat(loaded.timedOut()).isTrue();
    }
}
