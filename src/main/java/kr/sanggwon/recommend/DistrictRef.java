package kr.sanggwon.recommend;

/** A district as the ranking shows it: code, name, 자치구 and type (A 골목, D 발달, R 전통시장, U 관광특구; null for 행정동). */
public record DistrictRef(String code, char level, String name, String guCode, String guName, String typeCode, String typeName) {
}
