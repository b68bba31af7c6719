package kr.sanggwon.recommend;

import java.util.List;

/**
 * The reverse question: for one district, the industries ranked by the district's score in each industry's own
 * Seoul-wide frame (the same parts and weights). {@code skipped}: industries with sales at the grain that the
 * district has none of.
 */
public record IndustryAdvice(DistrictRef district, Weights weights, Target target, List<IndustryPick> picks, int skipped) {
}
