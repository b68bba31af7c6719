package kr.sanggwon.recommend;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Turns a {@link Snapshot} into a {@link ScoreFrame}: raw facts per district, then one standardized column per part
 * (a part made of several facts averages their z-scores and is standardized again). */
final class FrameBuilder {
    private static final int T = CellHistory.WINDOW - 1;

    private FrameBuilder() {
    }

    /** {@code flags}: 데이터 점검 warnings per district code (empty in backtests, which must not see later checks). */
    static ScoreFrame build(Snapshot s, Target target, Map<String, Integer> flags) {
        List<String> codes = new ArrayList<>();
        for (Map.Entry<String, CellHistory> e : s.cells().entrySet()) {
            if (e.getValue().sales()[T] > 0 && s.districts().containsKey(e.getKey())) {
                codes.add(e.getKey());
            }
        }
        codes.sort(null);
        int n = codes.size();
        double[] sales = new double[n];
        double[] yoy = new double[n];
        double[] slope = new double[n];
        double[] stores = new double[n];
        double[] floating = new double[n];
        double[] per10k = new double[n];
        double[] perSales = new double[n];
        double[] storeGrowth = new double[n];
        double[] close = new double[n];
        double[] months = new double[n];
        double[] changeValue = new double[n];
        double[] fit = new double[n];
        double[] confidence = new double[n];
        double[] flagCount = new double[n];
        String[] change = new String[n];
        String[] missing = new String[n];
        Mix seoulFloating = seoulMix(s);
        double closeSum = 0;
        double closeWeight = 0;
        for (int i = 0; i < n; i++) {
            String code = codes.get(i);
            CellHistory h = s.cells().get(code);
            boolean perStore = s.perStore();
            sales[i] = Standardize.meanOf(h.value(1, perStore), h.value(2, perStore), h.value(3, perStore), h.value(4, perStore));
            double now = h.value(T, perStore);
            double yearAgo = h.value(0, perStore);
            yoy[i] = now > 0 && yearAgo > 0 ? now / yearAgo - 1 : Double.NaN;
            slope[i] = logSlope(h, perStore);
            stores[i] = h.stores()[T] > 0 ? h.stores()[T] : Double.NaN;
            floating[i] = s.floating().getOrDefault(code, Double.NaN);
            per10k[i] = stores[i] > 0 && floating[i] > 0 ? stores[i] / floating[i] * 10_000 : Double.NaN;
            double market = s.districtSales().getOrDefault(code, Double.NaN);
            perSales[i] = stores[i] > 0 && market > 0 ? stores[i] / market * 1e8 : Double.NaN;
            storeGrowth[i] = stores[i] > 0 && h.stores()[0] > 0 ? stores[i] / h.stores()[0] - 1 : Double.NaN;
            close[i] = h.closeRate();
            if (Double.isFinite(close[i]) && stores[i] > 0) {
                closeSum += close[i] * stores[i];
                closeWeight += stores[i];
            }
            months[i] = s.opMonths().getOrDefault(code, Double.NaN);
            change[i] = s.change().getOrDefault(code, "");
            changeValue[i] = changeValue(change[i]);
            Mix mix = s.floatingMix().get(code);
            fit[i] = mix == null ? Double.NaN : target.isEmpty()
                    ? (s.industryMix() == null ? Double.NaN : mix.similarity(s.industryMix()))
                    : (seoulFloating == null ? Double.NaN : mix.targetLift(target, seoulFloating));
            int f = flags.getOrDefault(code, 0);
            flagCount[i] = f;
            List<String> gaps = new ArrayList<>();
            if (h.quartersWithSales() < CellHistory.WINDOW) {
                gaps.add("history");
            }
            if (perStore && !(stores[i] > 0)) {
                gaps.add("stores");
            }
            if (!Double.isFinite(close[i])) {
                gaps.add("closings");
            }
            if (!Double.isFinite(floating[i])) {
                gaps.add("floating");
            }
            if (change[i].isEmpty()) {
                gaps.add("change");
            }
            missing[i] = String.join(",", gaps);
            double present = (h.quartersWithSales() / (double) CellHistory.WINDOW + (perStore ? (stores[i] > 0 ? 1 : 0) : 1)
                    + (Double.isFinite(close[i]) || !perStore ? 1 : 0) + (Double.isFinite(floating[i]) ? 1 : 0)
                    + (change[i].isEmpty() ? 0 : 1)) / 5;
            confidence[i] = Math.max(0, present - 0.1 * f);
        }
        double[] pct = Standardize.percentile(sales);
        Map<Part, double[]> z = new EnumMap<>(Part.class);
        z.put(Part.SALES, Standardize.robustZ(log(sales)));
        z.put(Part.TREND, Standardize.robustZ(combine(Standardize.robustZ(yoy), Standardize.robustZ(slope))));
        z.put(Part.COMPETITION, Standardize.robustZ(combine(negate(Standardize.robustZ(log(per10k))),
                negate(Standardize.robustZ(log(perSales))), negate(Standardize.robustZ(storeGrowth)))));
        z.put(Part.SURVIVAL, Standardize.robustZ(combine(negate(Standardize.robustZ(close)), Standardize.robustZ(months))));
        z.put(Part.CHANGE, Standardize.robustZ(changeValue));
        z.put(Part.FIT, Standardize.robustZ(fit));
        z.put(Part.CONFIDENCE, Standardize.robustZ(confidence));

        Table t = Table.create(s.industry() + "@" + s.quarter());
        t.addColumns(StringColumn.create(ScoreFrame.CODE, codes),
                StringColumn.create(ScoreFrame.GU, codes.stream().map(c -> nz(s.districts().get(c).guCode()))),
                StringColumn.create(ScoreFrame.TYPE, codes.stream().map(c -> nz(s.districts().get(c).typeCode()))),
                DoubleColumn.create(ScoreFrame.SALES, sales), DoubleColumn.create(ScoreFrame.SALES_PCT, pct),
                DoubleColumn.create(ScoreFrame.YOY, yoy), DoubleColumn.create(ScoreFrame.SLOPE, slope),
                DoubleColumn.create(ScoreFrame.STORES, stores), DoubleColumn.create(ScoreFrame.FLOATING, floating),
                DoubleColumn.create(ScoreFrame.PER_10K, per10k), DoubleColumn.create(ScoreFrame.PER_SALES, perSales),
                DoubleColumn.create(ScoreFrame.STORE_GROWTH, storeGrowth), DoubleColumn.create(ScoreFrame.CLOSE, close),
                DoubleColumn.create(ScoreFrame.MONTHS, months), StringColumn.create(ScoreFrame.CHANGE, change),
                DoubleColumn.create(ScoreFrame.FIT, fit), DoubleColumn.create(ScoreFrame.CONFIDENCE, confidence),
                DoubleColumn.create(ScoreFrame.FLAGS, flagCount), StringColumn.create(ScoreFrame.MISSING, missing));
        for (Part p : Part.values()) {
            // a part a district lacks counts as average (0); CONFIDENCE says what was missing
            double[] v = z.get(p);
            for (int i = 0; i < v.length; i++) {
                if (!Double.isFinite(v[i])) {
                    v[i] = 0;
                }
            }
            t.addColumns(DoubleColumn.create(ScoreFrame.z(p), v));
        }
        return new ScoreFrame(s.industry(), s.industryName(), s.level(), s.quarter(), s.perStore(), t,
                closeWeight > 0 ? closeSum / closeWeight : Double.NaN, s.changeQuarter(), s.populationQuarter(),
                s.populationLevel(), s.districts());
    }

    /** LH 상권확장 +1, HL 상권축소 −1, HH 정체 and LL 다이나믹 0, unknown NaN. */
    static double changeValue(String code) {
        return switch (code) {
            case "LH" -> 1;
            case "HL" -> -1;
            case "HH", "LL" -> 0;
            default -> Double.NaN;
        };
    }

    /** Least-squares slope of log value per quarter over the window's known quarters (at least three). */
    static double logSlope(CellHistory h, boolean perStore) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        for (int i = 0; i < CellHistory.WINDOW; i++) {
            double v = h.value(i, perStore);
            if (v > 0) {
                double y = Math.log(v);
                sx += i;
                sy += y;
                sxx += i * (double) i;
                sxy += i * y;
                n++;
            }
        }
        if (n < 3) {
            return Double.NaN;
        }
        double d = n * sxx - sx * sx;
        return d == 0 ? Double.NaN : (n * sxy - sx * sy) / d;
    }

    private static Mix seoulMix(Snapshot s) {
        double[] age = new double[6];
        double[] gender = new double[2];
        double[] time = new double[6];
        boolean any = false;
        for (Map.Entry<String, Mix> e : s.floatingMix().entrySet()) {
            double total = s.floating().getOrDefault(e.getKey(), 0.0);
            Mix m = e.getValue();
            if (m == null || !m.complete() || !(total > 0)) {
                continue;
            }
            any = true;
            add(age, m.age(), total);
            add(gender, m.gender(), total);
            add(time, m.time(), total);
        }
        return any ? Mix.of(age, gender, time) : null;
    }

    private static void add(double[] acc, double[] shares, double total) {
        for (int i = 0; i < acc.length; i++) {
            acc[i] += shares[i] * total;
        }
    }

    private static double[] combine(double[]... parts) {
        int n = parts[0].length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double[] v = new double[parts.length];
            for (int k = 0; k < parts.length; k++) {
                v[k] = parts[k][i];
            }
            out[i] = Standardize.meanOf(v);
        }
        return out;
    }

    private static double[] negate(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = -x[i];
        }
        return out;
    }

    private static double[] log(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] > 0 ? Math.log(x[i]) : Double.NaN;
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
