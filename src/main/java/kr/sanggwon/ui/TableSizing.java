package kr.sanggwon.ui;

import javafx.scene.control.TableView;

/**
 * Tables whose rows grow with the text size: the row height comes from the stylesheet in em ({@code .sg-fit-rows}), so at
 * 150 % text a row is 1.5 times as tall instead of clipping its text, and the table is as tall as its rows.
 */
public final class TableSizing {
    public static final String FIT_ROWS = "sg-fit-rows";

    private TableSizing() {
    }

    /** Rows sized by the font; the table shows {@code rows} rows (at least one) without a vertical scroll bar. */
    public static void fitRows(TableView<?> table, int rows) {
        table.getStyleClass().add(FIT_ROWS);
        int shown = Math.max(1, rows);
        // header ≈ 1.25 rows, plus the border; fixedCellSize is set by CSS once the table is styled
        table.prefHeightProperty().bind(table.fixedCellSizeProperty().multiply(shown + 1.25).add(6));
        table.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
}
