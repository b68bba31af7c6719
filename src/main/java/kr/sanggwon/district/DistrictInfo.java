package kr.sanggwon.district;

import kr.sanggwon.common.Level;

/** Master data of one 상권 (lvl T) or 행정동 (lvl D). {@code level}: the stored letter, as the JSON prints it. */
public record DistrictInfo(String code, String level, String name, String typeCode, String typeName, String guName,
                           String dongCode, String dongName, Long areaM2) {

    /** The level as the one type (a missing or unknown letter reads as 상권, as the stored data always has). */
    public Level grain() {
        return level != null && level.length() == 1 ? Level.fromStored(level.charAt(0)) : Level.TRDAR;
    }

    public boolean isDong() {
        return grain() == Level.DONG;
    }
}
