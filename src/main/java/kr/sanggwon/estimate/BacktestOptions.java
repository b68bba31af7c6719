package kr.sanggwon.estimate;

/**
 * Size limits of the backtest and of training. {@code origins}: how many of the last quarters are predicted (forecast; cold start at most 4);
 * {@code trainWindow}: quarters of history before each origin used for training; {@code maxCellsPerQuarter}: cells
 * sampled per quarter (stable hash); {@code maxTrainRows}: rows a learner sees per fit; {@code folds}: cell groups
 * held out in the cold-start task.
 */
public record BacktestOptions(int origins, int trainWindow, int maxCellsPerQuarter, int maxTrainRows, int folds) {
    public static final BacktestOptions DEFAULT = new BacktestOptions(12, 6, 15_000, 10_000, 5);
    /** Cold start refits every learner per fold, so it uses at most this many of the most recent origins. */
    public static final int MAX_COLD_START_ORIGINS = 4;

    public int coldStartOrigins() {
        return Math.min(origins, MAX_COLD_START_ORIGINS);
    }
}
