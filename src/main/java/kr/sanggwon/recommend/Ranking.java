package kr.sanggwon.recommend;

import java.util.List;

/**
 * A ranked list for one industry: which data it rests on (quarter, the change-index and floating-population quarters,
 * whether 상권 took their 행정동's floating population), Seoul's closing rate, the weights used and the rows shown.
 * {@code matching}: how many districts passed the filter (rows may be fewer when a top N was asked).
 */
public record Ranking(String industry, String industryName, char level, int quarter, boolean perStore, double seoulCloseRate,
                      Integer changeQuarter, Integer populationQuarter, boolean populationFromDong, Weights weights,
                      Filter filter, Target target, int matching, int seoulDistricts, List<RankedDistrict> rows) {
}
