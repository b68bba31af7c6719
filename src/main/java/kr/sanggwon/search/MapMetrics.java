package kr.sanggwon.search;

import kr.sanggwon.store.Database;

/**
 * Loads one map metric for all 상권 in its latest quarter (the SQL is in {@link SearchRepository}; a database failure
 * is a {@link kr.sanggwon.store.DataAccessException}).
 */
public final class MapMetrics {
    private final Database database;

    public MapMetrics(Database database) {
        this.database = database;
    }

    public MetricValues load(MapMetric metric) {
        if (metric == MapMetric.RECOMMEND_SCORE) {
            return MetricValues.empty(metric);   // depends on an industry and weights: the 유망 상권 screen computes it
        }
        return SearchRepository.metric(database, metric);
    }
}
