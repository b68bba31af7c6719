package kr.sanggwon.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kr.sanggwon.estimate.ModelStore;
import kr.sanggwon.ingest.DistrictFeatureRepository;
import kr.sanggwon.ingest.SummaryRepository;
import kr.sanggwon.store.BackupArchive;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.StoreException;

/**
 * Checks a backup file without touching the workspace: its bytes against the manifest's SHA-256, then, on a copy
 * opened in a temporary folder, the schema version, every foreign key, the summary tables against their source rows
 * (rebuilt by the import's own {@link SummaryRepository} and {@link DistrictFeatureRepository}) and the stored models.
 */
public final class BackupVerifier {
    /** Summary tables compared with a rebuild from their source rows. */
    static final List<String> SUMMARIES = List.of("district_quarter_kpi", "industry_quarter_kpi", "industry_district_kpi",
            "district_feature");

    private BackupVerifier() {
    }

    public static VerifyReport verify(Path archive) {
        List<VerifyReport.Check> checks = new ArrayList<>();
        BackupArchive.Manifest manifest;
        Path temp = null;
        try {
            temp = Files.createTempDirectory("sanggwon-verify");
            try {
                manifest = BackupArchive.extract(archive, temp.resolve("sanggwon.mv.db"));
            } catch (StoreException e) {
                checks.add(new VerifyReport.Check("checksum", false, e.localized()));
                return new VerifyReport(null, checks);
            }
            checks.add(new VerifyReport.Check("checksum", true, manifest.sha256().substring(0, 16) + "…, "
                    + manifest.databaseBytes() + " B"));
            String shipped = BackupArchive.shippedSchemaVersion();
            if (BackupArchive.compareVersions(manifest.schemaVersion(), shipped) > 0) {
                checks.add(new VerifyReport.Check("schema", false, "V" + manifest.schemaVersion() + " > V" + shipped));
                return new VerifyReport(manifest, checks);
            }
            try (Database db = Database.open(temp)) {
                try (Connection c = db.connection()) {
                    String now = BackupArchive.schemaVersion(c);
                    checks.add(new VerifyReport.Check("schema", now.equals(shipped),
                            "V" + manifest.schemaVersion() + (manifest.schemaVersion().equals(now) ? "" : " → V" + now)));
                    checks.add(foreignKeys(c));
                    checks.add(summaries(c));
                }
                checks.add(models(db));
            }
            return new VerifyReport(manifest, checks);
        } catch (IOException | SQLException | RuntimeException e) {
            String why = e instanceof StoreException se ? se.localized() : e.getClass().getSimpleName() + ": " + e.getMessage();
            checks.add(new VerifyReport.Check("open", false, why));
            return new VerifyReport(null, checks);
        } finally {
            deleteTree(temp);
        }
    }

    /** Rows whose foreign key points at no row, over every foreign key of the schema. */
    static VerifyReport.Check foreignKeys(Connection c) throws SQLException {
        List<String[]> fks = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT fk.TABLE_NAME, fk.COLUMN_NAME, pk.TABLE_NAME, pk.COLUMN_NAME"
                        + " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r"
                        + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE fk ON fk.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA"
                        + " AND fk.CONSTRAINT_NAME = r.CONSTRAINT_NAME"
                        + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE pk ON pk.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA"
                        + " AND pk.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME AND pk.ORDINAL_POSITION = fk.POSITION_IN_UNIQUE_CONSTRAINT"
                        + " WHERE r.CONSTRAINT_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                fks.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        long orphans = 0;
        List<String> where = new ArrayList<>();
        for (String[] fk : fks) {
            String sql = "SELECT COUNT(*) FROM \"" + fk[0] + "\" f WHERE f.\"" + fk[1] + "\" IS NOT NULL AND NOT EXISTS"
                    + " (SELECT 1 FROM \"" + fk[2] + "\" p WHERE p.\"" + fk[3] + "\" = f.\"" + fk[1] + "\")";
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                long n = rs.getLong(1);
                if (n > 0) {
                    orphans += n;
                    where.add(fk[0] + "." + fk[1]);
                }
            }
        }
        return new VerifyReport.Check("foreignKeys", orphans == 0,
                orphans == 0 ? fks.size() + " FK, 0" : orphans + " " + String.join(", ", where));
    }

    /** Each summary table equals what a rebuild from the fact tables gives (compared both ways, row for row). */
    static VerifyReport.Check summaries(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String t : SUMMARIES) {
                st.execute("CREATE LOCAL TEMPORARY TABLE saved_" + t + " AS SELECT * FROM " + t);
            }
            Set<Integer> quarters = new HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT DISTINCT quarter FROM sales_q UNION SELECT DISTINCT quarter FROM stores_q"
                    + " UNION SELECT DISTINCT quarter FROM district_quarter_kpi UNION SELECT DISTINCT quarter FROM industry_quarter_kpi"
                    + " UNION SELECT DISTINCT quarter FROM industry_district_kpi")) {
                while (rs.next()) {
                    quarters.add(rs.getInt(1));
                }
            }
            SummaryRepository.rebuild(c, quarters);
            DistrictFeatureRepository.rebuild(c);
            List<String> differing = new ArrayList<>();
            long rows = 0;
            for (String t : SUMMARIES) {
                long diff = count(st, "SELECT COUNT(*) FROM (SELECT * FROM saved_" + t + " EXCEPT SELECT * FROM " + t + ")")
                        + count(st, "SELECT COUNT(*) FROM (SELECT * FROM " + t + " EXCEPT SELECT * FROM saved_" + t + ")");
                rows += count(st, "SELECT COUNT(*) FROM saved_" + t);
                if (diff > 0) {
                    differing.add(t + " (" + diff + ")");
                }
            }
            return new VerifyReport.Check("summaries", differing.isEmpty(),
                    differing.isEmpty() ? rows + " rows" : String.join(", ", differing));
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /** Every current model in the {@code model} table still deserializes. */
    static VerifyReport.Check models(Database db) throws SQLException {
        long stored;
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            stored = count(st, "SELECT COUNT(*) FROM model WHERE is_current = TRUE");
        }
        int loaded = new ModelStore(db).loadCurrent().size();
        return new VerifyReport.Check("models", loaded == stored, loaded + "/" + stored);
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // a temp folder the OS cleans up
                }
            });
        } catch (IOException ignored) {
            // a temp folder the OS cleans up
        }
    }
}
