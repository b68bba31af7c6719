package kr.sanggwon.ui.district;

/** Style classes of the district, customer, compare, lookalike and health screens (see desk.css). */
public final class DistrictStyles {
    public static final String KPI_CARD = "sg-kpi-card";
    public static final String KPI_TITLE = "sg-kpi-title";
    public static final String KPI_VALUE = "sg-kpi-value";
    public static final String KPI_NOTE = "sg-kpi-note";
    public static final String DELTA_GOOD = "sg-delta-good";
    public static final String DELTA_BAD = "sg-delta-bad";
    public static final String DELTA_NEUTRAL = "sg-delta-neutral";
    public static final String WARN_BADGE = "sg-warn-badge";
    public static final String BEST_CELL = "sg-best-cell";
    public static final String SUMMARY_BIG = "sg-summary-big";
    public static final String SECTION_TITLE = "sg-section-title";
    public static final String CHIP = "sg-chip";

    private DistrictStyles() {
    }
}
