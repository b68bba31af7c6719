package kr.sanggwon.district;

import java.util.List;

/** 유사 상권 찾기 result: the reference district and its most similar districts with the reasons. */
public record Lookalike(DistrictInfo reference, String industryCode, String industryName, List<Match> matches) {

    /** One similar district: similarity 0..100 and the features that make it alike / different. */
    public record Match(String code, String name, String guName, String typeName, double similarity,
                        Double salesPerStore, List<Driver> alike, List<Driver> different) {
    }

    /** A feature's raw value in the reference and the match, and their standardized gap. */
    public record Driver(Feature feature, Double referenceValue, Double value, double gap) {
    }
}
