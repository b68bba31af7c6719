package kr.sanggwon.customer;

/**
 * One band's share of sales in the district, the Seoul average share for the same industry and the share of the
 * district's floating population in that band (all 0..1; null when not available).
 */
public record Share(String band, String labelKey, Long amount, Double district, Double seoul, Double floating) {

    /** District minus Seoul in percentage points, or null. */
    public Double vsSeoulPoints() {
        return district == null || seoul == null ? null : (district - seoul) * 100;
    }
}
