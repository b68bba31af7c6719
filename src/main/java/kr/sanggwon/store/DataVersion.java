package kr.sanggwon.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The data version: the id of the latest import batch (0 when nothing was imported). It goes up with every import,
 * so caches and stored models compare it to know whether the data they were built from is still current.
 */
public final class DataVersion {
    private DataVersion() {
    }

    /** The version read on an open connection (so it matches what that connection reads next). */
    public static long read(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM import_batch")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
