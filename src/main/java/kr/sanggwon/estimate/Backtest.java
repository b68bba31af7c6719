package kr.sanggwon.estimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.common.Quarter;

/**
 * Rolling-origin backtest over the last quarters of the loaded data. For each origin quarter every method is fitted
 * on examples of strictly earlier quarters only and predicts the origin. Cold start also holds out whole cells
 * (grouped folds): a held-out cell contributes no training row at any quarter. All methods are scored on the same
 * test rows.
 */
public final class Backtest {
    /** Methods whose fallback share is at least this are not eligible as "best baseline". */
    static final double MAX_FALLBACK = 0.5;

    private Backtest() {
    }

    /** The evaluation and, per method, the backtest residuals (for ranges). */
    public record Outcome(Evaluation evaluation, Map<String, List<Residual>> residuals) {
    }

    public static List<Method> methods(Task task, BacktestOptions options) {
        List<Method> m = new ArrayList<>();
        if (task == Task.FORECAST) {
            m.add(Baselines.lastValue());
            m.add(Baselines.seasonalNaive());
            m.add(ForecastRules.seasonalMove());
            m.add(ForecastRules.localChange());
        } else {
            m.add(Baselines.industryGuMedian());
            m.add(Baselines.guTypeMedian());
        }
        m.addAll(WekaLearner.all(options.maxTrainRows()));
        return m;
    }

    public static Outcome run(FeatureBuilder features, Level grain, Task task, List<Method> methods, BacktestOptions options,
                              Progress progress) {
        return run(features, grain, task, methods, options, Long.MAX_VALUE, progress);
    }

    /**
     * As {@link #run(FeatureBuilder, Level, Task, List, BacktestOptions, Progress)}, but the most recent origins are
     * taken only while their test rows (cells with a target, at most {@code maxCellsPerQuarter} per quarter) add up to
     * at most {@code maxTestRows}, and never fewer than {@link #MIN_CAPPED_ORIGINS} origins. Training uses this at
     * full scale, where each origin already scores thousands of cells; {@code eval} keeps every origin.
     */
    public static Outcome run(FeatureBuilder features, Level grain, Task task, List<Method> methods, BacktestOptions options,
                              long maxTestRows, Progress progress) {
        EstimateData data = features.data();
        NavigableSet<Integer> quarters = data.quarters(grain);
        List<Integer> origins = origins(data, grain, task, options, maxTestRows);
        TreeSet<Integer> needed = new TreeSet<>();
        for (int q : quarters) {
            if (!origins.isEmpty() && q >= Quarter.minus(origins.get(0), options.trainWindow())) {
                needed.add(q);
            }
        }
        List<Example> all = Examples.build(features, grain, task, needed, options.maxCellsPerQuarter());
        TreeMap<Integer, List<Example>> byQuarter = new TreeMap<>();
        for (Example e : all) {
            byQuarter.computeIfAbsent(e.quarter(), k -> new ArrayList<>()).add(e);
        }
        int folds = task == Task.COLD_START ? Math.max(2, options.folds()) : 1;
        long total = (long) origins.size() * folds * methods.size();
        long done = 0;
        List<Evaluation.Origin> originInfo = new ArrayList<>();
        Map<String, List<Residual>> residuals = new LinkedHashMap<>();
        Map<String, int[]> fallbacks = new HashMap<>();
        List<Double> oracleApe = new ArrayList<>();
        for (Method m : methods) {
            residuals.put(m.id(), new ArrayList<>());
            fallbacks.put(m.id(), new int[2]);
        }
        for (int origin : origins) {
            List<Example> train = new ArrayList<>();
            for (List<Example> l : byQuarter.subMap(Quarter.minus(origin, options.trainWindow()), true, origin, false).values()) {
                train.addAll(l);
            }
            List<Example> test = byQuarter.getOrDefault(origin, List.of());
            if (train.isEmpty() || test.isEmpty()) {
                done += (long) folds * methods.size();
                continue;
            }
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (Example e : train) {
                first = Math.min(first, e.quarter());
                last = Math.max(last, e.quarter());
            }
            if (last >= origin) {
                throw new IllegalStateException("training data reaches the origin " + origin);
            }
            originInfo.add(new Evaluation.Origin(origin, train.size(), test.size(), first, last));
            for (int k = 0; k < folds; k++) {
                List<Example> trainK = train;
                List<Example> testK = test;
                if (folds > 1) {
                    final int fold = k;
                    trainK = train.stream().filter(e -> Sampling.fold(e.cell(), folds) != fold).toList();
                    testK = test.stream().filter(e -> Sampling.fold(e.cell(), folds) == fold).toList();
                }
                if (trainK.isEmpty() || testK.isEmpty()) {
                    done += methods.size();
                    continue;
                }
                double[][] preds = new double[methods.size()][];
                Map<String, Predictor> fitted = new HashMap<>();
                for (int mi = 0; mi < methods.size(); mi++) {
                    progress.checkCancelled();
                    Method m = methods.get(mi);
                    progress.update(done, total, Messages.get("estimate.progress.backtest", task.id(), m.id(),
                            kr.sanggwon.common.Formats.quarter(origin)));
                    Predictor p = reuse(m, methods, fitted);
                    if (p == null) {
                        p = m.fit(trainK, task, grain);
                    }
                    fitted.put(m.id(), p);
                    double[] pr = new double[testK.size()];
                    for (int i = 0; i < pr.length; i++) {
                        pr[i] = p.predictLog(testK.get(i).row());
                    }
                    preds[mi] = pr;
                    done++;
                }
                for (int i = 0; i < testK.size(); i++) {
                    boolean allFinite = true;
                    for (double[] pr : preds) {
                        allFinite &= Double.isFinite(pr[i]);
                    }
                    if (!allFinite) {
                        continue;
                    }
                    Example e = testK.get(i);
                    if (task == Task.FORECAST) {
                        oracleApe.add(oracleShiftApe(features, grain, e));
                    }
                    for (int mi = 0; mi < methods.size(); mi++) {
                        Method m = methods.get(mi);
                        residuals.get(m.id()).add(new Residual(e.cell(), origin, e.group(), e.actual(), preds[mi][i]));
                        int[] fb = fallbacks.get(m.id());
                        fb[1]++;
                        if (m.fallsBack(e.row())) {
                            fb[0]++;
                        }
                    }
                }
            }
        }
        progress.update(total, total, "");
        List<Evaluation.MethodResult> results = new ArrayList<>();
        Map<String, Double> fallbackShares = new HashMap<>();
        String bestBaseline = null;
        double bestBaselineApe = Double.POSITIVE_INFINITY;
        for (Method m : methods) {
            List<Residual> r = residuals.get(m.id());
            Metrics metrics = Metrics.of(r).withCoverage(Conformal.crossCoverageDetail(r));
            int[] fb = fallbacks.get(m.id());
            double fallbackShare = fb[1] == 0 ? 0 : (double) fb[0] / fb[1];
            fallbackShares.put(m.id(), fallbackShare);
            results.add(new Evaluation.MethodResult(m.id(), m.baseline(), m.params(), metrics, fallbackShare));
            boolean eligible = metrics.n() > 0 && fallbackShare < MAX_FALLBACK;
            if (eligible && m.baseline() && metrics.medianApe() < bestBaselineApe) {
                bestBaseline = m.id();
                bestBaselineApe = metrics.medianApe();
            }
        }
        String reference = task == Task.FORECAST ? Baselines.LAST_VALUE : Baselines.INDUSTRY_GU_MEDIAN;
        Selection selection = Selection.choose(reference, residuals, fallbackShares);
        double oracle = oracleApe.isEmpty() ? Double.NaN : Stats.median(oracleApe);
        return new Outcome(new Evaluation(task, grain, data.dataVersion(), originInfo, results, selection.chosen(), bestBaseline, oracle,
                selection, BacktestBreakdown.perOrigin(residuals), BacktestBreakdown.perIndustry(residuals),
                BacktestBreakdown.latestCoverage(residuals.getOrDefault(selection.chosen(), List.of()))), residuals);
    }

    /** Origins of a backtest take at least this many of the most recent quarters when capped by test rows. */
    public static final int MIN_CAPPED_ORIGINS = 4;

    /** The origin quarters, oldest first: the most recent ones, within the option's count and the test-row cap. */
    static List<Integer> origins(EstimateData data, Level grain, Task task, BacktestOptions options, long maxTestRows) {
        NavigableSet<Integer> quarters = data.quarters(grain);
        int maxOrigins = task == Task.FORECAST ? options.origins() : options.coldStartOrigins();
        List<Integer> origins = new ArrayList<>();
        long rows = 0;
        for (int q : quarters.descendingSet()) {
            if (origins.size() >= maxOrigins) {
                break;
            }
            long n = maxTestRows == Long.MAX_VALUE ? 0 : testRows(data, grain, q, options.maxCellsPerQuarter());
            if (origins.size() >= MIN_CAPPED_ORIGINS && rows + n > maxTestRows) {
                break;
            }
            origins.add(q);
            rows += n;
        }
        java.util.Collections.reverse(origins);
        return origins;
    }

    /** Cells of the grain with a target in {@code quarter}, at most {@code maxCells} (what one origin scores, about). */
    private static long testRows(EstimateData data, Level grain, int quarter, int maxCells) {
        long n = 0;
        for (Cell c : data.cells(grain)) {
            if (data.observedTarget(c, quarter) > 0) {
                n++;
            }
        }
        return Math.min(n, maxCells);
    }

    /**
     * A vote whose members were already fitted on this very training set is their average (the same numbers a
     * fitted Weka Vote gives, without fitting the forest and the linear model a second time); null when it must be
     * fitted. Backtests only: the final model is a real Vote.
     */
    private static Predictor reuse(Method m, List<Method> methods, Map<String, Predictor> fitted) {
        if (!(m instanceof WekaLearner vote) || vote.members().isEmpty()) {
            return null;
        }
        List<WekaPredictor> parts = new ArrayList<>();
        for (String id : vote.members()) {
            // same id and the same row cap: the member saw exactly the rows the vote would see
            boolean sameRows = methods.stream().anyMatch(o -> o.id().equals(id) && o instanceof WekaLearner w && w.maxRows() == vote.maxRows());
            if (!sameRows || !(fitted.get(id) instanceof WekaPredictor wp)) {
                return null;
            }
            parts.add(wp);
        }
        return WekaPredictor.average(parts);
    }

    /** APE of the last value moved by the industry's actual median growth into the target quarter (a yardstick). */
    private static double oracleShiftApe(FeatureBuilder features, Level grain, Example e) {
        double lag = e.row().value(Feature.LAG1);
        double shift = features.industryGrowth(e.cell().industry(), grain, e.quarter());
        double predicted = Math.exp(lag + (Double.isFinite(shift) ? shift : 0));
        return Math.abs(predicted - e.actual()) / e.actual();
    }
}
