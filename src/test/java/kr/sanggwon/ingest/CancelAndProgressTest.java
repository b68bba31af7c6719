package kr.sanggwon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.sanggwon.TestData;
import kr.sanggwon.common.CancelledException;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancelling mid-file rolls everything back; progress reports rows, bytes and a rate. */
class CancelAndProgressTest {
    @TempDir
    Path dir;
    Database db;
    ImportService service;
    DbProbe probe;

    /** Records every update and turns cancelled after {@code cancelAfter} updates. */
    static final class Recording implements Progress {
        final List<long[]> updates = new ArrayList<>();
        final List<String> messages = new ArrayList<>();
        final int cancelAfter;

        Recording(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void update(long done, long total, String message) {
            updates.add(new long[] {done, total});
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            return updates.size() >= cancelAfter;
        }
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir);
        service = new ImportService(db);
        probe = new DbProbe(db);
        Messages.setLocale(java.util.Locale.KOREAN);
        service.importFile(TestData.require(TestData.seoul("상주인구-상권")), Progress.NONE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void cancelMidCsvRollsEverythingBack() throws Exception {
        Map<String, String> before = probe.fingerprint();
        Recording progress = new Recording(1);
        assertThatThrownBy(() -> service.importFile(TestData.require(TestData.seoul("집객시설-상권")), progress))
                .isInstanceOf(CancelledException.class);
        // it stopped after the first progress report (row 8192 of 29982), not at the end
        assertThat(progress.updates).hasSize(1);
        assertThat(progress.messages.get(0)).startsWith("8,192행");
        assertThat(probe.fingerprint()).isEqualTo(before);
        assertThat(rejectsFiles()).isEmpty();
    }

    @Test
    void cancelMidShapefileRollsEverythingBack() throws Exception {
        Map<String, String> before = probe.fingerprint();
        Recording progress = new Recording(2);
        assertThatThrownBy(() -> service.importFile(TestData.require(AreaFilesImportTest.SHP), progress))
                .isInstanceOf(CancelledException.class);
        assertThat(probe.fingerprint()).isEqualTo(before);
    }

    @Test
    void cancelWhileFinishingASmallFileRollsBack() throws Exception {
        Map<String, String> before = probe.fingerprint();
        assertThatThrownBy(() -> service.importFile(TestData.require(AreaFilesImportTest.JSON), new Recording(0)))
                .isInstanceOf(CancelledException.class);
        assertThat(probe.fingerprint()).isEqualTo(before);
    }

    @Test
    void progressReportsRowsBytesAndRate() throws Exception {
        Path file = TestData.require(TestData.seoul("집객시설-상권"));
        Recording progress = new Recording(Integer.MAX_VALUE);
        service.importFile(file, progress);
        long size = Files.size(file);
        assertThat(progress.updates.size()).isGreaterThanOrEqualTo(4);
        assertThat(progress.updates).allSatisfy(u -> assertThat(u[1]).isEqualTo(size));
        for (int i = 1; i < progress.updates.size(); i++) {
            assertThat(progress.updates.get(i)[0]).isGreaterThanOrEqualTo(progress.updates.get(i - 1)[0]);
        }
        assertThat(progress.updates.get(progress.updates.size() - 1)[0]).isEqualTo(size);
        assertThat(progress.messages.get(0)).matches("8,192행 · 초당 [0-9,]+행");
        assertThat(progress.messages.get(progress.messages.size() - 1)).startsWith("29,982행");
    }

    private List<Path> rejectsFiles() throws Exception {
        Path folder = dir.resolve("rejects");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }
}
