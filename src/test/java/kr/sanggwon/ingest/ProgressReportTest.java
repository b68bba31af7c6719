package kr.sanggwon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import org.junit.jupiter.api.Test;

/** The import's progress line (CLI and import screen) gives rows, rows/s and the time left at the pace so far. */
class ProgressReportTest {
    private final List<String> messages = new ArrayList<>();
    private final Progress progress = new Progress() {
        @Override
        public void update(long done, long total, String message) {
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @Test
    void aQuarterOfTheFileInTenSecondsLeavesThirtySeconds() {
        ImportService.report(progress, 25, 100, 1_000, Instant.now().minusSeconds(10));
        assertThat(messages.get(0)).contains(Messages.get("ingest.progress.seconds", 30));
        assertThat(messages.get(0)).startsWith(Messages.get("ingest.progress.rows", 1_000, 100).substring(0, 3));
    }

    @Test
    void longWaitsAreInMinutesAndTheEndHasNoTimeLeft() {
        assertThat(ImportService.timeLeft(125)).isEqualTo(Messages.get("ingest.progress.minutes", 2, 5));
        assertThat(ImportService.timeLeft(0)).isEqualTo(Messages.get("ingest.progress.seconds", 1));
        ImportService.report(progress, 100, 100, 1_000, Instant.now().minusSeconds(10));
        assertThat(messages.get(0)).doesNotContain(Messages.get("ingest.progress.seconds", 1));
        assertThat(messages.get(0)).isEqualTo(Messages.get("ingest.progress.rows", 1_000, 100));
    }
}
