package kr.sanggwon.search;

/** What the district map colours by. */
public enum MapMetric {
    /** Quarterly sales per store, over the district × industry cells that have both sales and stores. */
    SALES_PER_STORE(false),
    /** Stores of all industries. */
    STORES(false),
    /** 상권변화지표 HH/HL/LH/LL (a category). */
    CHANGE_INDEX(true),
    /** Floating population (길단위인구) of the quarter. */
    FLOATING_POPULATION(false),
    /** 유망 상권 score of one industry under the user's weights: computed by the 유망 상권 screen, not read by {@link MapMetrics}. */
    RECOMMEND_SCORE(false);

    private final boolean categorical;

    MapMetric(boolean categorical) {
        this.categorical = categorical;
    }

    public boolean categorical() {
        return categorical;
    }
}
