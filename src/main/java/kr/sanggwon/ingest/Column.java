package kr.sanggwon.ingest;

import java.util.List;
import kr.sanggwon.store.ColumnType;

/** One catalog column of a dataset ({@link kr.sanggwon.store.FactTable}) and the header names (Korean, English API, older releases) it is read from. */
public record Column(String db, ColumnType kind, List<String> headers) {

    public static Column longCol(String db, String... headers) {
        return new Column(db, ColumnType.LONG, List.of(headers));
    }

    public static Column doubleCol(String db, String... headers) {
        return new Column(db, ColumnType.DOUBLE, List.of(headers));
    }

    /** A column computed from the others of its row (see {@link FactDataset#derive}); no file header maps to it. */
    public static Column derivedLong(String db) {
        return new Column(db, ColumnType.LONG, List.of());
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
        return new Column(db, ColumnType.TEXT, List.of(headers));
    }
}
