package kr.sanggwon.estimate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * A fitted Weka classifier with the attribute layout it was trained on. Unseen nominal values and missing inputs
 * become Weka missing values (never an exception); {@link #unseen} lists them so callers can warn.
 */
final class WekaPredictor implements Predictor {
    // bumped when the feature set changes, so models stored by an older version are retrained
    private static final long serialVersionUID = 2L;
    private final Schema schema;
    private final Classifier classifier;
    private final Instances header;
    private final double minTarget;
    private final double maxTarget;

    /** {@code minTarget}/{@code maxTarget}: range of the training targets; predictions are clamped to it. */
    WekaPredictor(Schema schema, Classifier classifier, Instances header, double minTarget, double maxTarget) {
        this.schema = schema;
        this.classifier = classifier;
        this.header = header;
        this.minTarget = minTarget;
        this.maxTarget = maxTarget;
    }

    Classifier classifier() {
        return classifier;
    }

    @Override
    public double predictLog(FeatureRow row) {
        return finish(row, raw(row));
    }

    /** The classifier's own output for {@code row} (the model target, before clamping); NaN when it cannot predict. */
    double raw(FeatureRow row) {
        if (schema.task() == Task.FORECAST && Double.isNaN(row.value(Feature.LAG1))) {
            return Double.NaN;
        }
        try {
            return classify(schema.instance(row, Utils.missingValue(), header, null));
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** Clamps a model-target value {@code z} to the training range and adds the task's base: the log prediction. */
    double finish(FeatureRow row, double z) {
        double base = 0;
        if (schema.task() == Task.FORECAST) {
            base = row.value(Feature.LAG1);
            if (Double.isNaN(base)) {
                return Double.NaN;
            }
            // the industry's common move into the target quarter, estimated by last year's same move (else none)
            double season = row.value(Feature.IND_SEASON_GROWTH);
            if (Double.isFinite(season)) {
                base += season;
            }
        }
        // never extrapolate beyond what training saw (a linear model can explode on an unusual row)
        return Double.isFinite(z) ? base + Math.max(minTarget, Math.min(maxTarget, z)) : Double.NaN;
    }

    /**
     * What a Weka {@code Vote} (average rule) of the classifiers of {@code parts} predicts, without fitting it again:
     * the mean of their raw outputs, clamped and based like one predictor. Only valid when every part was fitted on
     * the same rows as the vote would be (same schema and training range), which {@code Backtest} guarantees by
     * fitting them on the same training set; Vote builds each member on an unchanged copy of that set, so the result
     * is the same number ({@code BacktestTest} checks it).
     */
    static Predictor average(List<WekaPredictor> parts) {
        WekaPredictor first = parts.get(0);
        return new Predictor() {
            private static final long serialVersionUID = 1L;

            @Override
            public double predictLog(FeatureRow row) {
                double sum = 0;
                for (WekaPredictor p : parts) {
                    sum += p.raw(row);
                }
                return first.finish(row, sum / parts.size());
            }
        };
    }

    /**
     * Weka classifiers are not safe for concurrent use: M5P and linear regression push each instance through their
     * own missing-value and nominal filters. The screen, the retrainer's warm-up and the drivers may predict at once.
     */
    private double classify(weka.core.Instance instance) throws Exception {
        synchronized (classifier) {
            return classifier.classifyInstance(instance);
        }
    }

    @Override
    public List<Feature> unseen(FeatureRow row) {
        List<Feature> out = new ArrayList<>();
        schema.instance(row, Utils.missingValue(), header, out);
        return out;
    }

    /** Which features, in which order, with which nominal domains. */
    record Schema(Task task, List<Feature> features, List<List<String>> domains) implements Serializable {
        Instances emptyInstances(int capacity) {
            ArrayList<Attribute> atts = new ArrayList<>();
            for (int i = 0; i < features.size(); i++) {
                Feature f = features.get(i);
                if (f.kind() == Feature.Kind.NOMINAL) {
                    List<String> d = domains.get(i);
                    atts.add(new Attribute(f.id(), d.isEmpty() ? List.of("none") : d));
                } else {
                    atts.add(new Attribute(f.id()));
                }
            }
            atts.add(new Attribute("target"));
            Instances data = new Instances(task.id(), atts, capacity);
            data.setClassIndex(atts.size() - 1);
            return data;
        }

        Instance instance(FeatureRow row, double target, Instances dataset, List<Feature> unseen) {
            double[] v = new double[features.size() + 1];
            for (int i = 0; i < features.size(); i++) {
                Feature f = features.get(i);
                if (f.kind() == Feature.Kind.NOMINAL) {
                    String s = row.nominal(f);
                    int index = s == null ? -1 : domains.get(i).indexOf(s);
                    if (index < 0 && s != null && unseen != null) {
                        unseen.add(f);
                    }
                    v[i] = index < 0 ? Utils.missingValue() : index;
                } else {
                    double x = row.value(f);
                    v[i] = Double.isFinite(x) ? x : Utils.missingValue();
                }
            }
            v[features.size()] = target;
            DenseInstance inst = new DenseInstance(1.0, v);
            inst.setDataset(dataset);
            return inst;
        }
    }
}
