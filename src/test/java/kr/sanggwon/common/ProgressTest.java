package kr.sanggwon.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
    /** Records the fractions reported to it. */
    private static final class Recorder implements Progress {
        final List<Double> fractions = new ArrayList<>();
        boolean cancelled;

        @Override
        public void update(long done, long total, String message) {
            fractions.add(total > 0 ? (double) done / total : Double.NaN);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    @Test
    void partsOfAWholeMoveOneBarForwardInsteadOfRestartingIt() {
        Recorder whole = new Recorder();
        whole.part(0, 4).update(50, 100, "");
        whole.part(1, 4).update(0, 100, "");
        whole.part(1, 4).update(100, 100, "");
        whole.part(3, 4).slice(0, 0.9).update(1, 1, "");
        whole.part(3, 4).update(1, 1, "");
        assertThat(whole.fractions).containsExactly(0.125, 0.25, 0.5, 0.975, 1.0);
    }

    @Test
    void aPartIsCancelledWhenTheWholeIs() {
        Recorder whole = new Recorder();
        Progress part = whole.part(2, 3);
        assertThat(part.isCancelled()).isFalse();
        whole.cancelled = true;
        assertThat(part.isCancelled()).isTrue();
    }
}
