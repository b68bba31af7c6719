package kr.sanggwon.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.common.Level;
import kr.sanggwon.ingest.DataStatus.BatchInfo;
import kr.sanggwon.ingest.DataStatus.DatasetStatus;
import kr.sanggwon.ingest.DataStatus.Snapshot;
import kr.sanggwon.ingest.DataStatus.TableStatus;

/** The SQL behind {@link DataStatus}: row counts and quarters per dataset, and the import history (import_batch). */
final class DataStatusRepository {
    private DataStatusRepository() {
    }

    /** What the database behind {@code c} holds now (see {@link DataStatus#snapshot()}). */
    static Snapshot snapshot(Connection c) throws SQLException {
        List<TableStatus> tables = new ArrayList<>();
        Integer latest = null;
        for (FactDataset d : FactDataset.values()) {
            String sql = "SELECT lvl, COUNT(*), MIN(quarter), MAX(quarter), COUNT(DISTINCT quarter), COUNT(DISTINCT district_code)"
                    + " FROM " + d.table() + " GROUP BY lvl ORDER BY lvl DESC";
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    Level level = Level.ofCode(rs.getString(1).charAt(0));
                    int max = rs.getInt(4);
                    tables.add(new TableStatus(d.table(), d.officialName(level), String.valueOf(level.code()), rs.getLong(2),
                            rs.getInt(3), max, rs.getInt(5), rs.getLong(6)));
                    if (d == FactDataset.SALES || d == FactDataset.STORES) {
                        latest = latest == null ? max : Math.max(latest, max);
                    }
                }
            }
        }
        return new Snapshot(datasets(c), tables,
                count(c, "SELECT COUNT(*) FROM district WHERE lvl = 'T'"),
                count(c, "SELECT COUNT(*) FROM district WHERE lvl = 'D'"),
                count(c, "SELECT COUNT(*) FROM district WHERE from_master = TRUE"),
                count(c, "SELECT COUNT(*) FROM district_shape"),
                count(c, "SELECT COUNT(*) FROM industry"),
                count(c, "SELECT COUNT(*) FROM store_listing"),
                latest, lastImports(c, 100));
    }

    private static List<BatchInfo> lastImports(Connection c, int limit) throws SQLException {
        List<BatchInfo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, file_name, dataset, encoding, rows_read, rows_imported,"
                + " rows_rejected, min_quarter, max_quarter, quarters, rejects_file, finished_at, lvl FROM import_batch"
                + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new BatchInfo(rs.getLong(1), rs.getString(2), rs.getString(3), DataStatus.officialName(rs.getString(3)), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), (Integer) rs.getObject(8), (Integer) rs.getObject(9),
                        DataStatus.quarterList(rs.getString(10)), rs.getString(11), rs.getTimestamp(12).toLocalDateTime()));
            }
        }
        return out;
    }

    private static List<DatasetStatus> datasets(Connection c) throws SQLException {
        List<DatasetStatus> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT dataset, COUNT(*) FROM import_batch WHERE dataset <> '' GROUP BY dataset ORDER BY dataset")) {
            while (rs.next()) {
                out.add(dataset(c, rs.getString(1), rs.getInt(2)));
            }
        }
        return out;
    }

    private static DatasetStatus dataset(Connection c, String id, int files) throws SQLException {
        String name = DataStatus.officialName(id);
        switch (id) {
            case "AREA_TRDAR":
                return new DatasetStatus(id, name, "district", count(c, "SELECT COUNT(*) FROM district WHERE lvl = 'T' AND from_master = TRUE"),
                        List.of(), List.of(), files);
            case "AREA_ADSTRD":
                return new DatasetStatus(id, name, "district", count(c, "SELECT COUNT(*) FROM district WHERE lvl = 'D' AND from_master = TRUE"),
                        List.of(), List.of(), files);
            case "SEMAS_STORES":
                return new DatasetStatus(id, name, "store_listing", count(c, "SELECT COUNT(*) FROM store_listing"), List.of(),
                        strings(c, "SELECT DISTINCT release_tag FROM store_listing WHERE release_tag IS NOT NULL ORDER BY release_tag"), files);
            default:
                break;
        }
        char lvl = id.charAt(id.length() - 1);
        if (id.startsWith("SHAPE_")) {
            return new DatasetStatus(id, name, "district_shape", count(c, "SELECT COUNT(*) FROM district_shape s JOIN district d"
                    + " ON d.code = s.district_code WHERE d.lvl = '" + lvl + "'"), List.of(), List.of(), files);
        }
        FactDataset fact = FactDataset.valueOf(id.substring(0, id.length() - 2));
        List<Integer> quarters = new ArrayList<>();
        for (String q : strings(c, "SELECT DISTINCT quarter FROM " + fact.table() + " WHERE lvl = '" + lvl + "' ORDER BY quarter")) {
            quarters.add(Integer.parseInt(q));
        }
        return new DatasetStatus(id, name, fact.table(), count(c, "SELECT COUNT(*) FROM " + fact.table() + " WHERE lvl = '" + lvl + "'"),
                quarters, List.of(), files);
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
