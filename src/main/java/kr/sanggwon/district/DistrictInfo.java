package kr.sanggwon.district;

/** Master data of one 상권 (lvl T) or 행정동 (lvl D). */
public record DistrictInfo(String code, String level, String name, String typeCode, String typeName, String guName,
                           String dongCode, String dongName, Long areaM2) {

    public boolean isDong() {
        return "D".equals(level);
    }
}
