package kr.sanggwon.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.common.Level;
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

    /** One committed import: {@code dataset} is the stable id (SALES_T …), {@code datasetName} the official name. */
    public record BatchInfo(long id, String fileName, String dataset, String datasetName, String encoding, long rowsRead,
                            long rowsImported, long rowsRejected, Integer minQuarter, Integer maxQuarter, List<Integer> quarters,
                            String rejectsFile, LocalDateTime finishedAt) {
    }

    /**
     * What the database holds per dataset that was imported: rows now in its table (at its level), the quarters
     * present (empty for masters), and for SEMAS the release tags.
     */
    public record DatasetStatus(String id, String name, String table, long rows, List<Integer> quarters, List<String> releases,
                                int files) {
    }

    public record Snapshot(List<DatasetStatus> datasets, List<TableStatus> tables, long districtsTrdar, long districtsAdstrd,
                           long districtsFromMaster, long shapes, long industries, long storeListings, Integer latestQuarter,
                           List<BatchInfo> lastImports) {
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
            return new Snapshot(datasets(c), tables,
                    count(c, "SELECT COUNT(*) FROM district WHERE lvl = 'T'"),
                    count(c, "SELECT COUNT(*) FROM district WHERE lvl = 'D'"),
                    count(c, "SELECT COUNT(*) FROM district WHERE from_master = TRUE"),
                    count(c, "SELECT COUNT(*) FROM district_shape"),
                    count(c, "SELECT COUNT(*) FROM industry"),
                    count(c, "SELECT COUNT(*) FROM store_listing"),
                    latest, lastImports(c, 100));
        }
    }

    private static List<BatchInfo> lastImports(Connection c, int limit) throws SQLException {
        List<BatchInfo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, file_name, dataset, encoding, rows_read, rows_imported,"
                + " rows_rejected, min_quarter, max_quarter, quarters, rejects_file, finished_at, lvl FROM import_batch"
                + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new BatchInfo(rs.getLong(1), rs.getString(2), rs.getString(3), officialName(rs.getString(3)), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), (Integer) rs.getObject(8), (Integer) rs.getObject(9),
                        quarterList(rs.getString(10)), rs.getString(11), rs.getTimestamp(12).toLocalDateTime()));
            }
        }
        return out;
    }

    private static List<Integer> quarterList(String csv) {
        List<Integer> out = new ArrayList<>();
        if (csv != null && !csv.isBlank()) {
            for (String q : csv.split(",")) {
                out.add(Integer.parseInt(q.strip()));
            }
        }
        return out;
    }

    /** Official name of a stored dataset id (SALES_T → 추정매출-상권, AREA_ADSTRD → 영역-행정동 …). */
    static String officialName(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        int cut = id.lastIndexOf('_');
        if (cut > 0 && id.length() - cut == 2) {
            String head = id.substring(0, cut);
            Level level = Level.ofCode(id.charAt(cut + 1));
            if (head.equals("SHAPE")) {
                return new DetectedFile(DetectedFile.Kind.SHAPE, null, level).officialName();
            }
            for (FactDataset d : FactDataset.values()) {
                if (d.name().equals(head)) {
                    return d.officialName(level);
                }
            }
        }
        for (DetectedFile.Kind k : DetectedFile.Kind.values()) {
            if (k.name().equals(id) && k != DetectedFile.Kind.FACT && k != DetectedFile.Kind.SHAPE) {
                return new DetectedFile(k, null, null).officialName();
            }
        }
        return id;
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
        String name = officialName(id);
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
