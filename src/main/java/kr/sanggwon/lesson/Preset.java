package kr.sanggwon.lesson;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a step sets before it opens its screen. A null field leaves that part of the selection as the learner had it;
 * an empty district or industry ("") clears it (all industries); an empty compare list empties the comparison.
 * {@code plan} fills boxes of 수익 분석's form by name ({@link #PLAN_INPUTS}: money as typed there, e.g. "3000만",
 * staff as a count), so a class computes break-even and payback for the same shop; null leaves the form as it is.
 */
public record Preset(String district, String industry, List<String> compare, Map<String, String> plan) {
    public static final Preset NONE = new Preset(null, null, null, null);
    /** The 수익 분석 inputs a lesson may fill: the shop's investment and fixed costs, not the sales it asks about. */
    public static final Set<String> PLAN_INPUTS = Set.of("deposit", "premium", "interior", "equipment", "rent", "maintenance",
            "staff");

    public Preset {
        compare = compare == null ? null : List.copyOf(compare);
        plan = plan == null ? null : Map.copyOf(plan);
    }
}
