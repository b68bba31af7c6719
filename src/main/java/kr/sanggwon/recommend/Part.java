package kr.sanggwon.recommend;

/**
 * The named parts of a recommendation score. Each is standardized over all districts of the grain (robust z-score,
 * clipped to ±3, "higher is better"), so weights mean the same thing for every industry.
 */
public enum Part {
    /** Sales per store (the cell's own latest four quarters; at 행정동 grain the cell's sales). */
    SALES,
    /** Year-over-year change and four-quarter slope of sales per store. */
    TREND,
    /** Same-industry stores per floating population and store growth beyond sales growth (saturation); lower is better. */
    COMPETITION,
    /** Closing rate (lower is better) and the district's average operating months (higher is better). */
    SURVIVAL,
    /** 상권변화지표: LH 상권확장 up, HL 상권축소 down, HH and LL in between. */
    CHANGE,
    /** The district's floating population mix against the industry's customers or the owner's target. */
    FIT,
    /** How complete the district's data is (missing datasets, 데이터 점검 flags). */
    CONFIDENCE;

    public String labelKey() {
        return "recommend.part." + name();
    }
}
