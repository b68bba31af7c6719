package kr.sanggwon.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.sanggwon.store.BatchedUpsert;
import kr.sanggwon.store.Transaction;

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
 * in SQL by {@link SummaryRepository#rebuildKeys}. Either way the result is what {@link SummaryRepository#rebuild} leaves.
 */
final class CellSummaries {
    private static final String[] STORE_SUMS = {"stores", "open_count", "close_count", "franchise"};

    private final Transaction transaction;
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

    CellSummaries(Transaction transaction, FactDataset dataset, Set<Integer> quartersBefore) {
        this.transaction = transaction;
        this.sales = dataset == FactDataset.SALES;
        this.quartersBefore = quartersBefore;
        List<String> wanted = sales
                ? concat(List.of("sales_amt", "sales_cnt"), SummaryRepository.PROFILE) : List.of(STORE_SUMS);
        List<Column> measures = dataset.measures();
        this.sumIdx = new int[wanted.size()];
        for (int i = 0; i < wanted.size(); i++) {
            sumIdx[i] = indexOf(measures, wanted.get(i));
        }
        this.cellIdx = indexOf(measures, sales ? "sales_amt" : "stores");
        this.cells = SummaryRepository.cellWriter(transaction);
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
    void add(String district, String industry, int quarter, char lvl, Object[] values) {
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

    private Map<String, Long[]> otherCells(Quarter q, String industry, char lvl, int quarter) {
        String key = industry + '\t' + lvl;
        Map<String, Long[]> found = q.otherCells.get(key);
        if (found != null) {
            return found;
        }
        found = SummaryRepository.cells(transaction, industry, lvl, quarter);
        q.otherCells.put(key, found);
        return found;
    }

    /** Writes the district and industry rows; {@code repeatedKey}: the file listed a key twice, so recompute in SQL. */
    void finish(boolean repeatedKey) {
        cells.flush();
        cells.close();
        for (Map.Entry<Integer, Quarter> e : quarters.entrySet()) {
            Quarter q = e.getValue();
            if (!q.isNew || repeatedKey) {
                SummaryRepository.rebuildKeys(transaction, e.getKey(), q.districts, q.industries);
            } else {
                writeDistricts(e.getKey(), q);
                writeIndustries(e.getKey(), q);
            }
        }
    }

    private void writeDistricts(int quarter, Quarter q) {
        Map<String, Object[]> before = new HashMap<>();
        Set<Character> levels = new HashSet<>();
        q.byDistrict.values().forEach(s -> levels.add(s.lvl));
        for (char lvl : levels) {
            before.putAll(SummaryRepository.districtRows(transaction, lvl, quarter));
        }
        BatchedUpsert rows = SummaryRepository.districtWriter(transaction);
        try {
            for (Map.Entry<String, Sums> d : q.byDistrict.entrySet()) {
                Sums s = d.getValue();
                Object[] old = before.get(d.getKey());
                String lvl = String.valueOf(s.lvl);
                if (old != null && ((String) old[0]).compareTo(lvl) > 0) {
                    lvl = (String) old[0];
                }
                Object[] row = new Object[10];
                row[0] = d.getKey();
                row[1] = quarter;
                row[2] = lvl;
                row[3] = (old == null ? 0 : (Integer) old[1]) + s.rows - s.matched;
                // sales: this file's sums and the stores already there; stores: the other way round
                for (int k = 0; k < 6; k++) {
                    boolean mine = sales ? k < 2 : k >= 2;
                    row[4 + k] = mine ? s.get(sales ? k : k - 2) : old == null ? null : (Long) old[2 + k];
                }
                rows.add(row, false);
            }
            rows.flush();
        } finally {
            rows.close();
        }
    }

    private void writeIndustries(int quarter, Quarter q) {
        if (sales) {
            int sums = 2 + SummaryRepository.PROFILE.size();
            BatchedUpsert rows = SummaryRepository.industryWriter(transaction);
            try {
                for (Map.Entry<String, Sums> e : q.byIndustry.entrySet()) {
                    Sums s = e.getValue();
                    Object[] row = new Object[4 + sums + 1];
                    row[0] = e.getKey().substring(0, e.getKey().indexOf('\t'));
                    row[1] = String.valueOf(s.lvl);
                    row[2] = quarter;
                    row[3] = s.rows;
                    for (int k = 0; k < sums; k++) {
                        row[4 + k] = s.get(k);
                    }
                    row[4 + sums] = s.anyOther ? s.other : null;
                    rows.add(row, false);
                }
                rows.flush();
            } finally {
                rows.close();
            }
            return;
        }
        // stores: only the stores of cells that have sales change; industries without sales have no row
        List<Object[]> updates = new ArrayList<>();
        for (Map.Entry<String, Sums> e : q.byIndustry.entrySet()) {
            Sums s = e.getValue();
            if (s.matched == 0) {
                continue;
            }
            updates.add(new Object[] {s.anyOther ? s.other : null, e.getKey().substring(0, e.getKey().indexOf('\t')),
                String.valueOf(s.lvl), quarter});
        }
        SummaryRepository.updateIndustryStores(transaction, updates);
    }
}
