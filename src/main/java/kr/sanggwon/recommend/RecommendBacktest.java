package kr.sanggwon.recommend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kr.sanggwon.common.Progress;
import kr.sanggwon.common.UserException;
import kr.sanggwon.common.Quarter;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.ReadSession;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;

/**
 * Honest backtest of the ranking: for every industry and grain and every origin T whose T+4 is in the data, score
 * the districts with data up to T only (the same {@link SnapshotLoader} and {@link FrameBuilder} as the screen, no
 * 데이터 점검 flags since those look at all quarters), then measure each district's realized change of sales per
 * store T → T+4 and its closings over T+1 … T+4. Compared with two naive rankings: current sales per store and past
 * year-over-year growth.
 */
public final class RecommendBacktest {
    static final int HORIZON = 4;
    private final Database database;
    private final int minDistricts;

    public RecommendBacktest(Database database) {
        this(database, 20);
    }

    RecommendBacktest(Database database, int minDistricts) {
        this.database = database;
        this.minDistricts = minDistricts;
    }

    public BacktestResult run(Progress progress) {
        try (ReadSession c = ReadSession.open(database)) {
            Map<String, String> industries = RecommendRepository.industries(c);
            List<BacktestResult.Origin> origins = new ArrayList<>();
            int done = 0;
            for (Map.Entry<String, String> ind : industries.entrySet()) {
                progress.checkCancelled();
                progress.update(done++, industries.size(), ind.getValue());
                for (char level : new char[] {'T', 'D'}) {
                    TreeSet<Integer> quarters = RecommendRepository.salesQuarters(c, ind.getKey(), level);
                    for (int t : quarters) {
                        if (quarters.contains(Quarter.plus(t, HORIZON))) {
                            BacktestResult.Origin o = origin(c, ind.getKey(), ind.getValue(), level, t);
                            if (o != null) {
                                origins.add(o);
                            }
                        }
                    }
                }
            }
            progress.update(industries.size(), industries.size(), "");
            return new BacktestResult(List.copyOf(origins), summary(origins));
        } catch (DataAccessException e) {
            throw new UserException("recommend.error.database", e.getMessage());
        }
    }

    /** One origin: scores as of T, outcomes at T+4; null when fewer than the minimum districts have both. */
    BacktestResult.Origin origin(ReadSession c, String industry, String name, char level, int t) {
        Snapshot s = SnapshotLoader.load(c, industry, name, level, t);
        ScoreFrame f = FrameBuilder.build(s, Target.NONE, Map.of());
        int horizon = Quarter.plus(t, HORIZON);
        Map<String, CellHistory> later = RecommendRepository.cells(c, industry, level, horizon);   // index 0 = T, 4 = T+4
        Map<String, double[]> closings = RecommendRepository.closings(c, industry, level, Quarter.plus(t, 1), horizon);
        StringColumn codes = f.table().stringColumn(ScoreFrame.CODE);
        Map<String, DoubleColumn> scores = new LinkedHashMap<>();
        for (Preset p : Preset.builtIns()) {
            scores.put(p.id(), Ranker.scores(f, p.weights()));
        }
        DoubleColumn yoy = f.table().doubleColumn(ScoreFrame.YOY);
        List<Integer> rows = new ArrayList<>();
        List<Double> growth = new ArrayList<>();
        List<Double> closure = new ArrayList<>();
        List<Double> current = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            CellHistory h = later.get(codes.get(i));
            if (h == null) {
                continue;
            }
            double now = h.value(0, f.perStore());
            double then = h.value(CellHistory.WINDOW - 1, f.perStore());
            if (now > 0 && then > 0) {
                rows.add(i);
                growth.add(then / now - 1);
                double[] cl = closings.get(codes.get(i));
                closure.add(cl == null ? Double.NaN : cl[0]);
                current.add(now);
            }
        }
        if (rows.size() < minDistricts) {
            return null;
        }
        double[] g = growth.stream().mapToDouble(Double::doubleValue).toArray();
        List<BacktestResult.MethodResult> methods = new ArrayList<>();
        for (Map.Entry<String, DoubleColumn> e : scores.entrySet()) {
            methods.add(evaluate(e.getKey(), pick(e.getValue(), rows), g, closure));
        }
        methods.add(evaluate(BacktestResult.NAIVE_SALES, current.stream().mapToDouble(Double::doubleValue).toArray(), g, closure));
        methods.add(evaluate(BacktestResult.NAIVE_YOY, pick(yoy, rows), g, closure));
        for (Part p : Part.values()) {
            // each part alone, to show which parts carry signal (diagnostic; not a ranking users choose)
            methods.add(evaluate("part:" + p.name(), pick(f.table().doubleColumn(ScoreFrame.z(p)), rows), g, closure));
        }
        return new BacktestResult.Origin(industry, name, level, t, horizon, rows.size(), RankStats.median(g), List.copyOf(methods));
    }

    private static double[] pick(DoubleColumn col, List<Integer> rows) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = col.getDouble(rows.get(i));
        }
        return out;
    }

    /** Rows where the method has no value (e.g. no year-ago sales for past growth) are left out of that method only. */
    static BacktestResult.MethodResult evaluate(String method, double[] score, double[] growth, List<Double> closure) {
        List<double[]> g = new ArrayList<>();
        List<double[]> cl = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            if (Double.isFinite(score[i])) {
                g.add(new double[] {score[i], growth[i]});
                if (Double.isFinite(closure.get(i))) {
                    cl.add(new double[] {score[i], closure.get(i)});
                }
            }
        }
        if (g.size() < 3) {
            return new BacktestResult.MethodResult(method, g.size(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1);
        }
        double[] s = g.stream().mapToDouble(a -> a[0]).toArray();
        double[] y = g.stream().mapToDouble(a -> a[1]).toArray();
        double[] cs = cl.stream().mapToDouble(a -> a[0]).toArray();
        double[] cy = cl.stream().mapToDouble(a -> -a[1]).toArray();
        return new BacktestResult.MethodResult(method, g.size(), RankStats.spearman(s, y), RankStats.topDecileMinusMedian(s, y) * 100,
                cl.size() < 3 ? Double.NaN : RankStats.spearman(cs, cy),
                cl.size() < 3 ? Double.NaN : -RankStats.topDecileMinusMedian(cs, cy), 1);
    }

    private static List<BacktestResult.MethodResult> summary(List<BacktestResult.Origin> origins) {
        Map<String, double[]> acc = new LinkedHashMap<>();
        for (BacktestResult.Origin o : origins) {
            for (BacktestResult.MethodResult m : o.methods()) {
                double[] a = acc.computeIfAbsent(m.method(), k -> new double[9]);
                add(a, 0, m.spearman());
                add(a, 2, m.topDecileGapPp());
                add(a, 4, m.closureSpearman());
                add(a, 6, m.closureGapPp());
                a[8] += m.n();
            }
        }
        List<BacktestResult.MethodResult> out = new ArrayList<>();
        acc.forEach((k, a) -> out.add(new BacktestResult.MethodResult(k, (int) a[8], mean(a, 0), mean(a, 2), mean(a, 4), mean(a, 6),
                (int) a[1])));
        return out;
    }

    private static void add(double[] a, int i, double v) {
        if (Double.isFinite(v)) {
            a[i] += v;
            a[i + 1]++;
        }
    }

    private static double mean(double[] a, int i) {
        return a[i + 1] == 0 ? Double.NaN : a[i] / a[i + 1];
    }
}
