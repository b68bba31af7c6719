package kr.sanggwon.estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the features that moved an estimate most versus the industry median, by substitution: each feature in turn
 * is set to the industry's median value (categories: to unknown) and the change of the prediction is measured. Each
 * numeric driver also carries the model's direction for the feature ({@link ModelDirection}), so a driver whose sign
 * does not follow from it is read as "weighed in combination" rather than as a contradiction.
 */
public final class DriverExplainer {
    static final int MAX = 5;
    static final int MIN = 3;
    static final double NOTABLE = 0.01;
    /** Effects smaller than this are no effect at all (e.g. a feature the model never uses). */
    static final double NONE = 0.001;

    private DriverExplainer() {
    }

    public static List<Driver> explain(Predictor predictor, FeatureRow row, IndustryReference reference, List<Feature> features,
                                       EstimateData data) {
        double base = predictor.predictLog(row);
        if (!Double.isFinite(base)) {
            return List.of();
        }
        List<Driver> all = new ArrayList<>();
        for (Feature f : features) {
            if (f == Feature.INDUSTRY || f == Feature.QUARTER_OF_YEAR) {
                continue;
            }
            FeatureRow swapped;
            if (f.kind() == Feature.Kind.NOMINAL) {
                if (row.nominal(f) == null) {
                    continue;
                }
                swapped = row.with(f, Double.NaN, null);
            } else {
                double v = row.value(f);
                double m = reference.medianValue(f);
                if (!Double.isFinite(v) || !Double.isFinite(m) || v == m) {
                    continue;
                }
                swapped = row.with(f, m, null);
            }
            double p = predictor.predictLog(swapped);
            if (!Double.isFinite(p)) {
                continue;
            }
            double effect = Math.exp(base - p) - 1;
            if (f.kind() == Feature.Kind.NOMINAL) {
                String code = row.nominal(f);
                String name = f == Feature.GU ? guName(row, data) : null;
                all.add(new Driver(f, Double.NaN, Double.NaN, code, name, effect, null));
            } else {
                all.add(new Driver(f, row.display()[f.ordinal()], reference.medianDisplay(f), null, null, effect, null));
            }
        }
        all.sort(Comparator.comparingDouble((Driver d) -> -Math.abs(Math.log1p(d.effect()))));
        List<Driver> out = new ArrayList<>();
        for (Driver d : all) {
            if (out.size() >= MAX || Math.abs(d.effect()) < NONE || (out.size() >= MIN && Math.abs(d.effect()) < NOTABLE)) {
                break;
            }
            out.add(d.numeric() ? withDirection(d, reference.direction(predictor, d.feature())) : d);
        }
        return out;
    }

    private static Driver withDirection(Driver d, Driver.Direction direction) {
        return new Driver(d.feature(), d.value(), d.reference(), d.category(), d.categoryName(), d.effect(), direction);
    }

    private static String guName(FeatureRow row, EstimateData data) {
        DistrictInfo d = data.district(row.cell().district());
        return d == null ? null : d.guName();
    }

    /**
     * The model's direction for a numeric feature over the industry's districts: in each of (up to) {@link #SAMPLE}
     * reference districts the feature is set to its lower and its upper quartile; when at least
     * {@link #AGREEMENT} of the districts move the same way (and the average move is not negligible), that is the
     * direction, else {@link Driver.Direction#MIXED}.
     */
    static final int SAMPLE = 40;
    static final double AGREEMENT = 0.75;

    static Driver.Direction direction(Predictor predictor, Feature f, List<FeatureRow> rows) {
        double[] v = rows.stream().mapToDouble(r -> r.value(f)).filter(Double::isFinite).sorted().toArray();
        if (v.length < 4) {
            return Driver.Direction.MIXED;
        }
        double lo = v[v.length / 4];
        double hi = v[(3 * v.length) / 4];
        if (!(hi > lo)) {
            lo = v[0];
            hi = v[v.length - 1];
            if (!(hi > lo)) {
                return Driver.Direction.MIXED;
            }
        }
        int step = Math.max(1, rows.size() / SAMPLE);
        int up = 0;
        int down = 0;
        double sum = 0;
        for (int i = 0; i < rows.size(); i += step) {
            FeatureRow r = rows.get(i);
            double a = predictor.predictLog(r.with(f, lo, null));
            double b = predictor.predictLog(r.with(f, hi, null));
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                continue;
            }
            double d = b - a;
            sum += d;
            if (d > NONE) {
                up++;
            } else if (d < -NONE) {
                down++;
            }
        }
        int n = up + down;
        if (n == 0) {
            return Driver.Direction.MIXED;
        }
        if (up >= AGREEMENT * n && sum > 0) {
            return Driver.Direction.UP;
        }
        if (down >= AGREEMENT * n && sum < 0) {
            return Driver.Direction.DOWN;
        }
        return Driver.Direction.MIXED;
    }
}
