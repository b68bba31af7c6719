package kr.sanggwon.recommend;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.common.UserException;

/** A non-negative weight per {@link Part}; the score divides by their sum, so only the proportions matter. */
public record Weights(Map<Part, Double> values) {
    public static final double MAX = 5;

    public Weights {
        EnumMap<Part, Double> copy = new EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            double w = values.getOrDefault(p, 0.0);
            if (!Double.isFinite(w) || w < 0 || w > MAX) {
                throw new UserException("recommend.error.weight", p.name(), w);
            }
            copy.put(p, w);
        }
        // enum order, not Map.copyOf: its iteration order changes from one JVM run to the next (--json key order, #10)
        values = Collections.unmodifiableMap(copy);
    }

    public static Weights of(double sales, double trend, double competition, double survival, double change, double fit,
                             double confidence) {
        Map<Part, Double> m = new EnumMap<>(Part.class);
        m.put(Part.SALES, sales);
        m.put(Part.TREND, trend);
        m.put(Part.COMPETITION, competition);
        m.put(Part.SURVIVAL, survival);
        m.put(Part.CHANGE, change);
        m.put(Part.FIT, fit);
        m.put(Part.CONFIDENCE, confidence);
        return new Weights(m);
    }

    public double get(Part p) {
        return values.get(p);
    }

    public double total() {
        return values.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public Weights with(Part p, double w) {
        Map<Part, Double> m = new EnumMap<>(values);
        m.put(p, w);
        return new Weights(m);
    }

    /** "SALES=2,TREND=1,…" — how presets are stored. */
    public String encode() {
        StringBuilder b = new StringBuilder();
        for (Part p : Part.values()) {
            b.append(b.length() == 0 ? "" : ",").append(p.name()).append('=').append(values.get(p));
        }
        return b.toString();
    }

    public static Weights decode(String text) {
        Map<Part, Double> m = new EnumMap<>(Part.class);
        for (String item : text.split(",")) {
            String[] kv = item.split("=", 2);
            if (kv.length == 2) {
                try {
                    m.put(Part.valueOf(kv[0].trim().toUpperCase(Locale.ROOT)), Double.parseDouble(kv[1].trim()));
                } catch (IllegalArgumentException e) {
                    throw new UserException("recommend.error.weights", text);
                }
            }
        }
        return new Weights(m);
    }
}
