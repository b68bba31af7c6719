package kr.sanggwon.search;

/** One 상권 as the search and the map need it: names and the TM point (EPSG:5181 metres; null if unknown). */
public record DistrictEntry(String code, String name, String typeCode, String typeName, String guName, String dongName,
                            Integer x, Integer y) {
    public boolean hasPoint() {
        return x != null && y != null && x > 0 && y > 0;
    }
}
