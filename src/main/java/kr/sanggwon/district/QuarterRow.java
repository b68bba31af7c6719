package kr.sanggwon.district;

/** One quarter of raw values read from a table (NaN = not published) and the import batch that wrote them. */
record QuarterRow(int quarter, double[] values, Long batchId) {

    double get(int i) {
        return values[i];
    }

    boolean has(int i) {
        return !Double.isNaN(values[i]);
    }
}
