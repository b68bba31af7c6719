package kr.sanggwon.customer;

import java.util.List;
import kr.sanggwon.district.Provenance;

/**
 * 고객 분석 of one district (optionally one industry) at its latest sales quarter: shares per dimension against
 * the Seoul average and the floating-population mix, and a summary sentence in Korean and English.
 */
public record CustomerProfile(String districtCode, String districtName, String industryCode, String industryName,
                              Integer quarter, Long sales, List<DimensionProfile> dimensions, String summaryKo,
                              String summaryEn, Provenance salesProvenance, Provenance seoulProvenance,
                              Provenance floatingProvenance) {

    public DimensionProfile dimension(Dimension d) {
        for (DimensionProfile p : dimensions) {
            if (p.dimension() == d) {
                return p;
            }
        }
        return new DimensionProfile(d, List.of());
    }

    /** The summary in the given language ("en" or Korean). */
    public String summary(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? summaryEn : summaryKo;
    }
}
