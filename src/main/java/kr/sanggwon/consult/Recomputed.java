package kr.sanggwon.consult;

import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;

/**
 * A saved scenario next to the same analysis on today's data and models, for the side-by-side before the consultant
 * decides to keep the old numbers or take the new ones. {@code fresh} is null and {@code problemKey} set when the
 * estimate cannot be made any more (the district vanished from newer data, no model).
 */
public record Recomputed(Scenario saved, ScenarioSnapshot fresh, String problemKey, Object[] problemArgs) {

    public boolean possible() {
        return fresh != null;
    }

    /** Old vs new monthly figure (per the new shop when store details were given), or NaN where there is none. */
    public static double monthly(EstimatePart e) {
        if (e == null) {
            return Double.NaN;
        }
        return e.newShop() != null ? e.newShop().monthly() : e.monthly();
    }
}
