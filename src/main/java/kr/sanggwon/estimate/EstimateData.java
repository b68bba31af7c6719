package kr.sanggwon.estimate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Quarter;

/**
 * Everything the models read, held in memory: district master, cells with their quarterly sales and store counts,
 * the district context tables and each industry's sales profile by age and time band. Built once per data version
 * by {@link EstimateDataLoader} (or directly by tests), then read-only.
 */
public final class EstimateData {
    /** Age bands (10…60+) then time bands (00–06 … 21–24) of an industry's sales. */
    public static final int PROFILE_LENGTH = 12;

    private final long dataVersion;
    private final Map<String, DistrictInfo> districts = new HashMap<>();
    private final Map<String, String> industries = new TreeMap<>();
    private final Map<Cell, TreeMap<Integer, CellObs>> cells = new HashMap<>();
    private final EnumMap<ContextTable, QuarterSeries<double[]>> context = new EnumMap<>(ContextTable.class);
    private final QuarterSeries<String> changeIndex = new QuarterSeries<>();
    private final Map<String, TreeMap<Integer, double[]>> industryProfile = new HashMap<>();
    private final QuarterSeries<double[]> districtTotals = new QuarterSeries<>();
    private final EnumMap<Level, TreeSet<Integer>> quarters = new EnumMap<>(Level.class);
    private final Map<String, EnumMap<Level, List<Cell>>> cellsByIndustry = new HashMap<>();
    private final Map<String, List<DistrictInfo>> trdarsByDong = new HashMap<>();
    private final EnumMap<ContextTable, EnumSet<Level>> contextGrains = new EnumMap<>(ContextTable.class);
    private boolean finished;

    public EstimateData(long dataVersion) {
        this.dataVersion = dataVersion;
        for (ContextTable t : ContextTable.values()) {
            context.put(t, new QuarterSeries<>());
        }
        for (Level g : Level.values()) {
            quarters.put(g, new TreeSet<>());
        }
    }

    // ---- building ---------------------------------------------------------------------------------------------

    public EstimateData district(DistrictInfo d) {
        districts.put(d.code(), d);
        return this;
    }

    public EstimateData industry(String code, String name) {
        industries.put(code, name);
        return this;
    }

    /** Sales of a cell in a quarter; {@code stores} etc. NaN when not published (always at 행정동 grain). */
    public EstimateData observe(Cell cell, int quarter, double sales, double stores, double similar, double openRate,
                                double closeRate, double franchise) {
        checkOpen();
        DistrictInfo d = districts.get(cell.district());
        Level grain = d != null ? d.grain() : (cell.district().length() == 8 ? Level.DONG : Level.TRDAR);
        double target;
        if (!(sales > 0)) {
            target = Double.NaN;
        } else if (grain.perStore()) {
            target = stores > 0 ? sales / stores : Double.NaN;
        } else {
            target = sales;
        }
        cells.computeIfAbsent(cell, k -> new TreeMap<>())
                .put(quarter, new CellObs(sales, stores, similar, openRate, closeRate, franchise, target));
        industries.putIfAbsent(cell.industry(), cell.industry());
        return this;
    }

    public EstimateData context(ContextTable table, String district, int quarter, double[] values) {
        context.get(table).put(district, quarter, values);
        return this;
    }

    public EstimateData changeIndex(String district, int quarter, String index) {
        changeIndex.put(district, quarter, index);
        return this;
    }

    /** Adds an industry's sales in one cell-quarter by age band (6) and time band (6). */
    public EstimateData profile(String industry, int quarter, double[] ageAndTime) {
        double[] sum = industryProfile.computeIfAbsent(industry, k -> new TreeMap<>())
                .computeIfAbsent(quarter, k -> new double[PROFILE_LENGTH]);
        for (int i = 0; i < PROFILE_LENGTH; i++) {
            double v = ageAndTime[i];
            if (v > 0) {
                sum[i] += v;
            }
        }
        return this;
    }

    /** Quarters a store count may be carried forward at most. */
    public static final int MAX_CARRY_QUARTERS = 4;

    /**
     * At per-store grain, a quarter with sales but no published store count (e.g. a partial 점포 download) takes the
     * last count published in the {@link #MAX_CARRY_QUARTERS} quarters before it, so the cell keeps its history instead
     * of looking new. Never carried backwards; the carried observation is marked ({@link CellObs#storesFrom()}).
     */
    private void carryStoresForward() {
        for (Map.Entry<Cell, TreeMap<Integer, CellObs>> e : cells.entrySet()) {
            if (!grainOf(e.getKey().district()).perStore()) {
                continue;
            }
            int knownQuarter = 0;
            CellObs known = null;
            for (Map.Entry<Integer, CellObs> o : e.getValue().entrySet()) {
                CellObs obs = o.getValue();
                if (obs.stores() > 0) {
                    known = obs;
                    knownQuarter = o.getKey();
                } else if (obs.sales() > 0 && known != null && Quarter.between(knownQuarter, o.getKey()) <= MAX_CARRY_QUARTERS) {
                    o.setValue(new CellObs(obs.sales(), known.stores(), known.similarStores(), Double.NaN, Double.NaN, known.franchise(),
                            obs.sales() / known.stores(), knownQuarter));
                }
            }
        }
    }

    /** Derives the per-district totals and indexes; no changes after this. */
    public EstimateData finish() {
        checkOpen();
        carryStoresForward();
        Map<String, TreeMap<Integer, double[]>> totals = new HashMap<>();
        for (Map.Entry<Cell, TreeMap<Integer, CellObs>> e : cells.entrySet()) {
            Cell cell = e.getKey();
            Level grain = grainOf(cell.district());
            cellsByIndustry.computeIfAbsent(cell.industry(), k -> new EnumMap<>(Level.class))
                    .computeIfAbsent(grain, k -> new ArrayList<>()).add(cell);
            for (Map.Entry<Integer, CellObs> o : e.getValue().entrySet()) {
                CellObs obs = o.getValue();
                if (Double.isFinite(obs.target())) {
                    quarters.get(grain).add(o.getKey());
                }
                double[] t = totals.computeIfAbsent(cell.district(), k -> new TreeMap<>())
                        .computeIfAbsent(o.getKey(), k -> new double[3]);
                if (obs.sales() > 0) {
                    t[0] += obs.sales();
                }
                if (obs.stores() > 0) {
                    t[1] += obs.stores();
                }
                t[2]++;
            }
        }
        totals.forEach((d, m) -> m.forEach((q, v) -> districtTotals.put(d, q, v)));
        context.forEach((table, series) -> {
            EnumSet<Level> grains = EnumSet.noneOf(Level.class);
            series.districtCodes().forEach(code -> grains.add(grainOf(code)));
            contextGrains.put(table, grains);
        });
        for (DistrictInfo d : districts.values()) {
            if (d.grain() == Level.TRDAR && d.dongCode() != null) {
                trdarsByDong.computeIfAbsent(d.dongCode(), k -> new ArrayList<>()).add(d);
            }
        }
        for (EnumMap<Level, List<Cell>> m : cellsByIndustry.values()) {
            m.values().forEach(l -> l.sort(java.util.Comparator.comparing(Cell::district)));
        }
        finished = true;
        return this;
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("EstimateData is read-only after finish()");
        }
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    public long dataVersion() {
        return dataVersion;
    }

    public DistrictInfo district(String code) {
        return districts.get(code);
    }

    public Map<String, DistrictInfo> districts() {
        return Collections.unmodifiableMap(districts);
    }

    /**
     * The 상권 whose master row places them in this 행정동; empty when none does, null when no 상권 master with
     * 행정동 codes is loaded at all (then nothing can be said).
     */
    public List<DistrictInfo> trdarsIn(String dongCode) {
        if (trdarsByDong.isEmpty()) {
            return null;
        }
        return Collections.unmodifiableList(trdarsByDong.getOrDefault(dongCode, List.of()));
    }

    public Map<String, String> industries() {
        return Collections.unmodifiableMap(industries);
    }

    public String industryName(String code) {
        return industries.getOrDefault(code, code);
    }

    public Level grainOf(String district) {
        DistrictInfo d = districts.get(district);
        if (d != null) {
            return d.grain();
        }
        return district.length() == 8 ? Level.DONG : Level.TRDAR;
    }

    public TreeMap<Integer, CellObs> series(Cell cell) {
        return cells.get(cell);
    }

    public CellObs obs(Cell cell, int quarter) {
        TreeMap<Integer, CellObs> s = cells.get(cell);
        return s == null ? null : s.get(quarter);
    }

    /**
     * Target of a cell in a quarter as published: NaN when absent or when its store count was carried forward (used as
     * the actual value of examples, so backtests are scored on published figures only).
     */
    public double observedTarget(Cell cell, int quarter) {
        CellObs o = obs(cell, quarter);
        return o == null || o.storesCarried() ? Double.NaN : o.target();
    }

    /** Target (sales per store, or cell total at 행정동 grain) of a cell in a quarter; NaN when absent. */
    public double target(Cell cell, int quarter) {
        CellObs o = obs(cell, quarter);
        return o == null ? Double.NaN : o.target();
    }

    public List<Cell> cells(String industry, Level grain) {
        EnumMap<Level, List<Cell>> m = cellsByIndustry.get(industry);
        List<Cell> l = m == null ? null : m.get(grain);
        return l == null ? List.of() : Collections.unmodifiableList(l);
    }

    public List<Cell> cells(Level grain) {
        List<Cell> all = new ArrayList<>();
        for (String ind : industries.keySet()) {
            all.addAll(cells(ind, grain));
        }
        return all;
    }

    /** Quarters that have at least one usable target at this grain. */
    public NavigableSet<Integer> quarters(Level grain) {
        return Collections.unmodifiableNavigableSet(quarters.get(grain));
    }

    public QuarterSeries<double[]> context(ContextTable table) {
        return context.get(table);
    }

    public QuarterSeries<String> changeIndex() {
        return changeIndex;
    }

    /** Per district and quarter: [sales of all industries, stores of all industries, industries present]. */
    public QuarterSeries<double[]> districtTotals() {
        return districtTotals;
    }

    /** Whether a context table has rows for any district of this grain (a 상권-only table says nothing of a 행정동). */
    public boolean hasContext(ContextTable table, Level grain) {
        EnumSet<Level> grains = contextGrains.get(table);
        return grains != null && grains.contains(grain);
    }

    /** The industry's sales shares by age band then time band over quarters ≤ {@code quarter}; null if unknown. */
    public double[] industryShares(String industry, int quarter) {
        TreeMap<Integer, double[]> m = industryProfile.get(industry);
        if (m == null) {
            return null;
        }
        double[] sum = new double[PROFILE_LENGTH];
        for (double[] v : m.headMap(quarter, true).values()) {
            for (int i = 0; i < PROFILE_LENGTH; i++) {
                sum[i] += v[i];
            }
        }
        double ages = 0;
        double times = 0;
        for (int i = 0; i < 6; i++) {
            ages += sum[i];
            times += sum[6 + i];
        }
        if (ages <= 0 || times <= 0) {
            return null;
        }
        for (int i = 0; i < 6; i++) {
            sum[i] /= ages;
            sum[6 + i] /= times;
        }
        return sum;
    }
}
