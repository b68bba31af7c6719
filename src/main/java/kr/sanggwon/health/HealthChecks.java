package kr.sanggwon.health;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Quarter;
import kr.sanggwon.ingest.Column;
import kr.sanggwon.store.ReadSession;

/** Runs the data-health checks of one dataset at one level and records what touches which district. */
final class HealthChecks {
    private static final int EXAMPLES = 5;
    private static final int FLAT_MIN_QUARTERS = 4;

    private final ReadSession c;
    final List<HealthReport.DatasetHealth> datasets = new ArrayList<>();
    final List<HealthReport.ColumnIssue> columns = new ArrayList<>();
    final List<HealthReport.SeriesIssue> flat = new ArrayList<>();
    final List<HealthReport.CodeChange> changes = new ArrayList<>();
    final List<HealthReport.MissingDistricts> missing = new ArrayList<>();
    /** district code → dataset ids (e.g. SALES_T) it is missing from / flat in. */
    final Map<String, Set<String>> missingBy = new HashMap<>();
    final Map<String, Set<String>> flatBy = new HashMap<>();

    HealthChecks(ReadSession c) {
        this.c = c;
    }

    void check(HealthSource s, Map<Character, List<String>> masterCodes) {
        for (char lvl : new char[] {'T', 'D'}) {
            Level level = Level.ofCode(lvl);
            String id = s.dataset().name() + "_" + lvl;
            String name = s.dataset().officialName(level);
            TreeMap<Integer, Long> perQuarter = new TreeMap<>();
            Map<String, int[]> spans = new TreeMap<>();
            long rows = scan(s, lvl, perQuarter, spans, id, name);
            if (perQuarter.isEmpty()) {
                continue;
            }
            List<Integer> quarters = new ArrayList<>(perQuarter.keySet());
            datasets.add(new HealthReport.DatasetHealth(id, name, String.valueOf(lvl), rows, spans.size(), quarters,
                    gaps(quarters), quarters.get(quarters.size() - 1), 0));
            codeChanges(id, name, lvl, quarters, spans);
            columnIssues(s, lvl, id, name);
            List<String> master = masterCodes.getOrDefault(lvl, List.of());
            List<String> absent = master.stream().filter(code -> !spans.containsKey(code)).toList();
            if (!absent.isEmpty()) {
                missing.add(new HealthReport.MissingDistricts(id, name, String.valueOf(lvl), absent.size(), master.size(),
                        absent.stream().limit(EXAMPLES).toList()));
                for (String code : absent) {
                    missingBy.computeIfAbsent(code, k -> new TreeSet<>()).add(id);
                }
            }
        }
    }

    /**
     * One pass over a dataset at a level (aggregated here rather than with GROUP BY, which is several times slower
     * in H2): districts per quarter, per district its first/last quarter and count, and districts whose main
     * series never changes. Returns the number of rows.
     */
    private long scan(HealthSource s, char lvl, Map<Integer, Long> perQuarter, Map<String, int[]> spans, String id,
                      String name) {
        Map<String, double[]> range = new HashMap<>();
        long rows = HealthRepository.scan(c, s.table(), s.mainColumn(), s.presence(), lvl, (code, q, v) -> {
            perQuarter.merge(q, 1L, Long::sum);
            int[] span = spans.computeIfAbsent(code, k -> new int[] {q, q, 0});
            span[0] = Math.min(span[0], q);
            span[1] = Math.max(span[1], q);
            span[2]++;
            if (!Double.isNaN(v)) {
                double[] r = range.computeIfAbsent(code, k -> new double[] {v, v, 0});
                r[0] = Math.min(r[0], v);
                r[1] = Math.max(r[1], v);
                r[2]++;
            }
        });
        List<String> flatCodes = new ArrayList<>();
        for (Map.Entry<String, double[]> e : range.entrySet()) {
            double[] r = e.getValue();
            if (r[2] >= FLAT_MIN_QUARTERS && r[0] == r[1] && r[1] != 0) {
                flatCodes.add(e.getKey());
            }
        }
        if (!flatCodes.isEmpty()) {
            String header = s.dataset().measures().stream().filter(m -> m.db().equals(s.mainColumn()))
                    .map(Column::label).findFirst().orElse(s.mainColumn());
            flat.add(new HealthReport.SeriesIssue(id, name, String.valueOf(lvl), header, flatCodes.size(),
                    flatCodes.stream().sorted().limit(EXAMPLES).toList()));
            for (String code : flatCodes) {
                flatBy.computeIfAbsent(code, k -> new TreeSet<>()).add(id);
            }
        }
        return rows;
    }

    private static List<Integer> gaps(List<Integer> quarters) {
        List<Integer> gaps = new ArrayList<>();
        for (int i = 1; i < quarters.size(); i++) {
            int q = Quarter.plus(quarters.get(i - 1), 1);
            while (q < quarters.get(i)) {
                gaps.add(q);
                q = Quarter.plus(q, 1);
            }
        }
        return gaps;
    }

    private void codeChanges(String id, String name, char lvl, List<Integer> quarters, Map<String, int[]> spans) {
        Map<Integer, long[]> byQuarter = new TreeMap<>();
        Map<Integer, List<String>> examples = new HashMap<>();
        int first = quarters.get(0);
        int last = quarters.get(quarters.size() - 1);
        Set<Integer> present = new HashSet<>(quarters);
        for (Map.Entry<String, int[]> e : spans.entrySet()) {
            int[] span = e.getValue();
            if (span[0] > first) {
                byQuarter.computeIfAbsent(span[0], k -> new long[2])[0]++;
                examples.computeIfAbsent(span[0], k -> new ArrayList<>()).add("+" + e.getKey());
            }
            if (span[1] < last) {
                int gone = Quarter.plus(span[1], 1);
                while (!present.contains(gone) && gone < last) {
                    gone = Quarter.plus(gone, 1);
                }
                byQuarter.computeIfAbsent(gone, k -> new long[2])[1]++;
                examples.computeIfAbsent(gone, k -> new ArrayList<>()).add("-" + e.getKey());
            }
        }
        for (Map.Entry<Integer, long[]> e : byQuarter.entrySet()) {
            changes.add(new HealthReport.CodeChange(id, name, String.valueOf(lvl), e.getKey(), e.getValue()[0],
                    e.getValue()[1], examples.get(e.getKey()).stream().limit(EXAMPLES).toList()));
        }
    }

    private void columnIssues(HealthSource s, char lvl, String id, String name) {
        List<Column> cols = new ArrayList<>();
        String table = s.sumTable() == null ? s.dataset().table() : s.sumTable();
        for (Column col : s.checkedColumns()) {
            if ((s.sumTable() == null || HealthSource.SUMMED.contains(col.db()))
                    && !HealthSource.notPublished(s.dataset(), lvl, col.db())) {
                cols.add(col);
            }
        }
        if (cols.isEmpty()) {
            return;
        }
        Map.Entry<Long, List<HealthRepository.ColumnStats>> stats = HealthRepository.columnStats(c, table,
                cols.stream().map(Column::db).toList(), lvl);
        long total = stats.getKey();
        for (int i = 0; i < cols.size(); i++) {
            long n = stats.getValue().get(i).count();
            double min = stats.getValue().get(i).min();
            double max = stats.getValue().get(i).max();
            HealthReport.ColumnIssue.Problem p = null;
            if (total > 0 && n == 0) {
                p = HealthReport.ColumnIssue.Problem.EMPTY;
            } else if (n > 0 && min == 0 && max == 0) {
                p = HealthReport.ColumnIssue.Problem.ALL_ZERO;
            } else if (n > 1 && min == max && s.sumTable() == null) {
                p = HealthReport.ColumnIssue.Problem.CONSTANT;
            }
            if (p != null) {
                Column col = cols.get(i);
                columns.add(new HealthReport.ColumnIssue(id, name, String.valueOf(lvl), col.db(), col.label(), p,
                        p == HealthReport.ColumnIssue.Problem.EMPTY ? null : max));
            }
        }
    }
}
