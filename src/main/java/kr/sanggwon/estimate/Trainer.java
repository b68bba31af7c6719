package kr.sanggwon.estimate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.common.Quarter;

/**
 * Backtests every method per task and grain, picks the one with the lowest median APE (a baseline may win), fits it
 * on the most recent quarters and calibrates its 80% range on the chosen method's backtest residuals.
 */
public final class Trainer {
    /**
     * Training's backtest scores at most this many test rows per task and grain (the most recent origins, at least
     * {@link Backtest#MIN_CAPPED_ORIGINS}): 6 origins of 15,000 cells at full Seoul scale, where the 12 origins of
     * {@code eval} took training from 127 s to 335 s CPU. Smaller data (the real multi-quarter files: about 400 rows
     * per origin) keeps every origin, so its choice is the one {@code eval} reports.
     */
    static final long TRAIN_MAX_TEST_ROWS = 90_000;
    private final BacktestOptions options;

    public Trainer(BacktestOptions options) {
        this.options = options;
    }

    /** What training produced: models, the backtests behind them, and how long it took. */
    public record Result(List<TrainedModel> models, List<Evaluation> evaluations, long millis) {
    }

    /** Backtests only (the {@code eval} command). */
    public List<Evaluation> evaluate(FeatureBuilder features, Progress progress) {
        List<Evaluation> out = new ArrayList<>();
        List<Level> grains = grains(features.data());
        int parts = grains.size() * Task.values().length;
        for (Level g : grains) {
            for (Task t : Task.values()) {
                Progress part = progress.part(out.size(), parts);
                out.add(Backtest.run(features, g, t, Backtest.methods(t, options), options, part).evaluation());
            }
        }
        return out;
    }

    public Result train(FeatureBuilder features, Progress progress) {
        long start = System.nanoTime();
        EstimateData data = features.data();
        List<TrainedModel> models = new ArrayList<>();
        List<Evaluation> evaluations = new ArrayList<>();
        List<Level> grains = grains(data);
        int parts = grains.size() * Task.values().length;
        for (Level g : grains) {
            for (Task t : Task.values()) {
                long t0 = System.nanoTime();
                Progress part = progress.part(models.size(), parts);
                List<Method> methods = Backtest.methods(t, options);
                // the backtest is most of the work; the final fit shows as the last tenth of this model's part
                Backtest.Outcome outcome = Backtest.run(features, g, t, methods, options, TRAIN_MAX_TEST_ROWS, part.slice(0, 0.9));
                Evaluation ev = outcome.evaluation();
                evaluations.add(ev);
                String chosenId = ev.chosen() != null ? ev.chosen()
                        : (t == Task.FORECAST ? Baselines.LAST_VALUE : Baselines.INDUSTRY_GU_MEDIAN);
                Method chosen = methods.stream().filter(m -> m.id().equals(chosenId)).findFirst().orElseThrow();
                part.checkCancelled();
                part.update(9, 10, Messages.get("estimate.progress.final", t.id(), chosen.id()));
                NavigableSet<Integer> quarters = data.quarters(g);
                int last = quarters.last();
                TreeSet<Integer> window = new TreeSet<>(quarters.subSet(Quarter.minus(last, options.trainWindow() - 1), true, last, true));
                List<Example> training = Examples.build(features, g, t, window, options.maxCellsPerQuarter());
                Predictor p = chosen.fit(training, t, g);
                List<Residual> residuals = outcome.residuals().getOrDefault(chosenId, List.of());
                Conformal range = Conformal.fit(residuals);
                long millis = (System.nanoTime() - t0) / 1_000_000;
                models.add(new TrainedModel(0, t, g, chosen.id(), chosen.baseline(), chosen.params(), p, range, ev, data.dataVersion(),
                        last, Math.min(training.size(), chosen.baseline() ? training.size() : options.maxTrainRows()), millis,
                        Instant.now()));
            }
        }
        return new Result(models, evaluations, (System.nanoTime() - start) / 1_000_000);
    }

    /** Grains that have at least two quarters of usable targets. */
    static List<Level> grains(EstimateData data) {
        List<Level> out = new ArrayList<>();
        for (Level g : Level.values()) {
            if (data.quarters(g).size() >= 2) {
                out.add(g);
            }
        }
        return out;
    }

    /** Convenience for logs and tests: evaluations keyed "task/grain". */
    static Map<String, Evaluation> byKey(List<Evaluation> evaluations) {
        Map<String, Evaluation> m = new java.util.LinkedHashMap<>();
        for (Evaluation e : evaluations) {
            m.put(e.task().id() + "/" + e.grain().code(), e);
        }
        return m;
    }
}
