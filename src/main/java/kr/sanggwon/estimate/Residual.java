package kr.sanggwon.estimate;

/** One backtest prediction: the cell, the origin quarter it was predicted at, actual target and log prediction. */
public record Residual(Cell cell, int quarter, String group, double actual, double predLog) {
    /** log(actual) − log(prediction). */
    public double value() {
        return Math.log(actual) - predLog;
    }
}
