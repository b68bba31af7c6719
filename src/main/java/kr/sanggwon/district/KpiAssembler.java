package kr.sanggwon.district;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Text;
import kr.sanggwon.ingest.FactDataset;

/** Turns raw quarter rows into trends and KPIs (value, change vs last quarter and last year, provenance). */
final class KpiAssembler {
    private final ImportBatches batches;
    private final Level level;
    private final boolean oneIndustry;
    private final Map<Metric, List<Point>> series = new EnumMap<>(Metric.class);
    private final Map<Metric, Map<Integer, Long>> batchByQuarter = new EnumMap<>(Metric.class);
    private final Map<Metric, Level> levels = new EnumMap<>(Metric.class);
    private final Map<Metric, Text> notes = new EnumMap<>(Metric.class);
    private String changeCode;
    private Integer changeQuarter;
    private Long changeBatch;

    KpiAssembler(ImportBatches batches, Level level, boolean oneIndustry) {
        this.batches = batches;
        this.level = level;
        this.oneIndustry = oneIndustry;
    }

    /** District totals from district_quarter_kpi: sales, count, stores, open, close, franchise. */
    void addTotals(List<QuarterRow> rows) {
        for (QuarterRow r : rows) {
            add(Metric.SALES, r, 0, null);
            add(Metric.SALES_COUNT, r, 1, null);
            double stores = r.get(2);
            if (r.has(2)) {
                add(Metric.STORES, r.quarter(), stores, null);
            }
            if (r.has(2) && stores > 0) {
                ratio(Metric.SALES_PER_STORE, r.quarter(), r.get(0), stores, 1, null);
                ratio(Metric.OPEN_RATE, r.quarter(), r.get(3), stores, 100, null);
                ratio(Metric.CLOSE_RATE, r.quarter(), r.get(4), stores, 100, null);
                ratio(Metric.FRANCHISE_SHARE, r.quarter(), r.get(5), stores, 100, null);
            }
        }
    }

    /** One industry: sales_q rows (amount, count) and stores_q rows (stores, rates, counts, franchise). */
    void addIndustry(List<QuarterRow> sales, List<QuarterRow> stores) {
        Map<Integer, QuarterRow> storeByQuarter = new TreeMap<>();
        for (QuarterRow r : stores) {
            storeByQuarter.put(r.quarter(), r);
            if (!r.has(0)) {
                continue;
            }
            double n = r.get(0);
            add(Metric.STORES, r.quarter(), n, r.batchId());
            if (r.has(1)) {
                add(Metric.OPEN_RATE, r.quarter(), r.get(1), r.batchId());
            } else if (n > 0) {
                ratio(Metric.OPEN_RATE, r.quarter(), r.get(3), n, 100, r.batchId());
            }
            if (r.has(2)) {
                add(Metric.CLOSE_RATE, r.quarter(), r.get(2), r.batchId());
            } else if (n > 0) {
                ratio(Metric.CLOSE_RATE, r.quarter(), r.get(4), n, 100, r.batchId());
            }
            if (n > 0) {
                ratio(Metric.FRANCHISE_SHARE, r.quarter(), r.get(5), n, 100, r.batchId());
            }
        }
        for (QuarterRow r : sales) {
            add(Metric.SALES, r, 0, r.batchId());
            add(Metric.SALES_COUNT, r, 1, r.batchId());
            QuarterRow s = storeByQuarter.get(r.quarter());
            if (s != null && s.has(0) && s.get(0) > 0) {
                ratio(Metric.SALES_PER_STORE, r.quarter(), r.get(0), s.get(0), 1, r.batchId());
            }
        }
    }

    /** A one-column district-level series (population, residents, workers). */
    void addSingle(Metric metric, List<QuarterRow> rows, Level from, Text note) {
        levels.put(metric, from);
        if (note != null) {
            notes.put(metric, note);
        }
        for (QuarterRow r : rows) {
            add(metric, r, 0, r.batchId());
        }
    }

    void addChange(List<QuarterRow> months, Map<Integer, String> codes) {
        for (QuarterRow r : months) {
            add(Metric.OP_MONTHS, r, 0, r.batchId());
            changeBatch = r.batchId();
        }
        for (Map.Entry<Integer, String> e : codes.entrySet()) {
            if (e.getValue() != null) {
                changeQuarter = e.getKey();
                changeCode = e.getValue();
            }
        }
    }

    Integer referenceQuarter() {
        Integer ref = null;
        for (Metric m : new Metric[] {Metric.SALES, Metric.STORES}) {
            List<Point> p = series.get(m);
            if (p != null && !p.isEmpty()) {
                int q = p.get(p.size() - 1).quarter();
                ref = ref == null ? q : Math.max(ref, q);
            }
        }
        if (ref == null) {
            for (List<Point> p : series.values()) {
                if (!p.isEmpty()) {
                    int q = p.get(p.size() - 1).quarter();
                    ref = ref == null ? q : Math.max(ref, q);
                }
            }
        }
        return ref;
    }

    List<Trend> trends() {
        List<Trend> out = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (m.unit() != Metric.Unit.TEXT) {
                out.add(new Trend(m, List.copyOf(series.getOrDefault(m, List.of()))));
            }
        }
        return out;
    }

    List<Kpi> kpis() {
        List<Kpi> out = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (m == Metric.CHANGE_INDEX) {
                out.add(Kpi.text(m, changeCode, changeQuarter, null, provenance(m, changeQuarter, changeBatch)));
                continue;
            }
            Trend t = new Trend(m, series.getOrDefault(m, List.of()));
            Integer q = t.points().isEmpty() ? null : t.points().get(t.points().size() - 1).quarter();
            Long batch = q == null ? null : batchByQuarter.getOrDefault(m, Map.of()).get(q);
            out.add(Kpi.fromTrend(m, t, provenance(m, q, batch)));
        }
        return out;
    }

    private Provenance provenance(Metric m, Integer quarter, Long batchId) {
        Level lvl = levels.getOrDefault(m, level);
        String dataset = m.dataset().officialName(lvl);
        String file = fileName(m.dataset(), lvl, quarter, batchId);
        if (m == Metric.SALES_PER_STORE) {
            dataset = dataset + " + " + FactDataset.STORES.officialName(lvl);
            String stores = fileName(FactDataset.STORES, lvl, quarter, null);
            file = file == null ? stores : stores == null || stores.equals(file) ? file : file + " + " + stores;
        }
        ImportBatches.Batch b = batchId != null ? batches.byId(batchId) : batches.latest(m.dataset(), lvl, quarter);
        return new Provenance(dataset, quarter, b == null ? null : b.id(), file,
                Text.of(m.formulaKey(oneIndustry)), notes.get(m));
    }

    private String fileName(FactDataset dataset, Level lvl, Integer quarter, Long batchId) {
        ImportBatches.Batch b = batchId != null ? batches.byId(batchId) : batches.latest(dataset, lvl, quarter);
        return b == null ? null : b.fileName();
    }

    private void add(Metric m, QuarterRow r, int col, Long batch) {
        if (r.has(col)) {
            add(m, r.quarter(), r.get(col), batch);
        }
    }

    private void ratio(Metric m, int quarter, double num, double den, double scale, Long batch) {
        if (!Double.isNaN(num) && den > 0) {
            add(m, quarter, num / den * scale, batch);
        }
    }

    private void add(Metric m, int quarter, double value, Long batch) {
        series.computeIfAbsent(m, k -> new ArrayList<>()).add(new Point(quarter, value));
        if (batch != null) {
            batchByQuarter.computeIfAbsent(m, k -> new TreeMap<>()).put(quarter, batch);
        }
    }
}
