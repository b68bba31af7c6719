package kr.sanggwon.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.sanggwon.store.BatchedUpsert;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Transaction;
import kr.sanggwon.store.Upsert;

/**
 * The SQL of the quarterly fact tables as an import writes them: what a table holds before the file starts (is it
 * empty, which quarters), and the batched writer of its rows. SQL failures arrive as {@link DataAccessException}.
 */
final class FactRepository {
    private FactRepository() {
    }

    /**
     * The writer of {@code dataset}'s rows. A row is: district code, [industry code,] quarter ({@link Integer}), lvl,
     * the dataset's measures in order, batch id ({@link Long}).
     */
    static BatchedUpsert writer(Transaction tx, FactDataset dataset) {
        List<String> keys = dataset.perIndustry() ? List.of("district_code", "industry_code", "quarter") : List.of("district_code", "quarter");
        List<String> cols = new ArrayList<>(keys);
        cols.add("lvl");
        List<Class<?>> types = new ArrayList<>();
        for (String k : keys) {
            types.add(k.equals("quarter") ? Integer.class : String.class);
        }
        types.add(String.class);
        for (Column c : dataset.measures()) {
            cols.add(c.db());
            types.add(c.kind().javaType());
        }
        cols.add("batch_id");
        types.add(Long.class);
        return new BatchedUpsert(tx, Upsert.into(dataset.table(), keys, cols), types);
    }

    /** True when {@code table} holds no row. */
    static boolean isEmpty(Transaction tx, String table) {
        return DataAccessException.unchecked(() -> {
            try (Statement st = tx.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT 1 FROM " + table + " FETCH FIRST 1 ROW ONLY")) {
                return !rs.next();
            }
        });
    }

    /**
     * Which quarters a per-industry fact table (sales_q, stores_q) holds, read from its (industry_code, quarter) index
     * by skipping from one distinct key to the next: one index seek per industry × quarter present, never a scan of
     * the rows. An import asks before its first row, so it knows which of its quarters are new to the table.
     */
    static Set<Integer> quartersPresent(Transaction tx, String table) {
        return DataAccessException.unchecked(() -> quartersPresent(tx.connection(), table));
    }

    private static Set<Integer> quartersPresent(Connection c, String table) throws SQLException {
        Set<Integer> quarters = new HashSet<>();
        try (PreparedStatement nextIndustry = c.prepareStatement("SELECT industry_code FROM " + table
                + " WHERE industry_code > ? ORDER BY industry_code FETCH FIRST 1 ROW ONLY");
             PreparedStatement nextQuarter = c.prepareStatement("SELECT quarter FROM " + table
                     + " WHERE industry_code = ? AND quarter > ? ORDER BY industry_code, quarter FETCH FIRST 1 ROW ONLY")) {
            String industry = next(nextIndustry, "");
            while (industry != null) {
                int quarter = Integer.MIN_VALUE;
                while (true) {
                    nextQuarter.setString(1, industry);
                    nextQuarter.setInt(2, quarter);
                    try (ResultSet rs = nextQuarter.executeQuery()) {
                        if (!rs.next()) {
                            break;
                        }
                        quarter = rs.getInt(1);
                    }
                    quarters.add(quarter);
                }
                industry = next(nextIndustry, industry);
            }
        }
        return quarters;
    }

    private static String next(PreparedStatement ps, String after) throws SQLException {
        ps.setString(1, after);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
