package kr.sanggwon.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import kr.sanggwon.common.UserException;
import kr.sanggwon.ingest.DistrictFeatureRepository;
import kr.sanggwon.ingest.SummaryRepository;
import kr.sanggwon.sample.SampleCodes;
import kr.sanggwon.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A data folder from before workspaces (docs/decisions/0007-workspaces.md): it holds the sample, real data, or
 * both mixed. Adopting it decides its kind once and writes the marker: nothing or only sample rows → the sample
 * workspace; any real row → the user's own workspace, from which the sample's rows (fictional district codes,
 * {@link SampleCodes}) and the import records of the sample files are removed in one transaction, the summaries
 * rebuilt and the models dropped (they were trained on both; the app retrains them).
 */
final class LegacyWorkspace {
    /** Tables keyed by a district code, raw facts and per-district summaries. */
    static final List<String> BY_DISTRICT = List.of("sales_q", "stores_q", "population_q", "resident_q", "worker_q", "income_q",
            "facility_q", "change_q", "apartment_q", "district_quarter_kpi", "industry_district_kpi", "district_feature",
            "district_shape");
    /** Tables whose rows name the import batch that wrote them. */
    private static final List<String> WITH_BATCH = List.of("sales_q", "stores_q", "population_q", "resident_q", "worker_q",
            "income_q", "facility_q", "change_q", "apartment_q", "district_shape");
    private static final Logger LOG = LoggerFactory.getLogger(LegacyWorkspace.class);

    /** The kind decided, and how many sample rows were removed from a mixed folder (0 otherwise). */
    record Adopted(WorkspaceKind kind, long sampleRowsRemoved) {
    }

    private LegacyWorkspace() {
    }

    static Adopted adopt(Path folder) {
        try (Database db = Database.open(folder)) {
            WorkspaceMarker marker = new WorkspaceMarker(db);
            var existing = marker.read();
            if (existing.isPresent()) {
                return new Adopted(existing.get().kind(), 0);
            }
            return db.inTransaction(LegacyWorkspace::classify);
        } catch (SQLException e) {
            throw new UserException("workspace.error.database", e.getMessage());
        }
    }

    private static Adopted classify(Connection c) throws SQLException {
        Set<String> tables = tables(c);
        long real = count(c, "SELECT COUNT(*) FROM district WHERE NOT " + SampleCodes.sqlCondition("code"))
                + (tables.contains("store_listing") ? count(c, "SELECT COUNT(*) FROM store_listing WHERE NOT "
                + SampleCodes.sqlCondition("dong_code")) : 0);
        if (real == 0) {
            WorkspaceRepository.mark(c, WorkspaceKind.SAMPLE, null);
            LOG.info("data folder of the previous version holds only the sample: kept as the sample workspace");
            return new Adopted(WorkspaceKind.SAMPLE, 0);
        }
        long removed = removeSample(c, tables);
        WorkspaceRepository.mark(c, WorkspaceKind.OWN, null);
        LOG.info("data folder of the previous version holds real data: kept as an own workspace, {} sample rows removed", removed);
        return new Adopted(WorkspaceKind.OWN, removed);
    }

    private static long removeSample(Connection c, Set<String> tables) throws SQLException {
        Set<Long> sampleBatches = new HashSet<>();
        Set<Long> realBatches = new HashSet<>();
        for (String t : WITH_BATCH) {
            if (tables.contains(t)) {
                collect(c, "SELECT DISTINCT batch_id FROM " + t + " WHERE " + SampleCodes.sqlCondition("district_code"), sampleBatches);
                collect(c, "SELECT DISTINCT batch_id FROM " + t + " WHERE NOT " + SampleCodes.sqlCondition("district_code"), realBatches);
            }
        }
        collect(c, "SELECT DISTINCT batch_id FROM store_listing WHERE " + SampleCodes.sqlCondition("dong_code"), sampleBatches);
        collect(c, "SELECT DISTINCT batch_id FROM store_listing WHERE NOT " + SampleCodes.sqlCondition("dong_code"), realBatches);
        collect(c, "SELECT DISTINCT batch_id FROM district WHERE " + SampleCodes.sqlCondition("code"), sampleBatches);
        collect(c, "SELECT DISTINCT batch_id FROM district WHERE NOT " + SampleCodes.sqlCondition("code"), realBatches);
        sampleBatches.removeAll(realBatches);
        if (sampleBatches.isEmpty() && count(c, "SELECT COUNT(*) FROM district WHERE " + SampleCodes.sqlCondition("code")) == 0) {
            return 0;
        }
        Set<Integer> quarters = new TreeSet<>();
        long removed = 0;
        try (Statement st = c.createStatement()) {
            for (String t : BY_DISTRICT) {
                if (tables.contains(t)) {
                    removed += st.executeUpdate("DELETE FROM " + t + " WHERE " + SampleCodes.sqlCondition("district_code"));
                }
            }
            removed += st.executeUpdate("DELETE FROM store_listing WHERE " + SampleCodes.sqlCondition("dong_code"));
            removed += st.executeUpdate("DELETE FROM district WHERE " + SampleCodes.sqlCondition("code"));
            for (Long id : sampleBatches) {
                st.executeUpdate("DELETE FROM import_batch WHERE id = " + id);
            }
            // every summary of every quarter: industry_quarter_kpi sums over all districts, the sample's included
            for (String t : List.of("district_quarter_kpi", "industry_quarter_kpi", "industry_district_kpi")) {
                st.executeUpdate("DELETE FROM " + t);
            }
            if (tables.contains("model")) {
                st.executeUpdate("DELETE FROM model");
            }
        }
        collectQuarters(c, "SELECT DISTINCT quarter FROM sales_q UNION SELECT DISTINCT quarter FROM stores_q", quarters);
        SummaryRepository.rebuild(c, quarters);
        DistrictFeatureRepository.rebuild(c);
        return removed;
    }

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> present = new HashSet<>();
        try (ResultSet rs = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (rs.next()) {
                present.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return present;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void collect(Connection c, String sql, Set<Long> into) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (!rs.wasNull()) {
                    into.add(id);
                }
            }
        }
    }

    private static void collectQuarters(Connection c, String sql, Set<Integer> into) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                into.add(rs.getInt(1));
            }
        }
    }
}
