package kr.sanggwon.recommend;

/** One industry for a district (업종 추천): the industry, the quarter it was scored at and the district's row in it. */
public record IndustryPick(String industry, String industryName, int quarter, boolean perStore, int rank,
                           RankedDistrict row, int districtsScored) {
}
