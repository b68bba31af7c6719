package kr.sanggwon.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SortedSet;

/** What importing one file did. */
public record ImportResult(
        String fileName,
        String datasetId,
        String dataset,
        String encoding,
        long rowsRead,
        long rowsImported,
        long rowsRejected,
        SortedSet<Integer> quarters,
        Path rejectsFile,
        long batchId,
        Duration duration,
        List<String> warnings) {

    public double rowsPerSecond() {
        double s = duration.toNanos() / 1e9;
        return s <= 0 ? 0 : rowsRead / s;
    }
}
