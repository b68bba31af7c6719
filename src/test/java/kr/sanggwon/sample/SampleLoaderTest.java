package kr.sanggwon.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First-run loading of the bundled sample set and reset to it. */
class SampleLoaderTest {
    @TempDir
    Path dir;

    @Test
    void bundledFilesAreExactlyWhatTheGeneratorWritesForTheBundledOptions() throws IOException {
        Path generated = dir.resolve("generated");
        SampleGenerator.Result r = new SampleGenerator().generate(generated, SampleLoader.BUNDLED, Progress.NONE);
        for (Path f : r.files()) {
            String name = f.getFileName().toString();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(SampleLoader.RESOURCE_FOLDER + name)) {
                assertThat(in).as("bundled " + name + " (regenerate sample-data/ with the command in its README)").isNotNull();
                assertThat(in.readAllBytes()).as(name).isEqualTo(Files.readAllBytes(f));
            }
            assertThat(Files.mismatch(f, Path.of("sample-data", name))).as("sample-data/" + name).isEqualTo(-1L);
        }
    }

    @Test
    void appStartLoadsTheSampleIntoAnEmptyFolderOnlyOnce() throws SQLException {
        try (AppContext app = AppContext.openForApp(dir.resolve("data"), Progress.NONE)) {
            assertThat(app.sampleLoader().isEmpty()).isFalse();
            assertThat(count(app, "SELECT COUNT(*) FROM district WHERE lvl = 'T' AND from_master")).isEqualTo(60);
            assertThat(count(app, "SELECT COUNT(DISTINCT quarter) FROM sales_q")).isEqualTo(8);
            assertThat(count(app, "SELECT COUNT(*) FROM import_batch")).isEqualTo(16);
            assertThat(count(app, "SELECT COUNT(*) FROM store_listing")).isPositive();
        }
        long batches;
        try (AppContext app = AppContext.openForApp(dir.resolve("data"), Progress.NONE)) {
            batches = count(app, "SELECT COUNT(*) FROM import_batch");
            assertThat(app.sampleLoader().loadIfEmpty(Progress.NONE)).isEmpty();
            assertThat(count(app, "SELECT COUNT(*) FROM import_batch")).isEqualTo(batches);
        }
    }

    @Test
    void cancellingTheFirstLoadLeavesTheFolderEmptySoTheNextStartLoadsItWhole() {
        try (AppContext app = AppContext.open(dir.resolve("cancel"))) {
            Progress cancelAfterThreeFiles = new Progress() {
                private int files;

                @Override
                public void update(long done, long total, String message) {
                    if (total == 16 && done > files) {
                        files = (int) done;
                    }
                }

                @Override
                public boolean isCancelled() {
                    return files >= 3;
                }
            };
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> app.sampleLoader().loadIfEmpty(cancelAfterThreeFiles)))
                    .isInstanceOf(kr.sanggwon.common.CancelledException.class);
            assertThat(app.sampleLoader().isEmpty()).isTrue();
            assertThat(app.sampleLoader().loadIfEmpty(Progress.NONE)).isPresent();
            assertThat(app.sampleLoader().isEmpty()).isFalse();
        }
    }

    @Test
    void cliOpenNeverAddsSampleData() {
        try (AppContext app = AppContext.open(dir.resolve("cli"))) {
            assertThat(app.sampleLoader().isEmpty()).isTrue();
        }
    }

    @Test
    void resetWipesImportedDataAndReloadsTheSample() throws Exception {
        try (AppContext app = AppContext.open(dir.resolve("reset"))) {
            // the sample workspace, into which a real file was imported on purpose (import --into-sample)
            app.workspaceMarker().mark(kr.sanggwon.workspace.WorkspaceKind.SAMPLE, null);
            app.importService().importFile(TestData.require(TestData.seoul("점포-상권")), Progress.NONE);
            assertThat(count(app, "SELECT COUNT(*) FROM stores_q WHERE district_code = '3001491'")).isPositive();
            try (Connection c = app.database().connection(); Statement st = c.createStatement()) {
                // a model fitted on the data being wiped must not survive the reset
                st.executeUpdate("INSERT INTO model (task, grain, method, data_version, trained_at, payload)"
                        + " VALUES ('forecast', 'T', 'test', 1, CURRENT_TIMESTAMP, X'00')");
            }
            SampleLoader.Result r = app.sampleLoader().resetToSample(Progress.NONE);
            assertThat(count(app, "SELECT COUNT(*) FROM model")).isZero();
            assertThat(r.imported()).hasSize(16);
            assertThat(r.refused()).isEmpty();
            assertThat(r.rows()).isPositive();
            // the real file's 상권 (이태원 관광특구 3001491 and the 3110xxx 골목상권) are gone
            assertThat(count(app, "SELECT COUNT(*) FROM stores_q WHERE district_code = '3001491' OR district_code LIKE '3110%'")).isZero();
            assertThat(count(app, "SELECT COUNT(*) FROM district WHERE code = '3001491' OR code LIKE '3110%'")).isZero();
            assertThat(count(app, "SELECT COUNT(*) FROM district WHERE lvl = 'T' AND from_master")).isEqualTo(60);
            assertThat(count(app, "SELECT COUNT(*) FROM import_batch WHERE file_name LIKE '%점포%'")).isEqualTo(1);
            assertThat(count(app, "SELECT COUNT(*) FROM district_feature WHERE district_code = '3001491'")).isZero();
        }
    }

    @Test
    void resetRefusesAFolderOfRealDataThatIsNotTheSample() throws Exception {
        try (AppContext app = AppContext.open(dir.resolve("own"))) {
            app.importService().importFile(TestData.require(TestData.seoul("점포-상권")), Progress.NONE);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> app.sampleLoader().resetToSample(Progress.NONE)))
                    .isInstanceOf(kr.sanggwon.common.UserException.class).hasMessageContaining("sample.error.ownWorkspace");
            assertThat(count(app, "SELECT COUNT(*) FROM stores_q WHERE district_code = '3001491'")).isPositive();
        }
    }

    private static long count(AppContext app, String sql) throws SQLException {
        try (Connection c = app.database().connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
