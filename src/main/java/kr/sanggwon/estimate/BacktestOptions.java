package kr.sanggwon.estimate;

/**
 * Size limits of the backtest and of training. {@code origins}: how many of the last quarters are predicted;
 * {@code trainWindow}: quarters of history before each origin used for training; {@code maxCellsPerQuarter}: cells
 * sampled per quarter (stable hash); {@code maxTrainRows}: rows a learner sees per fit; {@code folds}: cell groups
 * held out in the cold-start task.
 */
public record BacktestOptions(int origins, int trainWindow, int maxCellsPerQuarter, int maxTrainRows, int folds) {
    public static final BacktestOptions DEFAULT = new BacktestOptions(4, 6, 15_000, 10_000, 5);
}
