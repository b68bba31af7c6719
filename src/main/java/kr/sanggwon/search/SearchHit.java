package kr.sanggwon.search;

/** A district that matched, with a rank score (higher first) and the field that matched best. */
public record SearchHit(DistrictEntry entry, int score, Field field) {
    /** Where the query matched. */
    public enum Field { NAME, CODE, GU, DONG, TYPE, SEVERAL, ALL }
}
