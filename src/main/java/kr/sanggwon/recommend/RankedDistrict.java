package kr.sanggwon.recommend;

import java.util.List;
import java.util.Map;

/**
 * One row of a ranking: the district, its rank (1 = best) among the shown rows, the weighted score (mean of the
 * standardized parts weighted by the user's weights), each part's standardized value, the facts and the reasons.
 */
public record RankedDistrict(DistrictRef district, int rank, double score, Map<Part, Double> parts, Facts facts,
                             List<Reason> reasons) {
    /** The score on a 0–100 scale for people (50 = Seoul's typical district, ±20 per standard unit). */
    public double points() {
        return Math.max(0, Math.min(100, 50 + 20 * score));
    }
}
