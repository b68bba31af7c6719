package kr.sanggwon.recommend.huff;

import java.util.List;

/**
 * What the walk-in competition model found around one point. Shares are of the weighted demand inside the radius
 * (0–1): {@code newShare} the new shop's, {@code takenFromCompetitors} + {@code takenFromOwn} where it comes from
 * (together the new share whenever any shop was there before). {@code weighting}: "floating" (people around each
 * demand point) or "uniform"; {@code attractivenessBasis}: "none" because SEMAS lists no floor area or seats, so
 * every listed shop counts 1.
 */
public record HuffResult(String industry, String industryName, double lon, double lat, double x, double y, double radiusM,
                         double lambda, int lambdaYear, String lambdaSource, double attractiveness, String attractivenessBasis,
                         String weighting, Character populationLevel, Integer populationQuarter, int populationDistricts,
                         int demandPoints, double newShare, double takenFromCompetitors, double takenFromOwn,
                         double ownShareBefore, double ownShareAfter, List<Competitor> competitors, List<OwnShop> ownShops,
                         long listingsInData, String sentence) {

    /** A same-industry shop inside the radius: its distance from the new shop and its share before and after. */
    public record Competitor(String storeId, String name, String branch, String category, double distanceM, double lon,
                             double lat, double shareBefore, double shareAfter) {
        public double taken() {
            return shareBefore - shareAfter;
        }
    }

    /**
     * One of the owner's shops (as marked): its distance from the new shop, the listing it was matched with (null when
     * none is within the same-place distance) and its share before and after.
     */
    public record OwnShop(int number, double lon, double lat, double x, double y, double distanceM, String listedAs,
                          double shareBefore, double shareAfter) {
        public double taken() {
            return shareBefore - shareAfter;
        }
    }

    public HuffResult withSentence(String s) {
        return new HuffResult(industry, industryName, lon, lat, x, y, radiusM, lambda, lambdaYear, lambdaSource, attractiveness,
                attractivenessBasis, weighting, populationLevel, populationQuarter, populationDistricts, demandPoints, newShare,
                takenFromCompetitors, takenFromOwn, ownShareBefore, ownShareAfter, competitors, ownShops, listingsInData, s);
    }
}
