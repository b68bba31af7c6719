package kr.sanggwon.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Progress;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * An experiment, not a regression test (its name keeps it out of {@code mvn verify}): does the sales per store of the
 * same industry in the nearest 상권 (by the master's TM coordinates) help cold start at 상권 grain, and does shrinking a
 * learner toward the 자치구 × type median? Run on a data folder where the real seoul-multi files + 영역-상권 were
 * imported (run A of docs/MODEL_CARD.md):
 * <pre>
 * java -jar target/sanggwon-desk.jar --data-dir /tmp/multiA import --no-train ../shared/data/seoul-multi/*.csv \
 *   "../shared/data/seoul/서울시 상권분석서비스(영역-상권).csv"
 * mvn -o test -Dtest=ColdStartNeighbourExperiment -Dexperiment.dir=/tmp/multiA -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * writes {@code target/cold-start-neighbours.md}. The neighbour value is fixed in advance (median log sales per store of
 * the 5 nearest other 상권 with a value of the industry in the information quarter, q − 1: known at forecast time, never
 * the cell's own). It goes into the {@code universities} slot, which is missing on every row of run A (asserted), so the
 * learners see it as one extra numeric input without changing the production feature set. The shrunk method is the
 * plain average (log scale) of the learner and the 자치구 × type median, weight 0.5 fixed in advance.
 */
@EnabledIfSystemProperty(named = "experiment.dir", matches = ".+")
class ColdStartNeighbourExperiment {
    private static final int K = 5;
    private static final Feature SLOT = Feature.UNIVERSITIES;

    @Test
    void neighboursAndShrinkage() throws Exception {
        Path dir = Path.of(System.getProperty("experiment.dir"));
        EstimateData data;
        Map<String, double[]> xy = new HashMap<>();
        try (Database db = Database.open(dir)) {
            data = new EstimateDataLoader(db).load();
            try (Connection c = db.connection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT code, x_tm, y_tm FROM district WHERE x_tm IS NOT NULL AND y_tm IS NOT NULL")) {
                while (rs.next()) {
                    xy.put(rs.getString(1), new double[] {rs.getDouble(2), rs.getDouble(3)});
                }
            }
        }
        FeatureBuilder features = new FeatureBuilder(data);
        Neighbours nbr = new Neighbours(data, xy);
        BacktestOptions options = BacktestOptions.DEFAULT;
        int rows = options.maxTrainRows();
        List<Method> methods = new ArrayList<>();
        methods.add(Baselines.industryGuMedian());
        methods.add(Baselines.guTypeMedian());
        methods.add(nbr.median());
        for (Method m : WekaLearner.all(rows)) {
            methods.add(m);
        }
        for (Method m : WekaLearner.all(rows)) {
            methods.add(nbr.with(m));
        }
        methods.add(shrunk(WekaLearner.linear(rows), Baselines.guTypeMedian()));
        methods.add(shrunk(nbr.with(WekaLearner.linear(rows)), Baselines.guTypeMedian()));
        methods.add(shrunk(nbr.with(WekaLearner.vote(rows)), Baselines.guTypeMedian()));
        Backtest.Outcome out = Backtest.run(features, Level.TRDAR, Task.COLD_START, methods, options, Progress.NONE);
        assertThat(nbr.slotWasEmpty).as("the " + SLOT.id() + " slot must be missing on every row (run A)").isTrue();

        Map<String, List<Residual>> res = out.residuals();
        double ref = Metrics.of(res.get(Baselines.INDUSTRY_GU_MEDIAN)).medianApe();
        TreeMap<Integer, Double> refOrigins = Selection.byOrigin(res.get(Baselines.INDUSTRY_GU_MEDIAN));
        StringBuilder md = new StringBuilder();
        md.append("cold start, 상권 grain, origins ").append(refOrigins.keySet()).append(", ").append(options.folds())
                .append(" grouped folds; neighbour value known for ").append(String.format("%.1f%%", 100.0 * nbr.known / Math.max(1, nbr.asked)))
                .append(" of rows\n\n| method | n | median APE | ratio | ±20% | R² (log) | 80% cov. (above/below) | per origin |\n|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, List<Residual>> e : res.entrySet()) {
            Metrics m = Metrics.of(e.getValue()).withCoverage(Conformal.crossCoverageDetail(e.getValue()));
            StringBuilder per = new StringBuilder();
            Selection.byOrigin(e.getValue()).forEach((q, v) -> per.append(String.format("%d %.1f%% ", q, 100 * v)));
            md.append(String.format("| %s | %d | %.1f%% | %.3f | %.1f%% | %.3f | %.1f%% (%.1f/%.1f) | %s|%n", e.getKey(), m.n(),
                    100 * m.medianApe(), m.medianApe() / ref, 100 * m.within20(), m.r2Log(), 100 * m.coverage80(), 100 * m.missAbove(),
                    100 * m.missBelow(), per));
        }
        Path target = Path.of("target", "cold-start-neighbours.md");
        write(target, md.toString());
    }

    private static void write(Path p, String s) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s);
    }

    /** Average (log scale, weight 0.5) of a method and a prior; the prior alone when the method cannot predict. */
    static Method shrunk(Method m, Method prior) {
        return new Method() {
            @Override
            public String id() {
                return m.id() + "~" + prior.id();
            }

            @Override
            public boolean baseline() {
                return false;
            }

            @Override
            public String params() {
                return "0.5 / 0.5";
            }

            @Override
            public Predictor fit(List<Example> training, Task task, Level grain) {
                Predictor a = m.fit(training, task, grain);
                Predictor b = prior.fit(training, task, grain);
                return row -> {
                    double x = a.predictLog(row);
                    double y = b.predictLog(row);
                    return Double.isFinite(x) ? (Double.isFinite(y) ? 0.5 * x + 0.5 * y : x) : y;
                };
            }
        };
    }

    /** Nearest 상권 by TM coordinates and their sales per store of the same industry in the information quarter. */
    static final class Neighbours {
        private final EstimateData data;
        private final Map<String, List<String>> nearest = new HashMap<>();
        boolean slotWasEmpty = true;
        long asked;
        long known;

        Neighbours(EstimateData data, Map<String, double[]> xy) {
            this.data = data;
            List<String> codes = new ArrayList<>();
            for (String c : xy.keySet()) {
                DistrictInfo d = data.district(c);
                if (d != null && d.grain() == Level.TRDAR) {
                    codes.add(c);
                }
            }
            for (String c : codes) {
                double[] p = xy.get(c);
                List<String> others = new ArrayList<>(codes);
                others.remove(c);
                others.sort(Comparator.comparingDouble(o -> dist2(p, xy.get(o))));
                nearest.put(c, others.subList(0, Math.min(60, others.size())));
            }
        }

        private static double dist2(double[] a, double[] b) {
            double dx = a[0] - b[0];
            double dy = a[1] - b[1];
            return dx * dx + dy * dy;
        }

        /** Median log target of the K nearest other 상권 with a target of the industry in the quarter before; NaN if none. */
        double value(FeatureRow row) {
            List<String> list = nearest.get(row.cell().district());
            if (list == null) {
                return Double.NaN;
            }
            List<Double> v = new ArrayList<>();
            for (String o : list) {
                double y = data.target(new Cell(o, row.cell().industry()), row.infoQuarter());
                if (y > 0) {
                    v.add(Math.log(y));
                    if (v.size() == K) {
                        break;
                    }
                }
            }
            return v.isEmpty() ? Double.NaN : Stats.median(v);
        }

        synchronized FeatureRow inject(FeatureRow row) {
            if (!Double.isNaN(row.value(SLOT))) {
                slotWasEmpty = false;
            }
            double v = value(row);
            asked++;
            if (Double.isFinite(v)) {
                known++;
            }
            return row.with(SLOT, v, null);
        }

        Method with(Method m) {
            Neighbours self = this;
            return new Method() {
                @Override
                public String id() {
                    return m.id() + "+nbr";
                }

                @Override
                public boolean baseline() {
                    return false;
                }

                @Override
                public String params() {
                    return m.params();
                }

                @Override
                public Predictor fit(List<Example> training, Task task, Level grain) {
                    List<Example> t = new ArrayList<>(training.size());
                    for (Example e : training) {
                        t.add(new Example(self.inject(e.row()), e.actual(), e.lag1(), e.shift()));
                    }
                    Predictor p = m.fit(t, task, grain);
                    return row -> p.predictLog(self.inject(row));
                }
            };
        }

        /** The neighbours' median alone (the 자치구 median of the industry when no neighbour has a value). */
        Method median() {
            Method fallback = Baselines.industryGuMedian();
            Neighbours self = this;
            return new Method() {
                @Override
                public String id() {
                    return "nearest-" + K + "-median";
                }

                @Override
                public boolean baseline() {
                    return true;
                }

                @Override
                public String params() {
                    return "K=" + K;
                }

                @Override
                public Predictor fit(List<Example> training, Task task, Level grain) {
                    Predictor f = fallback.fit(training, task, grain);
                    return row -> {
                        double v = self.value(row);
                        return Double.isFinite(v) ? v : f.predictLog(row);
                    };
                }
            };
        }
    }
}
