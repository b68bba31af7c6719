package kr.sanggwon.ingest;

import java.util.List;

/** One database column of a dataset and the header names (Korean, English API, older releases) it is read from. */
public record Column(String db, Kind kind, List<String> headers) {

    public enum Kind { LONG, DOUBLE, TEXT }

    public static Column longCol(String db, String... headers) {
        return new Column(db, Kind.LONG, List.of(headers));
    }

    public static Column doubleCol(String db, String... headers) {
        return new Column(db, Kind.DOUBLE, List.of(headers));
    }

    /** A column computed from the others of its row (see {@link FactDataset#derive}); no file header maps to it. */
    public static Column derivedLong(String db) {
        return new Column(db, Kind.LONG, List.of());
    }

    public boolean derived() {
        return headers.isEmpty();
    }

    /**
     * The name to show for this column: its first file header, or the database name for a derived column (which
     * has no header). Use this instead of {@code headers().get(0)}, which fails on derived columns.
     */
    public String label() {
        return headers.isEmpty() ? db : headers.get(0);
    }

    public static Column textCol(String db, String... headers) {
        return new Column(db, Kind.TEXT, List.of(headers));
    }
}
