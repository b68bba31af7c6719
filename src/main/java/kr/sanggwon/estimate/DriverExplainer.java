package kr.sanggwon.estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.sanggwon.common.Messages;

/**
 * Finds the features that moved an estimate most versus the industry median, by substitution: each feature in turn
 * is set to the industry's median value (categories: to unknown) and the change of the prediction is measured.
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
            String refText;
            if (f.kind() == Feature.Kind.NOMINAL) {
                if (row.nominal(f) == null) {
                    continue;
                }
                swapped = row.with(f, Double.NaN, null);
                refText = null;
            } else {
                double v = row.value(f);
                double m = reference.medianValue(f);
                if (!Double.isFinite(v) || !Double.isFinite(m) || v == m) {
                    continue;
                }
                swapped = row.with(f, m, null);
                refText = FeatureText.number(f, reference.medianDisplay(f));
            }
            double p = predictor.predictLog(swapped);
            if (!Double.isFinite(p)) {
                continue;
            }
            double effect = Math.exp(base - p) - 1;
            String label = FeatureText.label(f);
            String value = FeatureText.value(f, row, data);
            String text = refText == null
                    ? Messages.get("estimate.driver.category", label, value, FeatureText.effect(effect))
                    : Messages.get("estimate.driver.numeric", label, value, refText, FeatureText.effect(effect));
            all.add(new Driver(f, label, value, refText, effect, text));
        }
        all.sort(Comparator.comparingDouble((Driver d) -> -Math.abs(Math.log1p(d.effect()))));
        List<Driver> out = new ArrayList<>();
        for (Driver d : all) {
            if (out.size() >= MAX || Math.abs(d.effect()) < NONE || (out.size() >= MIN && Math.abs(d.effect()) < NOTABLE)) {
                break;
            }
            out.add(d);
        }
        return out;
    }
}
