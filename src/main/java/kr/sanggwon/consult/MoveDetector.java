package kr.sanggwon.consult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.sanggwon.common.Quarter;
import kr.sanggwon.district.DistrictHistory;
import kr.sanggwon.district.Metric;
import kr.sanggwon.district.Point;
import kr.sanggwon.district.Trend;

/** Applies a {@link WatchRule} to one district's history: the notable moves at each number's newest quarter. */
final class MoveDetector {
    private final WatchRule rule;

    MoveDetector(WatchRule rule) {
        this.rule = rule;
    }

    List<WatchChange> changes(DistrictHistory h) {
        List<WatchChange> out = new ArrayList<>();
        TreeMap<Integer, Double> stores = values(h.trend(Metric.STORES));
        add(out, judge(Metric.SALES, values(h.trend(Metric.SALES)), null));
        add(out, judge(Metric.STORES, stores, stores));
        add(out, judge(Metric.CLOSE_RATE, values(h.trend(Metric.CLOSE_RATE)), stores));
        add(out, index(h.changeCodes()));
        return out;
    }

    private static void add(List<WatchChange> out, WatchChange c) {
        if (c != null) {
            out.add(c);
        }
    }

    /** The quarter-on-quarter move when notable, else the year-on-year one when notable, else null. */
    private WatchChange judge(Metric metric, TreeMap<Integer, Double> series, TreeMap<Integer, Double> stores) {
        if (series.isEmpty()) {
            return null;
        }
        int q = series.lastKey();
        for (WatchChange.Basis basis : WatchChange.Basis.values()) {
            int lag = basis == WatchChange.Basis.QUARTER ? 1 : 4;
            int earlier = Quarter.minus(q, lag);
            Double before = series.get(earlier);
            Double delta = before == null ? null : delta(metric, series.get(q), before);
            if (delta == null || !bigEnough(stores, q, earlier)) {
                continue;
            }
            double min = metric.unit() == Metric.Unit.PERCENT ? rule.minClosePoints() : rule.minChange();
            Double usual = usual(metric, series, q, lag);
            boolean notable = usual == null ? Math.abs(delta) >= 2 * min
                    : Math.abs(delta) >= min && Math.abs(delta) > rule.usualMultiple() * usual;
            if (notable) {
                return new WatchChange(metric, basis, q, before, series.get(q), delta, usual, null, null);
            }
        }
        return null;
    }

    /** Store counts and closure rates of a handful of shops swing on one shop: judged only from {@code minStores} up. */
    private boolean bigEnough(TreeMap<Integer, Double> stores, int q, int earlier) {
        if (stores == null) {
            return true;
        }
        Double now = stores.get(q);
        Double then = stores.get(earlier);
        return now != null && then != null && Math.min(now, then) >= rule.minStores();
    }

    /** Ratio change (0.25 = +25 %), or percentage points for percent metrics; null when not defined. */
    static Double delta(Metric metric, double now, double before) {
        if (metric.unit() == Metric.Unit.PERCENT) {
            return now - before;
        }
        return before == 0 ? null : now / before - 1;
    }

    /** Median absolute change over the last {@code usualWindow} earlier quarters at the same lag; null if too few. */
    private Double usual(Metric metric, TreeMap<Integer, Double> series, int newest, int lag) {
        List<Double> moves = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : series.headMap(newest, false).descendingMap().entrySet()) {
            if (moves.size() >= rule.usualWindow()) {
                break;
            }
            Double before = series.get(Quarter.minus(e.getKey(), lag));
            Double d = before == null ? null : delta(metric, e.getValue(), before);
            if (d != null) {
                moves.add(Math.abs(d));
            }
        }
        if (moves.size() < rule.minUsualSamples()) {
            return null;
        }
        moves.sort(null);
        int n = moves.size();
        return n % 2 == 1 ? moves.get(n / 2) : (moves.get(n / 2 - 1) + moves.get(n / 2)) / 2;
    }

    /** A switch of 상권변화지표 from the quarter before to the newest quarter. */
    private static WatchChange index(Map<Integer, String> codes) {
        if (codes.isEmpty()) {
            return null;
        }
        TreeMap<Integer, String> sorted = new TreeMap<>(codes);
        int q = sorted.lastKey();
        String before = sorted.get(Quarter.minus(q, 1));
        String now = sorted.get(q);
        if (before == null || before.equalsIgnoreCase(now)) {
            return null;
        }
        return new WatchChange(Metric.CHANGE_INDEX, WatchChange.Basis.QUARTER, q, null, null, null, null, before, now);
    }

    private static TreeMap<Integer, Double> values(Trend t) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        for (Point p : t.points()) {
            if (!Double.isNaN(p.value())) {
                m.put(p.quarter(), p.value());
            }
        }
        return m;
    }
}
