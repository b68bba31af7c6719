package kr.sanggwon.ui.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import javafx.scene.paint.Color;
import kr.sanggwon.search.MetricValues;

/**
 * Colours of a map metric: five quantile classes on a sequential colour-blind-safe ramp for numbers, fixed
 * Okabe–Ito colours for the change index. Districts without a value get {@link #NO_VALUE}.
 */
public final class ColorScale {
    public static final Color NO_VALUE = Color.web("#b8c0ca");
    /** Light yellow to dark blue (viridis-like, readable on a projector and for colour-blind users). */
    private static final List<Color> RAMP = List.of(Color.web("#fde725"), Color.web("#5ec962"), Color.web("#21918c"),
            Color.web("#3b528b"), Color.web("#440154"));
    /** Change index: 다이나믹 LL, 상권확장 LH, 상권축소 HL, 정체 HH. */
    private static final Map<String, Color> CHANGE = Map.of("LL", Color.web("#E69F00"), "LH", Color.web("#009E73"),
            "HL", Color.web("#D55E00"), "HH", Color.web("#0072B2"));
    public static final List<String> CHANGE_ORDER = List.of("LH", "LL", "HH", "HL");

    /** One legend line: colour and its label. */
    public record Entry(Color color, String label) {
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
        int classes = Math.min(RAMP.size(), sorted.length);
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

    /** Colour of one district. */
    public Color color(String code) {
        if (values.metric().categorical()) {
            String c = values.category(code);
            return c == null ? NO_VALUE : CHANGE.getOrDefault(c, NO_VALUE);
        }
        Double v = values.number(code);
        return v == null ? NO_VALUE : RAMP.get(classOf(v));
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
                out.add(new Entry(CHANGE.get(c), categoryName.apply(c)));
            }
            return out;
        }
        for (int i = 0; i + 1 < breaks.length; i++) {
            String lo = format.apply(breaks[i]);
            String hi = format.apply(breaks[i + 1]);
            out.add(new Entry(RAMP.get(i), lo.equals(hi) ? lo : lo + " ~ " + hi));
        }
        return out;
    }

    double[] breaks() {
        return Arrays.copyOf(breaks, breaks.length);
    }
}
