package kr.sanggwon.estimate;

/**
 * A feature that moved the estimate: replacing the district's value by the industry's median (or, for categories,
 * by "unknown") changes the estimate by {@code effect} (e.g. 0.15 = the district's value lifts it by 15%).
 * {@code text} is the localized plain sentence.
 */
public record Driver(Feature feature, String label, String value, String reference, double effect, String text) {
}
