package kr.sanggwon.search;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.store.Database;

/**
 * The 상권 (level T) of the {@code district} table, loaded once and kept until the data changes (the database's
 * change event: an import, a sample load or reset, a change found on a shared database; ADR 0020).
 */
public final class DistrictCatalog {
    private final Database database;
    private DistrictSearch search;

    public DistrictCatalog(Database database) {
        this.database = database;
        database.versions().subscribe(change -> forget());
    }

    /** The search over the current catalog; loads it on the first call after the data changed. */
    public synchronized DistrictSearch search() throws SQLException {
        if (search == null) {
            try (Connection c = database.connection()) {
                search = new DistrictSearch(load(c));
            }
        }
        return search;
    }

    private synchronized void forget() {
        search = null;
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
