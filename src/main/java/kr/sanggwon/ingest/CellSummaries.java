package kr.sanggwon.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.sanggwon.store.SqlDialect;
import kr.sanggwon.store.Upsert;

/**
 * Keeps the three summaries of the per-industry datasets (district × quarter, industry × quarter, industry × district)
 * up to date while a 추정매출 or 점포 file streams past, instead of re-reading its rows afterwards.
 *
 * <p>For a quarter the table did not hold before the file ("new quarter"), the file's rows are all the table's rows
 * of that quarter, so their sums are exact. The other dataset's share comes from the summaries themselves, which hold
 * exactly that dataset for such a quarter: its cells from {@code industry_district_kpi} (read once per industry ×
 * quarter) and its district totals from {@code district_quarter_kpi}. Cell rows are written as the rows stream; the
 * district and industry rows when the file ends. For a quarter the table already held, or when the file repeats a
 * key, the touched keys of that quarter (its districts, its industries and their cells, nothing else) are recomputed
 * in SQL by {@link SummaryBuilder#rebuildKeys}. Either way the result is what {@link SummaryBuilder#rebuild} leaves.
 */
final class CellSummaries {
    private static final String[] STORE_SUMS = {"stores", "open_count", "close_count", "franchise"};

    private final Connection connection;
    private final boolean sales;
    private final Set<Integer> quartersBefore;
    private final int[] sumIdx;
    private final int cellIdx;
    private final Map<Integer, Quarter> quarters = new HashMap<>();
    private final BatchedUpsert cells;

    /** Sums of one district (sales) or one industry (sales and stores) in one new quarter. */
    private static final class Sums {
        final long[] sum;
        final boolean[] any;
        char lvl;
        int rows;
        int matched;
        long other;
        boolean anyOther;

        Sums(int n) {
            sum = new long[n];
            any = new boolean[n];
        }

        void add(int i, Object v) {
            if (v != null) {
                sum[i] += ((Number) v).longValue();
                any[i] = true;
            }
        }

        Long get(int i) {
            return any[i] ? sum[i] : null;
        }
    }

    /** What a file touched in one quarter. */
    private static final class Quarter {
        final boolean isNew;
        final Set<String> districts = new HashSet<>();
        final Set<String> industries = new HashSet<>();
        final Map<String, Sums> byDistrict = new HashMap<>();
        final Map<String, Sums> byIndustry = new HashMap<>();
        /** The other dataset's cells per industry and level: district → [sales_amt, stores]. */
        final Map<String, Map<String, Long[]>> otherCells = new HashMap<>();

        Quarter(boolean isNew) {
            this.isNew = isNew;
        }
    }

    CellSummaries(Connection connection, FactDataset dataset, Set<Integer> quartersBefore) throws SQLException {
        this.connection = connection;
        this.sales = dataset == FactDataset.SALES;
        this.quartersBefore = quartersBefore;
        List<String> wanted = sales
                ? concat(List.of("sales_amt", "sales_cnt"), SummaryBuilder.PROFILE) : List.of(STORE_SUMS);
        List<Column> measures = dataset.measures();
        this.sumIdx = new int[wanted.size()];
        for (int i = 0; i < wanted.size(); i++) {
            sumIdx[i] = indexOf(measures, wanted.get(i));
        }
        this.cellIdx = indexOf(measures, sales ? "sales_amt" : "stores");
        this.cells = new BatchedUpsert(connection, "industry_district_kpi", List.of("industry_code", "lvl", "quarter", "district_code"),
                List.of("industry_code", "lvl", "quarter", "district_code", "sales_amt", "stores"),
                new int[] {Types.VARCHAR, Types.CHAR, Types.INTEGER, Types.VARCHAR, Types.BIGINT, Types.BIGINT});
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static int indexOf(List<Column> measures, String db) {
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).db().equals(db)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + db);
    }

    /** True when no row of {@code quarter} was in the table before this file: its rows can go in with INSERT. */
    boolean isNew(int quarter) {
        return !quartersBefore.contains(quarter);
    }

    /** One accepted row (after {@link FactDataset#derive}); {@code values} are the dataset's measures in order. */
    void add(String district, String industry, int quarter, char lvl, Object[] values) throws SQLException {
        Quarter q = quarters.computeIfAbsent(quarter, k -> new Quarter(isNew(k)));
        q.districts.add(district);
        q.industries.add(industry);
        if (!q.isNew) {
            return;
        }
        Long[] other = otherCells(q, industry, lvl, quarter).get(district);
        Long mine = (Long) values[cellIdx];
        Long otherValue = other == null ? null : other[sales ? 1 : 0];
        cells.add(new Object[] {industry, String.valueOf(lvl), quarter, district, sales ? mine : otherValue, sales ? otherValue : mine},
                other == null);

        Sums d = q.byDistrict.computeIfAbsent(district, k -> new Sums(sumIdx.length));
        d.lvl = lvl;
        d.rows++;
        if (other != null) {
            d.matched++;
        }
        Sums i = q.byIndustry.computeIfAbsent(industry + '\t' + lvl, k -> new Sums(sumIdx.length));
        i.lvl = lvl;
        i.rows++;
        for (int k = 0; k < sumIdx.length; k++) {
            Object v = values[sumIdx[k]];
            d.add(k, v);
            if (sales) {
                i.add(k, v);
            }
        }
        if (other != null) {
            // industry × quarter carries the stores of the cells that have sales
            Long stores = sales ? otherValue : mine;
            i.matched++;
            if (stores != null) {
                i.other += stores;
                i.anyOther = true;
            }
        }
    }

    private Map<String, Long[]> otherCells(Quarter q, String industry, char lvl, int quarter) throws SQLException {
        String key = industry + '\t' + lvl;
        Map<String, Long[]> found = q.otherCells.get(key);
        if (found != null) {
            return found;
        }
        found = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT district_code, sales_amt, stores FROM industry_district_kpi"
                + " WHERE industry_code = ? AND lvl = ? AND quarter = ?")) {
            ps.setString(1, industry);
            ps.setString(2, String.valueOf(lvl));
            ps.setInt(3, quarter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new Long[] {nullable(rs, 2), nullable(rs, 3)});
                }
            }
        }
        q.otherCells.put(key, found);
        return found;
    }

    private static Long nullable(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    /** Writes the district and industry rows; {@code repeatedKey}: the file listed a key twice, so recompute in SQL. */
    void finish(boolean repeatedKey) throws SQLException {
        cells.flush();
        cells.close();
        for (Map.Entry<Integer, Quarter> e : quarters.entrySet()) {
            Quarter q = e.getValue();
            if (!q.isNew || repeatedKey) {
                SummaryBuilder.rebuildKeys(connection, e.getKey(), q.districts, q.industries);
            } else {
                writeDistricts(e.getKey(), q);
                writeIndustries(e.getKey(), q);
            }
        }
    }

    private void writeDistricts(int quarter, Quarter q) throws SQLException {
        Map<String, Object[]> before = new HashMap<>();
        Set<Character> levels = new HashSet<>();
        q.byDistrict.values().forEach(s -> levels.add(s.lvl));
        for (char lvl : levels) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT district_code, lvl, industries, sales_amt, sales_cnt,"
                    + " stores, open_count, close_count, franchise FROM district_quarter_kpi WHERE lvl = ? AND quarter = ?")) {
                ps.setString(1, String.valueOf(lvl));
                ps.setInt(2, quarter);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[8];
                        row[0] = rs.getString(2);
                        row[1] = rs.getInt(3);
                        for (int k = 2; k < 8; k++) {
                            row[k] = nullable(rs, k + 2);
                        }
                        before.put(rs.getString(1), row);
                    }
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(SqlDialect.of(connection).upsert(
                Upsert.into("district_quarter_kpi", List.of("district_code", "quarter"), List.of("district_code", "quarter", "lvl",
                        "industries", "sales_amt", "sales_cnt", "stores", "open_count", "close_count", "franchise"))))) {
            for (Map.Entry<String, Sums> d : q.byDistrict.entrySet()) {
                Sums s = d.getValue();
                Object[] old = before.get(d.getKey());
                String lvl = String.valueOf(s.lvl);
                if (old != null && ((String) old[0]).compareTo(lvl) > 0) {
                    lvl = (String) old[0];
                }
                ps.setString(1, d.getKey());
                ps.setInt(2, quarter);
                ps.setString(3, lvl);
                ps.setInt(4, (old == null ? 0 : (Integer) old[1]) + s.rows - s.matched);
                // sales: this file's sums and the stores already there; stores: the other way round
                for (int k = 0; k < 6; k++) {
                    boolean mine = sales ? k < 2 : k >= 2;
                    Long v = mine ? s.get(sales ? k : k - 2) : old == null ? null : (Long) old[2 + k];
                    setLong(ps, 5 + k, v);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeIndustries(int quarter, Quarter q) throws SQLException {
        if (sales) {
            List<String> cols = concat(List.of("sales_amt", "sales_cnt"), SummaryBuilder.PROFILE);
            try (PreparedStatement ps = connection.prepareStatement(SqlDialect.of(connection).upsert(
                    Upsert.into("industry_quarter_kpi", List.of("industry_code", "lvl", "quarter"),
                            concat(List.of("industry_code", "lvl", "quarter", "cells"), concat(cols, List.of("stores"))))))) {
                for (Map.Entry<String, Sums> e : q.byIndustry.entrySet()) {
                    Sums s = e.getValue();
                    ps.setString(1, e.getKey().substring(0, e.getKey().indexOf('\t')));
                    ps.setString(2, String.valueOf(s.lvl));
                    ps.setInt(3, quarter);
                    ps.setInt(4, s.rows);
                    for (int k = 0; k < cols.size(); k++) {
                        setLong(ps, 5 + k, s.get(k));
                    }
                    setLong(ps, 5 + cols.size(), s.anyOther ? s.other : null);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return;
        }
        // stores: only the stores of cells that have sales change; industries without sales have no row
        try (PreparedStatement ps = connection.prepareStatement("UPDATE industry_quarter_kpi SET stores = ?"
                + " WHERE industry_code = ? AND lvl = ? AND quarter = ?")) {
            for (Map.Entry<String, Sums> e : q.byIndustry.entrySet()) {
                Sums s = e.getValue();
                if (s.matched == 0) {
                    continue;
                }
                setLong(ps, 1, s.anyOther ? s.other : null);
                ps.setString(2, e.getKey().substring(0, e.getKey().indexOf('\t')));
                ps.setString(3, String.valueOf(s.lvl));
                ps.setInt(4, quarter);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }
}
