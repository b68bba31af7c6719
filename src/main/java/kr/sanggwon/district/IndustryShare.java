package kr.sanggwon.district;

/** One industry's part of a district at a quarter: sales and stores with their shares of the district total. */
public record IndustryShare(String industryCode, String industryName, Long sales, Double salesShare, Long stores,
                            Double storesShare) {
}
