package kr.sanggwon.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * How tables fit their text. Columns sized in text units ({@link #em}) stay wide enough for their values at any text
 * size. Tables with rows sized by the font ({@link #fitRows}): the row height comes from the stylesheet in em
 * ({@code .sg-fit-rows}), so at 150 % text a row is 1.5 times as tall instead of clipping its text, and the table is as
 * tall as its rows; when a cell's text does not fit its column on one line, every row becomes two (or three) lines
 * high ({@code .sg-rows-2}, {@code .sg-rows-3}) and the cells wrap, instead of ending in "…".
 */
public final class TableSizing {
    public static final String FIT_ROWS = "sg-fit-rows";
    /** Style classes of a fit-rows table whose rows are two or three lines high. */
    public static final List<String> MORE_LINES = List.of("sg-rows-2", "sg-rows-3");
    /** Row height in em for one, two and three lines; keep in step with desk.css. */
    private static final double[] ROW_EM = {2.2, 3.5, 4.8};
    /** The header's height in em (a header of two wrapped lines), plus the border in px. */
    private static final double HEADER_EM = 2.75;
    private static final double BORDER = 6;
    /** Room a wrapping cell leaves for its padding. */
    private static final double WRAP_INSET = 14;
    /** Key of the table property holding the least lines a row keeps because a cell was cut at fewer. */
    private static final String FLOOR = "sg-fit-rows-floor";

    private TableSizing() {
    }

    /**
     * Rows sized by the font; the table shows {@code rows} rows (at least one) without a vertical scroll bar. Rows get
     * as many lines (up to three) as the longest cell text needs in its column's width.
     */
    public static void fitRows(TableView<?> table, int rows) {
        table.getStyleClass().add(FIT_ROWS);
        int shown = Math.max(1, rows);
        // fixedCellSize is set by CSS once the table is styled: em = fixedCellSize / the row height in em of its lines
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            double fixed = table.getFixedCellSize();
            double em = fixed / ROW_EM[lines(table) - 1];
            return fixed * shown + HEADER_EM * em + BORDER;
        }, table.fixedCellSizeProperty(), table.getStyleClass()));
        table.setMinHeight(Region.USE_PREF_SIZE);
        InvalidationListener check = o -> fitLines(table);
        // new values or another width: forget the lines added because a cell still showed "…" (see fitLines)
        InvalidationListener reset = o -> {
            table.getProperties().remove(FLOOR);
            fitLines(table);
        };
        table.getItems().addListener(reset);
        table.fixedCellSizeProperty().addListener(check);
        table.widthProperty().addListener(reset);
        // the cells (and their font) exist only after a layout pass: check again after each one
        // (and once more after the pulse: the cells of a virtual flow may be laid out without the table asking again)
        table.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now) {
                fitLines(table);
                javafx.application.Platform.runLater(() -> fitLines(table));
            }
        });
        List<TableColumnBase<?, ?>> watched = new ArrayList<>();
        Runnable watchColumns = () -> {
            for (TableColumn<?, ?> c : leaves(table)) {
                if (!watched.contains(c)) {
                    watched.add(c);
                    c.widthProperty().addListener(check);
                }
            }
        };
        watchColumns.run();
        table.getColumns().addListener((ListChangeListener<TableColumn<?, ?>>) ch -> {
            watchColumns.run();
            fitLines(table);
        });
    }

    /** The lines a row of this fit-rows table has now: 1, 2 or 3. */
    public static int lines(TableView<?> table) {
        for (int i = MORE_LINES.size() - 1; i >= 0; i--) {
            if (table.getStyleClass().contains(MORE_LINES.get(i))) {
                return i + 2;
            }
        }
        return 1;
    }

    /** Picks the lines a row needs: the most any cell's text takes when wrapped to its column's width. */
    private static void fitLines(TableView<?> table) {
        Labeled cell = (Labeled) table.lookup(".table-cell");
        if (cell == null || table.getFixedCellSize() <= 0) {
            return;   // not shown yet: the first layout creates the cells and widens the columns, which calls again
        }
        Font font = cell.getFont();
        // a little more than the padding: a cell's wrapped text breaks a bit earlier than a measured Text
        double pad = cell.snappedLeftInset() + cell.snappedRightInset() + 0.6 * font.getSize();
        Text probe = new Text();
        probe.setFont(font);
        probe.setText("X");
        double line = probe.getLayoutBounds().getHeight();
        int need = 1;
        for (TableColumn<?, ?> c : leaves(table)) {
            if (!c.isVisible() || c.getWidth() <= 0) {
                continue;
            }
            probe.setWrappingWidth(Math.max(1, c.getWidth() - pad));
            for (int r = 0; r < table.getItems().size() && need < 3; r++) {
                Object v = c.getCellData(r);
                if (v == null) {
                    continue;
                }
                probe.setText(v.toString());
                need = Math.max(need, (int) Math.min(3, Math.round(probe.getLayoutBounds().getHeight() / line)));
            }
        }
        // the measure is close, not exact: a cell that still ends in "…" gets its row one more line, kept until the
        // values or the width change (so the table does not flip between two heights)
        int now = lines(table);
        if (now < 3 && need <= now && anyCellCut(table)) {
            table.getProperties().put(FLOOR, now + 1);
        }
        need = Math.max(need, (Integer) table.getProperties().getOrDefault(FLOOR, 1));
        if (need != now) {
            table.getStyleClass().removeAll(MORE_LINES);
            if (need > 1) {
                table.getStyleClass().add(MORE_LINES.get(need - 2));
            }
        }
    }

    private static boolean anyCellCut(TableView<?> table) {
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
                for (Node c : l.getChildrenUnmodifiable()) {
                    if (c instanceof Text t && t.getText() != null && !t.getText().equals(l.getText())
                            && t.getText().contains(l.getEllipsisString())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<TableColumn<?, ?>> leaves(TableView<?> table) {
        List<TableColumn<?, ?>> out = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            addLeaves(c, out);
        }
        return out;
    }

    private static void addLeaves(TableColumn<?, ?> c, List<TableColumn<?, ?>> out) {
        if (c.getColumns().isEmpty()) {
            out.add(c);
        } else {
            c.getColumns().forEach(k -> addLeaves(k, out));
        }
    }

    /**
     * Sizes a column in text units (em of its header's font): at least {@code min} em and never narrower than its
     * header's longest word, {@code pref} em when there is room. Returns the column.
     */
    public static <C extends TableColumn<?, ?>> C em(C column, double min, double pref) {
        ObservableValue<Font> font = TableHeaders.headerFont(column);
        column.minWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(min * size(font),
                TableHeaders.minWidth(column.getText(), font.getValue())), font, column.textProperty()));
        column.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> pref * size(font), font));
        return column;
    }

    /**
     * Cells whose text wraps onto more lines (the row grows) instead of ending in "…", for tables whose rows are not of
     * a fixed height: the text is a graphic wrapped to the column's width, in the cell's font, colour and alignment (a
     * selected row stays readable; a number column stays right-aligned). Returns the column.
     */
    public static <S, T> TableColumn<S, T> wrapCells(TableColumn<S, T> column, Function<T, String> format) {
        column.setCellFactory(col -> new TableCell<>() {
            private final Text shown = new Text();

            {
                shown.wrappingWidthProperty().bind(col.widthProperty().subtract(WRAP_INSET));
                shown.fillProperty().bind(textFillProperty());
                shown.fontProperty().bind(fontProperty());
                shown.textAlignmentProperty().bind(textAlignmentProperty());
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty ? null : format.apply(item);
                shown.setText(text == null ? "" : text);
                setText(null);
                setGraphic(text == null ? null : shown);
            }
        });
        return column;
    }

    private static double size(ObservableValue<Font> font) {
        return font.getValue() == null ? Font.getDefault().getSize() : font.getValue().getSize();
    }
}
