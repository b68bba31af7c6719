package kr.sanggwon.ingest;

import kr.sanggwon.common.Level;

/** What a file says about a district or 행정동; fields a file does not carry are null. */
record DistrictStub(String code, char lvl, String name, String typeCode, String typeName,
                    String guCode, String guName, String dongCode, String dongName,
                    Integer x, Integer y, Long area) {

    static DistrictStub named(String code, Level level, String name, String typeCode, String typeName) {
        String gu = level == Level.DONG && code.length() >= 5 ? code.substring(0, 5) : null;
        return new DistrictStub(code, level.code(), name, typeCode, typeName, gu, null,
                level == Level.DONG ? code : null, level == Level.DONG ? name : null, null, null, null);
    }
}
