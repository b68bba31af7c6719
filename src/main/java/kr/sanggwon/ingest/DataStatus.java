package kr.sanggwon.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.store.Database;

/** What is in the database: per dataset its quarters and row counts, and the import history. */
public final class DataStatus {
    private final Database database;

    public DataStatus(Database database) {
        this.database = database;
    }

    /** One table's content at one level. */
    public record TableStatus(String table, String dataset, String level, long rows, Integer minQuarter, Integer maxQuarter,
                              int quarterCount, long districts) {
    }

    public record BatchInfo(long id, String fileName, String dataset, long rowsRead, long rowsImported, long rowsRejected,
                            Integer minQuarter, Integer maxQuarter, String rejectsFile, LocalDateTime finishedAt) {
    }

    public record Snapshot(List<TableStatus> tables, long districtsTrdar, long districtsAdstrd, long districtsFromMaster,
                           long shapes, long industries, long storeListings, Integer latestQuarter, List<BatchInfo> lastImports) {
    }

    public Snapshot snapshot() throws SQLException {
        try (Connection c = database.connection()) {
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
            return new Snapshot(tables,
                    count(c, "SELECT COUNT(*) FROM district WHERE lvl = 'T'"),
                    count(c, "SELECT COUNT(*) FROM district WHERE lvl = 'D'"),
                    count(c, "SELECT COUNT(*) FROM district WHERE from_master = TRUE"),
                    count(c, "SELECT COUNT(*) FROM district_shape"),
                    count(c, "SELECT COUNT(*) FROM industry"),
                    count(c, "SELECT COUNT(*) FROM store_listing"),
                    latest, lastImports(c, 20));
        }
    }

    private static List<BatchInfo> lastImports(Connection c, int limit) throws SQLException {
        List<BatchInfo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, file_name, dataset, rows_read, rows_imported, rows_rejected,"
                + " min_quarter, max_quarter, rejects_file, finished_at FROM import_batch ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new BatchInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        (Integer) rs.getObject(7), (Integer) rs.getObject(8), rs.getString(9),
                        rs.getTimestamp(10).toLocalDateTime()));
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
