package kr.sanggwon.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Quarter;

/**
 * The ONE place that turns the imported tables into features for a (district, industry, quarter) cell. Information
 * is cut at the quarter before the target: context tables are joined as of the latest quarter at or before it (and
 * that quarter is recorded), lagged sales come from the cell's own history (forecast task only).
 */
public final class FeatureBuilder {
    private final EstimateData data;
    /** Fewer cells than this with both quarters give no industry move. */
    static final int MIN_MOVE_CELLS = 3;
    private final Map<String, Double> industryGrowth = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Double>> groupGrowth = new ConcurrentHashMap<>();
    private final Map<String, double[]> shares = new ConcurrentHashMap<>();

    public FeatureBuilder(EstimateData data) {
        this.data = data;
    }

    public EstimateData data() {
        return data;
    }

    /** Features to predict {@code targetQuarter} of {@code cell} with information up to the quarter before. */
    public FeatureRow build(Cell cell, int targetQuarter) {
        int info = Quarter.minus(targetQuarter, 1);
        int n = Feature.values().length;
        double[] v = new double[n];
        double[] shown = new double[n];
        Arrays.fill(v, Double.NaN);
        Arrays.fill(shown, Double.NaN);
        String[] nom = new String[n];
        Map<ContextTable, Integer> asOf = new EnumMap<>(ContextTable.class);
        DistrictInfo d = data.district(cell.district());
        String code = cell.district();
        Level grain = data.grainOf(code);

        if (d != null) {
            nom[Feature.GU.ordinal()] = d.guCode();
            nom[Feature.TYPE.ordinal()] = d.typeFeature();
            set(v, shown, Feature.AREA, d.areaM2() > 0 ? Math.log(d.areaM2()) : Double.NaN, d.areaM2());
        }
        nom[Feature.INDUSTRY.ordinal()] = cell.industry();
        nom[Feature.QUARTER_OF_YEAR.ordinal()] = "Q" + Quarter.quarterOfYear(targetQuarter);
        Map.Entry<Integer, String> change = data.changeIndex().asOf(code, info);
        if (change != null) {
            nom[Feature.CHANGE_INDEX.ordinal()] = change.getValue();
        }

        double[] pop = context(ContextTable.POPULATION, code, info, asOf);
        if (pop != null) {
            double total = pop[0];
            setLog1p(v, shown, Feature.POP_TOTAL, total);
            double ages = 0;
            for (int i = 1; i <= 6; i++) {
                ages += nz(pop[i]);
            }
            if (ages > 0) {
                set(v, shown, Feature.POP_YOUNG_SHARE, (nz(pop[2]) + nz(pop[3])) / ages, (nz(pop[2]) + nz(pop[3])) / ages);
            }
            if (total > 0 && !Double.isNaN(pop[13]) && !Double.isNaN(pop[14])) {
                double w = (pop[13] + pop[14]) / total;
                set(v, shown, Feature.POP_WEEKEND_SHARE, w, w);
            }
            double[] s = industryShares(cell.industry(), info);
            if (s != null) {
                double age = 0;
                double time = 0;
                for (int i = 0; i < 6; i++) {
                    age += nz(pop[1 + i]) * s[i];
                    time += nz(pop[7 + i]) * s[6 + i];
                }
                // both are weighted sums that add to the population of the segments: ×6 keeps them on the total's scale
                setLog1p(v, shown, Feature.POP_AGE_MATCH, age * 6);
                setLog1p(v, shown, Feature.POP_TIME_MATCH, time * 6);
            }
        }
        double[] res = context(ContextTable.RESIDENT, code, info, asOf);
        if (res != null) {
            setLog1p(v, shown, Feature.RESIDENTS, res[0]);
            setLog1p(v, shown, Feature.HOUSEHOLDS, res[1]);
        }
        double[] work = context(ContextTable.WORKER, code, info, asOf);
        if (work != null) {
            setLog1p(v, shown, Feature.WORKERS, work[0]);
        }
        double[] inc = context(ContextTable.INCOME, code, info, asOf);
        if (inc != null) {
            set(v, shown, Feature.INCOME, inc[0] > 0 ? Math.log(inc[0]) : Double.NaN, inc[0]);
            set(v, shown, Feature.SPEND_TOTAL, inc[1] > 0 ? Math.log(inc[1]) : Double.NaN, inc[1]);
            if (inc[1] > 0 && !Double.isNaN(inc[3])) {
                double food = (Math.max(0, inc[3]) + Math.max(0, nz(inc[2]))) / inc[1];
                set(v, shown, Feature.SPEND_FOOD_SHARE, food, food);
            }
        }
        double[] fac = context(ContextTable.FACILITY, code, info, asOf);
        if (fac != null) {
            setLog1p(v, shown, Feature.FACILITIES, nz(fac[0]));
            set(v, shown, Feature.SUBWAY, nz(fac[1]), nz(fac[1]));
            set(v, shown, Feature.BUS_STOPS, nz(fac[2]), nz(fac[2]));
            double schools = nz(fac[3]) + nz(fac[4]) + nz(fac[5]) + nz(fac[6]);
            set(v, shown, Feature.SCHOOLS, schools, schools);
            set(v, shown, Feature.UNIVERSITIES, nz(fac[7]), nz(fac[7]));
            double hosp = nz(fac[8]) + nz(fac[9]) + nz(fac[10]);
            set(v, shown, Feature.HOSPITALS, hosp, hosp);
        }
        double[] chg = context(ContextTable.CHANGE, code, info, asOf);
        if (chg != null) {
            set(v, shown, Feature.OP_MONTHS, chg[0], chg[0]);
            set(v, shown, Feature.CLOSED_MONTHS, chg[1], chg[1]);
        }
        if (grain == Level.DONG) {
            insideDong(code, d, info, v, shown, asOf);
        } else {
            double[] apt = context(ContextTable.APARTMENT, code, info, asOf);
            if (apt != null) {
                double households = aptHouseholds(apt);
                setLog1p(v, shown, Feature.APT_HOUSEHOLDS, households);
                double price = apt[5];
                set(v, shown, Feature.APT_PRICE, price > 0 ? Math.log(price) : Double.NaN, price);
            }
        }
        otherIndustries(cell, info, grain, v, shown);
        ownHistory(cell, info, v, shown);
        return new FeatureRow(cell, targetQuarter, info, v, nom, shown, asOf);
    }

    /**
     * Features of a 행정동 summed over the 상권 inside it: how much commercial structure the 동 holds (count, 발달상권,
     * covered area, workers, floating population, stores, apartments). Sums over 상권 lacking a table stay missing.
     */
    private void insideDong(String dong, DistrictInfo d, int info, double[] v, double[] shown, Map<ContextTable, Integer> asOf) {
        List<DistrictInfo> inner = data.trdarsIn(dong);
        if (inner == null) {
            return;
        }
        int developed = 0;
        double area = 0;
        double[] workers = {0, 0};
        double[] pop = {0, 0};
        double[] stores = {0, 0};
        double households = 0;
        double priceWeighted = 0;
        boolean anyApartment = false;
        for (DistrictInfo t : inner) {
            if ("D".equals(t.typeCode())) {
                developed++;
            }
            if (t.areaM2() > 0) {
                area += t.areaM2();
            }
            add(workers, data.context(ContextTable.WORKER).asOf(t.code(), info), 0);
            add(pop, data.context(ContextTable.POPULATION).asOf(t.code(), info), 0);
            add(stores, data.districtTotals().asOf(t.code(), info), 1);
            Map.Entry<Integer, double[]> apt = data.context(ContextTable.APARTMENT).asOf(t.code(), info);
            if (apt != null) {
                anyApartment = true;
                asOf.putIfAbsent(ContextTable.APARTMENT, apt.getKey());
                double h = aptHouseholds(apt.getValue());
                households += h;
                if (h > 0 && apt.getValue()[5] > 0) {
                    priceWeighted += h * apt.getValue()[5];
                }
            }
        }
        set(v, shown, Feature.INNER_TRDARS, inner.size(), inner.size());
        set(v, shown, Feature.INNER_DEVELOPED, developed, developed);
        if (d != null && d.areaM2() > 0) {
            double share = Math.min(1, area / d.areaM2());
            set(v, shown, Feature.INNER_AREA_SHARE, share, share);
        }
        setInner(v, shown, Feature.INNER_WORKERS, workers, inner.size());
        setInner(v, shown, Feature.INNER_POP, pop, inner.size());
        setInner(v, shown, Feature.INNER_STORES, stores, inner.size());
        if (anyApartment || inner.isEmpty()) {
            setLog1p(v, shown, Feature.APT_HOUSEHOLDS, households);
            if (households > 0 && priceWeighted > 0) {
                double price = priceWeighted / households;
                set(v, shown, Feature.APT_PRICE, Math.log(price), price);
            }
        }
    }

    /** Adds column {@code column} of an entry to sum[0] and counts it in sum[1]. */
    private static void add(double[] sum, Map.Entry<Integer, double[]> e, int column) {
        if (e != null && !Double.isNaN(e.getValue()[column])) {
            sum[0] += e.getValue()[column];
            sum[1]++;
        }
    }

    /** A sum over the 상권 of a 행정동: 0 when it has none, missing when none of them has the table. */
    private static void setInner(double[] v, double[] shown, Feature f, double[] sum, int trdars) {
        if (trdars == 0 || sum[1] > 0) {
            setLog1p(v, shown, f, sum[0]);
        }
    }

    private static double aptHouseholds(double[] apt) {
        double h = 0;
        for (int i = 0; i < 5; i++) {
            h += nz(apt[i]);
        }
        return h;
    }

    private void otherIndustries(Cell cell, int info, Level grain, double[] v, double[] shown) {
        Map.Entry<Integer, double[]> tot = data.districtTotals().asOf(cell.district(), info);
        if (tot == null) {
            return;
        }
        double sales = tot.getValue()[0];
        double stores = tot.getValue()[1];
        CellObs own = data.obs(cell, tot.getKey());
        if (own != null) {
            sales -= nz(own.sales());
            stores -= nz(own.stores());
        }
        if (grain.perStore()) {
            if (stores > 0) {
                setLog1p(v, shown, Feature.OTHER_STORES, stores);
                if (sales > 0) {
                    set(v, shown, Feature.OTHER_SALES, Math.log(sales / stores), sales / stores);
                }
            }
        } else if (sales > 0) {
            set(v, shown, Feature.OTHER_SALES, Math.log(sales), sales);
        }
    }

    private void ownHistory(Cell cell, int info, double[] v, double[] shown) {
        double y1 = data.target(cell, info);
        double y2 = data.target(cell, Quarter.minus(info, 1));
        double y4 = data.target(cell, Quarter.minus(info, 3));
        double y5 = data.target(cell, Quarter.minus(info, 4));
        if (y1 > 0) {
            set(v, shown, Feature.LAG1, Math.log(y1), y1);
            if (y2 > 0) {
                set(v, shown, Feature.GROWTH_LAST, Math.log(y1 / y2), y1 / y2);
            }
            if (y4 > 0) {
                set(v, shown, Feature.SEASON_GAP, Math.log(y4 / y1), y4 / y1);
            }
        }
        if (y4 > 0 && y5 > 0) {
            set(v, shown, Feature.SEASON_LAST_YEAR, Math.log(y4 / y5), y4 / y5);
        }
        Level grain = data.grainOf(cell.district());
        double g = industryGrowth(cell.industry(), grain, info);
        set(v, shown, Feature.IND_GROWTH_LAST, g, Math.exp(g));
        double gs = industryGrowth(cell.industry(), grain, Quarter.minus(info, 3));
        set(v, shown, Feature.IND_SEASON_GROWTH, gs, Math.exp(gs));
        DistrictInfo d = data.district(cell.district());
        if (d != null && Double.isFinite(g)) {
            double gg = groupGrowth(cell.industry(), grain, info, true).getOrDefault(d.guCode(), Double.NaN) - g;
            set(v, shown, Feature.GU_GROWTH_LAST, gg, Math.exp(gg));
            double tg = groupGrowth(cell.industry(), grain, info, false).getOrDefault(d.typeFeature(), Double.NaN) - g;
            set(v, shown, Feature.TYPE_GROWTH_LAST, tg, Math.exp(tg));
        }
        CellObs o = data.obs(cell, info);
        CellObs before = data.obs(cell, Quarter.minus(info, 1));
        if (o != null && o.stores() > 0 && before != null && before.stores() > 0) {
            set(v, shown, Feature.STORES_CHANGE, Math.log(o.stores() / before.stores()), o.stores() / before.stores());
        }
        if (o != null && o.stores() > 0) {
            setLog1p(v, shown, Feature.STORES, o.stores());
            setLog1p(v, shown, Feature.SIMILAR_STORES, o.similarStores());
            if (!Double.isNaN(o.franchise())) {
                set(v, shown, Feature.FRANCHISE_SHARE, o.franchise() / o.stores(), o.franchise() / o.stores());
            }
            set(v, shown, Feature.OPEN_RATE, o.openRate(), o.openRate());
            set(v, shown, Feature.CLOSE_RATE, o.closeRate(), o.closeRate());
        }
    }

    /**
     * Median log growth of the industry's cells from quarter−1 to quarter (the industry-wide move). When fewer than
     * {@link #MIN_MOVE_CELLS} cells have a target in both quarters (e.g. no store counts were published for them), the
     * median growth of the cells' total sales is used instead; NaN when that has too few cells too. Reads only the two
     * quarters named.
     */
    public double industryGrowth(String industry, Level grain, int quarter) {
        return industryGrowth.computeIfAbsent(industry + '|' + grain + '|' + quarter, k -> {
            List<Double> g = new ArrayList<>();
            List<Double> sales = new ArrayList<>();
            int prev = Quarter.minus(quarter, 1);
            for (Cell c : data.cells(industry, grain)) {
                double a = data.target(c, prev);
                double b = data.target(c, quarter);
                if (a > 0 && b > 0) {
                    g.add(Math.log(b / a));
                }
                CellObs oa = data.obs(c, prev);
                CellObs ob = data.obs(c, quarter);
                if (oa != null && ob != null && oa.sales() > 0 && ob.sales() > 0) {
                    sales.add(Math.log(ob.sales() / oa.sales()));
                }
            }
            if (g.size() >= MIN_MOVE_CELLS) {
                return Stats.median(g);
            }
            return sales.size() < MIN_MOVE_CELLS ? Double.NaN : Stats.median(sales);
        });
    }

    /**
     * Median log growth of the industry's cells per 자치구 ({@code byGu}) or per district type, from quarter−1 to
     * quarter; groups with fewer than {@link #MIN_MOVE_CELLS} cells are left out.
     */
    private Map<String, Double> groupGrowth(String industry, Level grain, int quarter, boolean byGu) {
        return groupGrowth.computeIfAbsent(industry + '|' + grain + '|' + quarter + '|' + byGu, k -> {
            Map<String, List<Double>> by = new java.util.HashMap<>();
            int prev = Quarter.minus(quarter, 1);
            for (Cell c : data.cells(industry, grain)) {
                DistrictInfo d = data.district(c.district());
                double a = data.target(c, prev);
                double b = data.target(c, quarter);
                if (d != null && a > 0 && b > 0) {
                    by.computeIfAbsent(byGu ? d.guCode() : d.typeFeature(), x -> new ArrayList<>()).add(Math.log(b / a));
                }
            }
            Map<String, Double> out = new java.util.HashMap<>();
            by.forEach((group, v) -> {
                if (v.size() >= MIN_MOVE_CELLS) {
                    out.put(group, Stats.median(v));
                }
            });
            return out;
        });
    }

    private double[] industryShares(String industry, int info) {
        double[] s = shares.computeIfAbsent(industry + '|' + info, k -> {
            double[] r = data.industryShares(industry, info);
            return r == null ? new double[0] : r;
        });
        return s.length == 0 ? null : s;
    }

    private double[] context(ContextTable t, String district, int info, Map<ContextTable, Integer> asOf) {
        Map.Entry<Integer, double[]> e = data.context(t).asOf(district, info);
        if (e == null) {
            return null;
        }
        asOf.put(t, e.getKey());
        return e.getValue();
    }

    private static double nz(double x) {
        return Double.isNaN(x) ? 0 : x;
    }

    private static void set(double[] v, double[] shown, Feature f, double value, double display) {
        v[f.ordinal()] = Double.isFinite(value) ? value : Double.NaN;
        shown[f.ordinal()] = display;
    }

    private static void setLog1p(double[] v, double[] shown, Feature f, double raw) {
        if (Double.isNaN(raw) || raw < 0) {
            return;
        }
        set(v, shown, f, Math.log1p(raw), raw);
    }
}
