package kr.sanggwon.ingest;

import kr.sanggwon.common.Level;

/** What a file was found to be from its header: a quarterly dataset at a level, or one of the master files. */
public record DetectedFile(Kind kind, FactDataset fact, Level level) {

    public enum Kind { FACT, AREA_TRDAR, AREA_ADSTRD, SHAPE, SEMAS_STORES }

    /** Official Korean dataset name, e.g. "추정매출-상권", "영역-상권", "상가(상권)정보". */
    public String officialName() {
        return switch (kind) {
            case FACT -> fact.officialName(level);
            case AREA_TRDAR -> "영역-상권";
            case AREA_ADSTRD -> "영역-행정동";
            case SHAPE -> level == Level.DONG ? "영역-행정동(shp)" : "영역-상권(shp)";
            case SEMAS_STORES -> "상가(상권)정보";
        };
    }

    /** Stable id stored in import_batch, e.g. SALES_T. */
    public String id() {
        return switch (kind) {
            case FACT -> fact.name() + "_" + level.code();
            case SHAPE -> "SHAPE_" + level.code();
            default -> kind.name();
        };
    }
}
