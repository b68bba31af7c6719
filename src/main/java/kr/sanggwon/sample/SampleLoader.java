package kr.sanggwon.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.sanggwon.common.CancelledException;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.common.UserException;
import kr.sanggwon.ingest.ImportException;
import kr.sanggwon.ingest.ImportResult;
import kr.sanggwon.ingest.ImportService;
import kr.sanggwon.store.DataVersionService;
import kr.sanggwon.store.Database;
import kr.sanggwon.workspace.WorkspaceKind;
import kr.sanggwon.workspace.WorkspaceMarker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the bundled sample city (the files of {@code sample-data/}, shipped inside the jar) into a data folder:
 * on first start when the folder holds no data yet, and on request as a reset that wipes the imported data first.
 * Every file goes through the normal importer, so the sample behaves exactly like imported real data.
 */
public final class SampleLoader {
    /** The options {@code sample-data/} was generated with (a test checks the files still match them). */
    public static final SampleOptions BUNDLED = new SampleOptions(20_241, 20_231, 8, 60);
    static final String RESOURCE_FOLDER = "sample-data/";
    /**
     * Tables holding imported data or what is derived from it (summaries, fitted models), children before parents.
     * Tables of features that are not installed are skipped.
     */
    static final List<String> DATA_TABLES = List.of("district_quarter_kpi", "industry_quarter_kpi", "industry_district_kpi", "district_feature", "model",
            "sales_q", "stores_q", "population_q", "resident_q", "worker_q", "income_q", "facility_q", "change_q", "apartment_q",
            "store_listing", "district_shape", "district", "industry", "import_batch");
    private static final Logger LOG = LoggerFactory.getLogger(SampleLoader.class);

    /** What loading the sample did: the files imported, and those the importer refused (with its message). */
    public record Result(List<ImportResult> imported, List<String> refused) {
        public long rows() {
            return imported.stream().mapToLong(ImportResult::rowsImported).sum();
        }
    }

    private final Database database;
    private final ImportService importService;
    private final WorkspaceMarker marker;

    public SampleLoader(Database database, ImportService importService) {
        this.database = database;
        this.importService = importService;
        this.marker = new WorkspaceMarker(database);
    }

    /** True when nothing was ever imported into this data folder. */
    public boolean isEmpty() {
        try (Connection c = database.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM import_batch) + (SELECT COUNT(*) FROM district)")) {
            rs.next();
            return rs.getLong(1) == 0;
        } catch (SQLException e) {
            throw new UserException("sample.error.database", e.getMessage());
        }
    }

    /** First start: loads the sample when the folder holds no data; does nothing otherwise. */
    public Optional<Result> loadIfEmpty(Progress progress) {
        return isEmpty() ? Optional.of(loadSample(progress)) : Optional.empty();
    }

    /**
     * Wipes every imported dataset (districts, industries, facts, summaries, store listings, import history) in one
     * transaction, then loads the sample. Used by {@code sample --reset --yes} and the app's menu.
     */
    public Result resetToSample(Progress progress) {
        refuseOwnData();
        // one change event for the wipe and every file loaded after it (ADR 0020)
        try (DataVersionService.Subscription once = database.versions().hold(DataVersionService.Cause.SAMPLE)) {
            progress.update(0, 1, Messages.get("sample.progress.wiping"));
            wipe();
            database.versions().changed(DataVersionService.Cause.SAMPLE);
            LOG.info("data folder wiped for a reset to the sample data");
            return loadSample(progress);
        }
    }

    /**
     * A reset replaces everything, so it is for the sample workspace only: refused in the user's own workspace, and
     * in an unmarked folder (made before workspaces) that holds real districts.
     */
    private void refuseOwnData() {
        Optional<WorkspaceKind> kind = marker.kind();
        boolean refuse = kind.isPresent() ? kind.get() == WorkspaceKind.OWN : hasRealDistricts();
        if (refuse) {
            throw new UserException("sample.error.ownWorkspace", database.folder().toString());
        }
    }

    private boolean hasRealDistricts() {
        try (Connection c = database.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM district WHERE NOT " + SampleCodes.sqlCondition("code"))) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw new UserException("sample.error.database", e.getMessage());
        }
    }

    /** Deletes every imported dataset and what is derived from it, in one transaction. */
    private void wipe() {
        try {
            database.inTransaction(c -> {
                java.util.Set<String> present = new java.util.HashSet<>();
                try (ResultSet rs = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
                    while (rs.next()) {
                        present.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                    }
                }
                try (Statement st = c.createStatement()) {
                    for (String table : DATA_TABLES) {
                        if (present.contains(table)) {
                            st.executeUpdate("DELETE FROM " + table);
                        }
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw new UserException("sample.error.database", e.getMessage());
        }
    }

    /**
     * Imports the bundled sample files in order (master files first); a file the importer refuses is reported, not
     * fatal. Cancelling wipes what was loaded so far, leaving the folder empty.
     */
    public Result loadSample(Progress progress) {
        Path temp = null;
        try (DataVersionService.Subscription once = database.versions().hold(DataVersionService.Cause.SAMPLE)) {
            // a folder holding the fictional city is the sample workspace from now on
            marker.mark(WorkspaceKind.SAMPLE, null);
            temp = Files.createTempDirectory("sanggwon-sample");
            List<Path> files = bundledFiles(temp);
            List<ImportResult> imported = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                progress.checkCancelled();
                progress.update(i, files.size(), Messages.get("sample.progress.loading", f.getFileName().toString()));
                try {
                    imported.add(importService.importFile(f, scaled(progress, i, files.size())));
                } catch (ImportException e) {
                    LOG.warn("sample file not imported: {} ({})", f.getFileName(), e.key());
                    refused.add(e.localized());
                }
            }
            progress.update(files.size(), files.size(), Messages.get("sample.progress.done"));
            return new Result(List.copyOf(imported), List.copyOf(refused));
        } catch (CancelledException e) {
            // half a sample is worse than none: empty again, so the next start loads it whole
            wipe();
            database.versions().changed(DataVersionService.Cause.SAMPLE);
            throw e;
        } catch (IOException e) {
            throw new UserException("sample.error.io", e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Copies the files shipped in the jar to {@code folder}; when they are not on the classpath (a build without the
     * resources) the same files are generated from {@link #BUNDLED}.
     */
    static List<Path> bundledFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : SampleFiles.all(BUNDLED.lastQuarter())) {
            try (InputStream in = SampleLoader.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + name)) {
                if (in == null) {
                    LOG.info("bundled sample not on the classpath; generating it");
                    return new SampleGenerator().generate(folder, BUNDLED, Progress.NONE).files();
                }
                Path target = folder.resolve(name);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                files.add(target);
            }
        }
        return files;
    }

    private static Progress scaled(Progress outer, int index, int count) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                long part = total > 0 ? Math.min(1000, done * 1000 / total) : 0;
                outer.update(index * 1000L + part, count * 1000L, message);
            }

            @Override
            public boolean isCancelled() {
                return outer.isCancelled();
            }
        };
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.warn("could not delete temporary sample folder {}", folder);
        }
    }
}
