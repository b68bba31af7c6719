package kr.sanggwon.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import kr.sanggwon.common.Level;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.functions.LinearRegression;
import weka.classifiers.meta.Vote;
import weka.classifiers.trees.M5P;
import weka.classifiers.trees.REPTree;
import weka.classifiers.trees.RandomForest;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.core.Utils;

/** The Weka learners, each with bounded size (trees, depth, leaf size) so memory stays small on full Seoul. */
public final class WekaLearner implements Method {
    public static final String LINEAR = "linear-regression";
    public static final String M5P_ID = "m5p";
    public static final String REPTREE = "reptree";
    public static final String FOREST = "random-forest";
    public static final String VOTE = "forest-linear-vote";

    static {
        WekaSupport.init();
    }

    private final String id;
    private final Supplier<Classifier> factory;
    private final int maxRows;
    /** For a vote: the ids of its members, in Vote's order (empty otherwise). */
    private final List<String> members;

    private WekaLearner(String id, Supplier<Classifier> factory, int maxRows) {
        this(id, factory, maxRows, List.of());
    }

    private WekaLearner(String id, Supplier<Classifier> factory, int maxRows, List<String> members) {
        this.id = id;
        this.factory = factory;
        this.maxRows = maxRows;
        this.members = members;
    }

    /** The learners a vote averages (ids, in order), or empty when this learner is not a vote. */
    List<String> members() {
        return members;
    }

    int maxRows() {
        return maxRows;
    }

    public static List<Method> all(int maxRows) {
        return List.of(linear(maxRows), m5p(maxRows), repTree(maxRows), forest(maxRows), vote(maxRows));
    }

    public static WekaLearner linear(int maxRows) {
        return new WekaLearner(LINEAR, () -> {
            LinearRegression lr = new LinearRegression();
            lr.setAttributeSelectionMethod(new SelectedTag(LinearRegression.SELECTION_NONE, LinearRegression.TAGS_SELECTION));
            lr.setRidge(1e-4);
            lr.setDoNotCheckCapabilities(true);
            return lr;
        }, maxRows);
    }

    public static WekaLearner m5p(int maxRows) {
        return new WekaLearner(M5P_ID, () -> {
            M5P m = new M5P();
            m.setMinNumInstances(Math.max(8, maxRows / 1000));
            return m;
        }, maxRows);
    }

    public static WekaLearner repTree(int maxRows) {
        return new WekaLearner(REPTREE, () -> {
            REPTree t = new REPTree();
            t.setMaxDepth(12);
            t.setMinNum(10);
            t.setSeed(1);
            return t;
        }, maxRows);
    }

    public static WekaLearner forest(int maxRows) {
        return new WekaLearner(FOREST, () -> {
            RandomForest f = new RandomForest();
            try {
                // setOptions resets every option it is not given, so all bounds go through it at once
                f.setOptions(new String[] {"-I", "30", "-depth", "12", "-M", "5", "-P", "60", "-num-slots", "1", "-S", "1"});
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return f;
        }, maxRows);
    }

    /**
     * The average of the linear model and the forest (log scale): the linear model extrapolates smooth effects the
     * forest flattens, the forest catches interactions the linear model misses; their errors are only partly shared.
     */
    public static WekaLearner vote(int maxRows) {
        WekaLearner lr = linear(maxRows);
        WekaLearner rf = forest(maxRows);
        return new WekaLearner(VOTE, () -> {
            Vote v = new Vote();
            v.setClassifiers(new Classifier[] {lr.factory.get(), rf.factory.get()});
            v.setCombinationRule(new SelectedTag(Vote.AVERAGE_RULE, Vote.TAGS_RULES));
            return v;
        }, maxRows, List.of(LINEAR, FOREST));
    }

    /**
     * Drops features that carry no information in this training set: all missing, or one constant value, also up to
     * rounding (a constant is collinear with the intercept and makes a linear model extrapolate wildly when it changes).
     */
    static List<Feature> informative(List<Feature> features, List<Example> rows) {
        List<Feature> out = new ArrayList<>();
        for (Feature f : features) {
            boolean keep = false;
            if (f.kind() == Feature.Kind.NOMINAL) {
                String first = null;
                for (Example e : rows) {
                    String v = e.row().nominal(f);
                    if (v != null) {
                        if (first == null) {
                            first = v;
                        } else if (!first.equals(v)) {
                            keep = true;
                            break;
                        }
                    }
                }
            } else {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (Example e : rows) {
                    double v = e.row().value(f);
                    if (Double.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
                // equal up to rounding counts as constant: a share computed as 1/3 in two ways must not get a
                // coefficient of 1e15 from a linear model
                keep = max - min > 1e-9 * Math.max(1, Math.max(Math.abs(min), Math.abs(max)));
            }
            if (keep) {
                out.add(f);
            }
        }
        return out;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean baseline() {
        return false;
    }

    @Override
    public String params() {
        Classifier c = factory.get();
        String opts = c instanceof AbstractClassifier a ? Utils.joinOptions(a.getOptions()) : "";
        return opts + " (max " + maxRows + " training rows)";
    }

    @Override
    public Predictor fit(List<Example> training, Task task, Level grain) {
        List<Example> rows = Sampling.cap(training, maxRows);
        List<Example> usable = new ArrayList<>();
        for (Example e : rows) {
            if (Double.isFinite(e.modelTarget(task))) {
                usable.add(e);
            }
        }
        if (usable.size() < 10) {
            return row -> Double.NaN;
        }
        List<Feature> features = informative(Feature.of(task, grain), usable);
        List<List<String>> domains = new ArrayList<>();
        for (Feature f : features) {
            if (f.kind() == Feature.Kind.NOMINAL) {
                TreeSet<String> values = new TreeSet<>();
                for (Example e : usable) {
                    String v = e.row().nominal(f);
                    if (v != null) {
                        values.add(v);
                    }
                }
                domains.add(new ArrayList<>(values));
            } else {
                domains.add(null);
            }
        }
        WekaPredictor.Schema schema = new WekaPredictor.Schema(task, features, domains);
        Instances data = schema.emptyInstances(usable.size());
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Example e : usable) {
            double z = e.modelTarget(task);
            min = Math.min(min, z);
            max = Math.max(max, z);
            data.add(schema.instance(e.row(), z, data, null));
        }
        Classifier c = factory.get();
        try {
            c.buildClassifier(data);
        } catch (Exception e) {
            throw new IllegalStateException("Weka " + id + " failed: " + e.getMessage(), e);
        }
        return new WekaPredictor(schema, c, data.stringFreeStructure(), min, max);
    }
}
