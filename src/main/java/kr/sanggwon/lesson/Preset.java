package kr.sanggwon.lesson;

import java.util.List;

/**
 * What a step sets before it opens its screen. A null field leaves that part of the selection as the learner had it;
 * an empty district or industry ("") clears it (all industries); an empty compare list empties the comparison.
 */
public record Preset(String district, String industry, List<String> compare) {
    public static final Preset NONE = new Preset(null, null, null);

    public Preset {
        compare = compare == null ? null : List.copyOf(compare);
    }
}
