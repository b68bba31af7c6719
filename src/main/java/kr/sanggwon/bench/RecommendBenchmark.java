package kr.sanggwon.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.sanggwon.common.UserException;
import kr.sanggwon.recommend.Filter;
import kr.sanggwon.recommend.Part;
import kr.sanggwon.recommend.RecommendService;
import kr.sanggwon.recommend.ScoreFrame;
import kr.sanggwon.recommend.Target;
import kr.sanggwon.recommend.Weights;
import kr.sanggwon.store.Database;

/**
 * The numbers behind `bench recommend`: how long 유망 상권 takes to re-rank when a weight moves. Per grain (상권, 행정동)
 * it reads the scoring frame of the industry with the most districts (or the one asked for) once, then re-ranks it for
 * many random weight sets exactly as the sliders do ({@link RecommendService#rank} with every row, reasons included),
 * and also both grains back to back per change (all 상권 + all 행정동).
 */
public final class RecommendBenchmark {
    /**
     * One timed series; times in milliseconds, wall clock and the ranking thread's CPU time (the fairer figure on a
     * shared machine). {@code rows}: districts ranked per change.
     */
    public record Result(String grain, String industry, int rows, double frameMs, int changes, double p50, double p95,
                         double max, double cpuP50, double cpuP95) {
    }

    private final Database database;
    private final RecommendService recommend;

    public RecommendBenchmark(Database database, RecommendService recommend) {
        this.database = database;
        this.recommend = recommend;
    }

    public List<Result> run(String industry, int changes, int warmup, long seed) throws SQLException {
        if (changes < 1 || warmup < 0) {
            throw new UserException("bench.recommend.counts");
        }
        List<ScoreFrame> frames = new ArrayList<>();
        List<Double> loadMs = new ArrayList<>();
        for (char level : new char[] {'T', 'D'}) {
            String code = industry != null ? industry : busiestIndustry(level);
            if (code == null || !hasSales(code, level)) {
                continue;
            }
            long t0 = System.nanoTime();
            frames.add(recommend.frame(code, level, Target.NONE));
            loadMs.add((System.nanoTime() - t0) / 1e6);
        }
        if (frames.isEmpty()) {
            throw new UserException("bench.recommend.noData");
        }
        Random random = new Random(seed);
        List<Weights> weights = new ArrayList<>();
        for (int i = 0; i < warmup + changes; i++) {
            weights.add(randomWeights(random));
        }
        List<Result> out = new ArrayList<>();
        java.util.function.LongSupplier cpuNanos = cpuClock();
        double[][] each = new double[frames.size()][changes];
        double[][] eachCpu = new double[frames.size()][changes];
        double[] both = new double[changes];
        double[] bothCpu = new double[changes];
        for (int i = -warmup; i < changes; i++) {
            Weights w = weights.get(i + warmup);
            long start = System.nanoTime();
            long startCpu = cpuNanos.getAsLong();
            for (int f = 0; f < frames.size(); f++) {
                long t0 = System.nanoTime();
                long c0 = cpuNanos.getAsLong();
                recommend.rank(frames.get(f), w, Filter.ALL, Target.NONE, 0);
                if (i >= 0) {
                    each[f][i] = (System.nanoTime() - t0) / 1e6;
                    eachCpu[f][i] = (cpuNanos.getAsLong() - c0) / 1e6;
                }
            }
            if (i >= 0) {
                both[i] = (System.nanoTime() - start) / 1e6;
                bothCpu[i] = (cpuNanos.getAsLong() - startCpu) / 1e6;
            }
        }
        int total = 0;
        for (int f = 0; f < frames.size(); f++) {
            ScoreFrame fr = frames.get(f);
            total += fr.rows();
            out.add(result(fr.level() == 'T' ? "상권" : "행정동", fr.industry(), fr.rows(), loadMs.get(f), each[f], eachCpu[f]));
        }
        if (frames.size() > 1) {
            out.add(result("상권+행정동", frames.get(0).industry() + "+" + frames.get(1).industry(), total, Double.NaN, both, bothCpu));
        }
        return out;
    }

    private static Result result(String grain, String industry, int rows, double frameMs, double[] times, double[] cpu) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double[] sortedCpu = cpu.clone();
        Arrays.sort(sortedCpu);
        return new Result(grain, industry, rows, frameMs, sorted.length, pct(sorted, 0.5), pct(sorted, 0.95), sorted[sorted.length - 1],
                pct(sortedCpu, 0.5), pct(sortedCpu, 0.95));
    }

    /**
     * CPU time of the ranking thread in nanoseconds. The process's clock ticks in 10 ms steps on Linux, too coarse here;
     * the ranking runs in this thread (Tablesaw's sort forks only above 8,192 rows), garbage collection is not counted.
     */
    private static java.util.function.LongSupplier cpuClock() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx::getCurrentThreadCpuTime;
    }

    /** Slider-like weights: 0 to 5 in steps of 0.5, never all zero. */
    static Weights randomWeights(Random random) {
        Map<Part, Double> m = new EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            m.put(p, random.nextInt(11) * 0.5);
        }
        if (m.values().stream().allMatch(v -> v == 0)) {
            m.put(Part.SALES, 1.0);
        }
        return new Weights(m);
    }

    static double pct(double[] sorted, double p) {
        int idx = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    /** The industry with sales in the most districts of the grain in its latest quarter with sales. */
    private String busiestIndustry(char level) throws SQLException {
        try (Connection c = database.connection();
             PreparedStatement ps = c.prepareStatement("SELECT k.industry_code FROM industry_quarter_kpi k WHERE k.lvl = ?"
                     + " AND k.sales_amt > 0 AND k.quarter = (SELECT MAX(quarter) FROM industry_quarter_kpi m WHERE m.lvl = k.lvl"
                     + " AND m.industry_code = k.industry_code AND m.sales_amt > 0) ORDER BY k.cells DESC, k.industry_code LIMIT 1")) {
            ps.setString(1, String.valueOf(level));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private boolean hasSales(String industry, char level) throws SQLException {
        try (Connection c = database.connection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sales_q WHERE industry_code = ? AND lvl = ? LIMIT 1")) {
            ps.setString(1, industry);
            ps.setString(2, String.valueOf(level));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
