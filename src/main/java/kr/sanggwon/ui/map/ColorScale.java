package kr.sanggwon.ui.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import kr.sanggwon.search.MetricValues;

/**
 * Colours of a map metric: five quantile classes on a sequential colour-blind-safe ramp for numbers, fixed
 * Okabe–Ito colours for the change index, {@link MapPalette#NO_VALUE} for districts without a value. A colour is named
 * by the stylesheet's looked-up colour ({@code -sg-map-ramp-1} …, {@code -sg-map-change-ll} …), which
 * {@link MapPalette} resolves: the hues are in {@code desk.css} only.
 */
public final class ColorScale {
    /** Change index: 다이나믹 LL, 상권확장 LH, 상권축소 HL, 정체 HH, in the legend's order. */
    public static final List<String> CHANGE_ORDER = List.of("LH", "LL", "HH", "HL");

    /** One legend line: the looked-up colour's name and its label. */
    public record Entry(String color, String label) {
    }

    private final MetricValues values;
    private final double[] breaks;

    private ColorScale(MetricValues values, double[] breaks) {
        this.values = values;
        this.breaks = breaks;
    }

    public static ColorScale of(MetricValues values) {
        if (values.metric().categorical() || values.numbers().isEmpty()) {
            return new ColorScale(values, new double[0]);
        }
        double[] sorted = values.numbers().values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int classes = Math.min(MapPalette.RAMP_SIZE, sorted.length);
        // quantile breaks; equal neighbours (many districts with the same count) collapse into one class
        double[] b = new double[classes + 1];
        int n = 0;
        for (int i = 0; i <= classes; i++) {
            double v = sorted[(int) Math.min(sorted.length - 1, Math.round((double) i * (sorted.length - 1) / classes))];
            if (n == 0 || v > b[n - 1]) {
                b[n++] = v;
            }
        }
        if (n == 1) {
            b[n++] = b[0];
        }
        return new ColorScale(values, Arrays.copyOf(b, n));
    }

    public MetricValues values() {
        return values;
    }

    /** The looked-up colour's name of one district. */
    public String color(String code) {
        if (values.metric().categorical()) {
            String c = values.category(code);
            return c == null || !CHANGE_ORDER.contains(c) ? MapPalette.NO_VALUE : MapPalette.change(c);
        }
        Double v = values.number(code);
        return v == null ? MapPalette.NO_VALUE : MapPalette.ramp(classOf(v));
    }

    int classOf(double v) {
        int classes = breaks.length - 1;
        for (int i = 1; i < classes; i++) {
            if (v < breaks[i]) {
                return i - 1;
            }
        }
        return Math.max(0, classes - 1);
    }

    /** Legend lines; numeric ranges formatted with {@code format}, categories named by {@code categoryName}. */
    public List<Entry> legend(DoubleFunction<String> format, java.util.function.Function<String, String> categoryName) {
        List<Entry> out = new ArrayList<>();
        if (values.metric().categorical()) {
            for (String c : CHANGE_ORDER) {
                out.add(new Entry(MapPalette.change(c), categoryName.apply(c)));
            }
            return out;
        }
        for (int i = 0; i + 1 < breaks.length; i++) {
            String lo = format.apply(breaks[i]);
            String hi = format.apply(breaks[i + 1]);
            out.add(new Entry(MapPalette.ramp(i), lo.equals(hi) ? lo : lo + " ~ " + hi));
        }
        return out;
    }

    double[] breaks() {
        return Arrays.copyOf(breaks, breaks.length);
    }
}
