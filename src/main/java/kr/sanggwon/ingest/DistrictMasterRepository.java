package kr.sanggwon.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import kr.sanggwon.store.BatchedUpsert;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Transaction;
import kr.sanggwon.store.Upsert;

/**
 * The SQL of the district, district_shape and industry tables as an import writes them. It keeps the district table
 * complete whatever order files come in: a fact file adds districts it names that are not known yet (as stubs), and
 * the 영역 master file (CSV, JSON or shapefile) later fills in the rest. Master data is never overwritten by a stub.
 * SQL failures arrive as {@link DataAccessException}.
 */
final class DistrictMasterRepository {
    private DistrictMasterRepository() {
    }

    /**
     * The writer of 영역-상권 master rows: code, name, type code, type name, 자치구 code, 자치구 name, 행정동 code,
     * 행정동 name, x ({@link Integer}), y ({@link Integer}), area ({@link Long}), batch id ({@link Long}).
     */
    static BatchedUpsert trdarWriter(Transaction tx) {
        return new BatchedUpsert(tx, Upsert.into("district", List.of("code"), List.of("code", "lvl", "name", "type_code", "type_name",
                        "gu_code", "gu_name", "dong_code", "dong_name", "x_tm", "y_tm", "area_m2", "from_master", "batch_id"))
                .withValue("lvl", "'T'").withValue("from_master", "TRUE"),
                List.of(String.class, String.class, String.class, String.class, String.class, String.class, String.class,
                        String.class, Integer.class, Integer.class, Long.class, Long.class), Integer.MAX_VALUE);
    }

    /**
     * The writer of 영역-행정동 master rows: code, name, 자치구 code, 행정동 code, 행정동 name, x ({@link Integer}),
     * y ({@link Integer}), area ({@link Long}), batch id ({@link Long}).
     */
    static BatchedUpsert adstrdWriter(Transaction tx) {
        return new BatchedUpsert(tx, Upsert.into("district", List.of("code"), List.of("code", "lvl", "name", "gu_code", "dong_code",
                        "dong_name", "x_tm", "y_tm", "area_m2", "from_master", "batch_id"))
                .withValue("lvl", "'D'").withValue("from_master", "TRUE"),
                List.of(String.class, String.class, String.class, String.class, String.class, Integer.class, Integer.class,
                        Long.class, Long.class), Integer.MAX_VALUE);
    }

    /**
     * The writer of district boundaries, executed at each {@link BatchedUpsert#flush}: district code, parts ({@link Integer}),
     * points ({@link Integer}), min x, min y, max x, max y ({@link Double}), geometry ({@code byte[]}), batch id.
     */
    static BatchedUpsert shapeWriter(Transaction tx) {
        return new BatchedUpsert(tx, Upsert.into("district_shape", List.of("district_code"), List.of("district_code", "parts", "points",
                        "min_x", "min_y", "max_x", "max_y", "geometry", "batch_id")),
                List.of(String.class, Integer.class, Integer.class, Double.class, Double.class, Double.class, Double.class,
                        byte[].class, Long.class), Integer.MAX_VALUE);
    }

    /** As {@link #addStubs(Connection, Collection, long)} in the import's transaction. */
    static List<String> addStubs(Transaction tx, Collection<DistrictStub> stubs, long batchId) {
        return DataAccessException.unchecked(() -> addStubs(tx.connection(), stubs, batchId));
    }

    /** As {@link #completeDerived(Connection)} in the import's transaction. */
    static void completeDerived(Transaction tx) {
        DataAccessException.unchecked(() -> {
            completeDerived(tx.connection());
            return null;
        });
    }

    /** As {@link #addIndustries(Connection, Map)} in the import's transaction. */
    static void addIndustries(Transaction tx, Map<String, String> industries) {
        DataAccessException.unchecked(() -> {
            addIndustries(tx.connection(), industries);
            return null;
        });
    }

    /**
     * Adds unknown districts; refreshes names of stubs that no master file has completed yet. Returns the codes it
     * added.
     */
    private static List<String> addStubs(Connection c, Collection<DistrictStub> stubs, long batchId) throws SQLException {
        List<String> added = new ArrayList<>();
        if (stubs.isEmpty()) {
            return added;
        }
        Map<String, Boolean> existing = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, from_master FROM district");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                existing.put(rs.getString(1), rs.getBoolean(2));
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO district (code, lvl, name, type_code, type_name, gu_code, gu_name, dong_code, dong_name,"
                        + " x_tm, y_tm, area_m2, from_master, batch_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,FALSE,?)");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE district SET name = ?, type_code = COALESCE(?, type_code), type_name = COALESCE(?, type_name)"
                             + " WHERE code = ? AND from_master = FALSE")) {
            for (DistrictStub s : stubs) {
                Boolean master = existing.get(s.code());
                if (master == null) {
                    insert.setString(1, s.code());
                    insert.setString(2, String.valueOf(s.lvl()));
                    insert.setString(3, s.name() == null || s.name().isBlank() ? s.code() : s.name());
                    insert.setString(4, s.typeCode());
                    insert.setString(5, s.typeName());
                    insert.setString(6, s.guCode());
                    insert.setString(7, s.guName());
                    insert.setString(8, s.dongCode());
                    insert.setString(9, s.dongName());
                    setInt(insert, 10, s.x());
                    setInt(insert, 11, s.y());
                    if (s.area() == null) {
                        insert.setNull(12, Types.BIGINT);
                    } else {
                        insert.setLong(12, s.area());
                    }
                    insert.setLong(13, batchId);
                    insert.addBatch();
                    added.add(s.code());
                } else if (!master && s.name() != null && !s.name().isBlank()) {
                    update.setString(1, s.name());
                    update.setString(2, s.typeCode());
                    update.setString(3, s.typeName());
                    update.setString(4, s.code());
                    update.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
        completeDerived(c);
        return added;
    }

    /**
     * Fills what one master file can tell about rows of the other level, whichever came first: a 행정동 gets its
     * 자치구 name from the 상권 of the same 자치구 code. Run at the end of every import that adds districts.
     */
    private static void completeDerived(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE district d SET gu_name = (SELECT MAX(t.gu_name) FROM district t"
                    + " WHERE t.lvl = 'T' AND t.gu_code = d.gu_code) WHERE d.lvl = 'D' AND d.gu_name IS NULL"
                    + " AND EXISTS (SELECT 1 FROM district t WHERE t.lvl = 'T' AND t.gu_code = d.gu_code AND t.gu_name IS NOT NULL)");
        }
    }

    /** Adds unknown industries; a name that lost its characters to '?' never replaces a good one. */
    private static void addIndustries(Connection c, Map<String, String> industries) throws SQLException {
        if (industries.isEmpty()) {
            return;
        }
        Map<String, String> existing = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name FROM industry");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                existing.put(rs.getString(1), rs.getString(2));
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO industry (code, name) VALUES (?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE industry SET name = ? WHERE code = ?")) {
            for (Map.Entry<String, String> e : industries.entrySet()) {
                String old = existing.get(e.getKey());
                String name = e.getValue() == null || e.getValue().isBlank() ? e.getKey() : e.getValue();
                if (old == null) {
                    insert.setString(1, e.getKey());
                    insert.setString(2, name);
                    insert.addBatch();
                } else if (!old.equals(name) && name.indexOf('?') < 0) {
                    update.setString(1, name);
                    update.setString(2, e.getKey());
                    update.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
