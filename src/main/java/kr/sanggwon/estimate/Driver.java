package kr.sanggwon.estimate;

/**
 * A feature that moved the estimate: replacing the district's value by the industry's median (or, for categories,
 * by "unknown") changes the estimate by {@code effect} (e.g. 0.15 = the district's value lifts it by 15%).
 * Structured, not a sentence: {@link EstimateText} reads it aloud in a given language.
 *
 * @param value     the district's value as people read it (people, KRW, share…; NaN for a category)
 * @param reference the industry's median as people read it (NaN for a category)
 * @param category  the category code (type, change index, 자치구 code), null for a number
 * @param categoryName the category's name from the data (a 자치구's name), null when it is a code to translate
 * @param direction how the model uses the feature across the industry's districts (null for a category)
 */
public record Driver(Feature feature, double value, double reference, String category, String categoryName, double effect,
                     Direction direction) {

    /** How the model's estimate moves when the feature goes up, over the industry's districts. */
    public enum Direction {
        /** more → higher sales in (nearly) every district. */
        UP,
        /** more → lower sales in (nearly) every district. */
        DOWN,
        /** no single direction: the model weighs the feature together with others. */
        MIXED
    }

    public boolean numeric() {
        return category == null && categoryName == null;
    }

    /** True when the district's value is above the industry median. */
    public boolean above() {
        return value > reference;
    }

    /**
     * True when the effect's sign follows from the value's side of the median and the model's direction (more people
     * than the median, more people lift sales, so the estimate goes up). A category is always read on its own.
     * False means the model weighs the feature in combination with others here, and the text says so.
     */
    public boolean consistent() {
        if (!numeric()) {
            return true;
        }
        if (direction == null || direction == Direction.MIXED) {
            return false;
        }
        boolean up = effect >= 0;
        boolean expectedUp = above() == (direction == Direction.UP);
        return up == expectedUp;
    }
}
