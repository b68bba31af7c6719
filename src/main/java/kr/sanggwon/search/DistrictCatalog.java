package kr.sanggwon.search;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.store.Database;

/**
 * The 상권 (level T) of the {@code district} table, loaded once and kept until an import changes the data (checked
 * with one cheap query: the last import batch and the district count).
 */
public final class DistrictCatalog {
    private final Database database;
    private String stamp;
    private DistrictSearch search;

    public DistrictCatalog(Database database) {
        this.database = database;
    }

    /** The search over the current catalog; reloads only when the data changed since the last call. */
    public synchronized DistrictSearch search() throws SQLException {
        try (Connection c = database.connection()) {
            String now = stamp(c);
            if (search == null || !now.equals(stamp)) {
                search = new DistrictSearch(load(c));
                stamp = now;
            }
            return search;
        }
    }

    private static String stamp(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT COALESCE(MAX(id), 0) FROM import_batch),"
                     + " (SELECT COUNT(*) FROM district WHERE lvl = 'T')")) {
            rs.next();
            return rs.getLong(1) + ":" + rs.getLong(2);
        }
    }

    static List<DistrictEntry> load(Connection c) throws SQLException {
        List<DistrictEntry> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT code, name, type_code, type_name, gu_name, dong_name, x_tm, y_tm"
                     + " FROM district WHERE lvl = 'T' ORDER BY code")) {
            while (rs.next()) {
                out.add(new DistrictEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8)));
            }
        }
        return out;
    }
}
