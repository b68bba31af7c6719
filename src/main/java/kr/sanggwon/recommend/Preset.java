package kr.sanggwon.recommend;

import java.util.List;

/**
 * A named set of weights. The built-in ones have an id and a message key; the user's own are stored in the database
 * under the name the user typed.
 */
public record Preset(String id, String name, boolean builtIn, Weights weights) {
    public static final String BALANCED = "balanced";
    public static final String STABLE = "stable";
    public static final String GROWTH = "growth";
    public static final String AVOID_COMPETITION = "avoid-competition";

    /** 균형형, 안정형, 성장형, 경쟁 회피형 — weights in the order sales, trend, competition, survival, change, fit, confidence. */
    public static List<Preset> builtIns() {
        return List.of(
                builtIn(BALANCED, Weights.of(2, 1, 1, 1, 1, 1, 1)),
                builtIn(STABLE, Weights.of(2, 0.5, 1, 3, 1, 1, 2)),
                builtIn(GROWTH, Weights.of(1, 3, 0.5, 0.5, 2, 1, 0.5)),
                builtIn(AVOID_COMPETITION, Weights.of(1, 0.5, 4, 1, 0.5, 1, 1)));
    }

    private static Preset builtIn(String id, Weights w) {
        return new Preset(id, null, true, w);
    }

    /** Message key of a built-in preset's name. */
    public String nameKey() {
        return "recommend.preset." + id;
    }
}
