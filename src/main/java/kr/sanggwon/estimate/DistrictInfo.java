package kr.sanggwon.estimate;

import kr.sanggwon.common.Level;

/**
 * Master facts of one district used by the features. Unknown values are null (or NaN for the area).
 * {@code dongCode} is the 행정동 a 상권 lies in (null for a 행정동 or when the master does not say).
 */
public record DistrictInfo(String code, Level grain, String name, String typeCode, String guCode, String guName, double areaM2,
                           String dongCode) {
    public DistrictInfo(String code, Level grain, String name, String typeCode, String guCode, String guName, double areaM2) {
        this(code, grain, name, typeCode, guCode, guName, areaM2, null);
    }

    /** The district type as a feature value: the 상권 type code (A/D/R/U), or "H" for a 행정동. */
    public String typeFeature() {
        return grain == Level.DONG ? "H" : typeCode;
    }
}
