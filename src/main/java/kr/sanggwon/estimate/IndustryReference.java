package kr.sanggwon.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Quarter;

/**
 * The cells of one industry at one grain with a known target in the latest quarter, their feature rows for the next
 * quarter, and the per-feature medians (the "industry median" that drivers compare against) and spreads (for the
 * similarity of comparable cells). Built once per industry and cached.
 */
public final class IndustryReference {
    private final List<FeatureRow> rows;
    private final double[] medianValue;
    private final double[] medianDisplay;
    private final double[] mean;
    private final double[] sd;

    private IndustryReference(List<FeatureRow> rows, double[] medianValue, double[] medianDisplay, double[] mean, double[] sd) {
        this.rows = rows;
        this.medianValue = medianValue;
        this.medianDisplay = medianDisplay;
        this.mean = mean;
        this.sd = sd;
    }

    public static IndustryReference build(FeatureBuilder features, String industry, Level grain, int latestQuarter) {
        EstimateData data = features.data();
        int target = Quarter.plus(latestQuarter, 1);
        List<FeatureRow> rows = new ArrayList<>();
        for (Cell c : data.cells(industry, grain)) {
            if (data.target(c, latestQuarter) > 0) {
                rows.add(features.build(c, target));
            }
        }
        int n = Feature.values().length;
        double[] mv = new double[n];
        double[] md = new double[n];
        double[] mean = new double[n];
        double[] sd = new double[n];
        for (Feature f : Feature.values()) {
            int i = f.ordinal();
            double[] v = new double[rows.size()];
            double[] d = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                v[r] = rows.get(r).values()[i];
                d[r] = rows.get(r).display()[i];
            }
            mv[i] = Stats.median(v);
            md[i] = Stats.median(d);
            double[] finite = Arrays.stream(v).filter(Double::isFinite).toArray();
            double m = Arrays.stream(finite).average().orElse(Double.NaN);
            double var = Arrays.stream(finite).map(x -> (x - m) * (x - m)).average().orElse(Double.NaN);
            mean[i] = m;
            sd[i] = Math.sqrt(var);
        }
        return new IndustryReference(Collections.unmodifiableList(rows), mv, md, mean, sd);
    }

    public List<FeatureRow> rows() {
        return rows;
    }

    public double medianValue(Feature f) {
        return medianValue[f.ordinal()];
    }

    public double medianDisplay(Feature f) {
        return medianDisplay[f.ordinal()];
    }

    private record DirectionKey(Predictor predictor, Feature feature) {
    }

    private final java.util.Map<DirectionKey, Driver.Direction> directions = new java.util.concurrent.ConcurrentHashMap<>();

    /** How {@code predictor} uses {@code f} over this industry's districts; worked out once per model and feature. */
    public Driver.Direction direction(Predictor predictor, Feature f) {
        return directions.computeIfAbsent(new DirectionKey(predictor, f), k -> DriverExplainer.direction(predictor, f, rows));
    }

    /** Root mean squared difference of z-scores over the numeric context features both rows have (NaN: none). */
    public double distance(FeatureRow a, FeatureRow b, List<Feature> features) {
        double sum = 0;
        int k = 0;
        for (Feature f : features) {
            if (f.kind() != Feature.Kind.NUMERIC || f.forecastOnly()) {
                continue;
            }
            int i = f.ordinal();
            double x = a.values()[i];
            double y = b.values()[i];
            if (Double.isFinite(x) && Double.isFinite(y) && sd[i] > 0) {
                double z = (x - y) / sd[i];
                sum += z * z;
                k++;
            }
        }
        if (k == 0) {
            return Double.NaN;
        }
        double dist = Math.sqrt(sum / k);
        String ta = a.nominal(Feature.TYPE);
        if (ta != null && !ta.equals(b.nominal(Feature.TYPE))) {
            dist += 0.3;
        }
        return dist;
    }
}
