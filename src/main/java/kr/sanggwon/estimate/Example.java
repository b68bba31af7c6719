package kr.sanggwon.estimate;

/**
 * One supervised example: the features of a cell for a target quarter and the actual target of that quarter.
 * {@code lag1} is the target of the quarter before (NaN when the cell had none); {@code shift} is the industry's
 * median log growth into the target quarter (the common, mostly seasonal move; 0 when unknown).
 */
public record Example(FeatureRow row, double actual, double lag1, double shift) {
    public Cell cell() {
        return row.cell();
    }

    public int quarter() {
        return row.targetQuarter();
    }

    /**
     * What learners fit: the cell's log growth over the last quarter minus the industry's common growth (forecast),
     * or the log level (cold start).
     */
    public double modelTarget(Task task) {
        return task == Task.FORECAST ? Math.log(actual / lag1) - shift : Math.log(actual);
    }

    /** Industry group of the cell: CS1 외식, CS2 서비스, CS3 소매 (used for the interval calibration). */
    public String group() {
        return IndustryGroup.of(cell().industry());
    }
}
