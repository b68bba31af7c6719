package kr.sanggwon.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Column headers that wrap onto a second line instead of ending in "…". JavaFX sizes a header by its label's one-line
 * height, so the wrapping text is a graphic whose width follows the column; the stylesheet hides the header's own text
 * ({@code .sg-wrap-header}), which stays on the column for CSV exports and accessibility.
 */
public final class TableHeaders {
    public static final String WRAP = "sg-wrap-header";
    /** Room left for the header's padding and the sort arrow. */
    private static final double INSET = 14;

    private TableHeaders() {
    }

    /** Wraps the headers of every column the table has now and of every column added later. */
    public static void wrap(TableView<?> table) {
        table.getColumns().forEach(TableHeaders::wrap);
        table.getColumns().addListener((ListChangeListener<TableColumn<?, ?>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(TableHeaders::wrap);
            }
        });
    }

    /** {@link #wrap(TableView)} for a table made in a field initializer; returns the table. */
    public static <T extends TableView<?>> T wrapped(T table) {
        wrap(table);
        return table;
    }

    private static void wrap(TableColumnBase<?, ?> column) {
        column.getColumns().forEach(TableHeaders::wrap);
        if (column.getStyleClass().contains(WRAP) || column.getGraphic() != null) {
            return;
        }
        Label text = new Label();
        text.textProperty().bind(column.textProperty());
        text.setWrapText(true);
        text.setTextAlignment(TextAlignment.CENTER);
        text.setMinWidth(0);
        text.prefWidthProperty().bind(column.widthProperty().subtract(INSET));
        StackPane box = new StackPane(text);
        box.setMinWidth(0);
        column.setGraphic(box);
        column.getStyleClass().add(WRAP);
        if (!column.minWidthProperty().isBound()) {
            // a line breaks between words only: a column narrower than its longest word would split it ("Similarit y")
            double before = column.getMinWidth();
            column.minWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(before, minWidth(column.getText(), text.getFont())),
                    column.textProperty(), text.fontProperty()));
        }
    }

    /**
     * The font the column's header is drawn with (the table's text size): wraps the header first if it is not yet.
     * {@link TableSizing#em} sizes columns by it.
     */
    static javafx.beans.value.ObservableValue<Font> headerFont(TableColumnBase<?, ?> column) {
        wrap(column);
        if (column.getGraphic() instanceof StackPane box && !box.getChildren().isEmpty()
                && box.getChildren().get(0) instanceof Label text) {
            return text.fontProperty();
        }
        throw new IllegalStateException("column " + column.getText() + " has a graphic of its own");
    }

    /** The narrowest a column with this header can be without splitting a word of it, in the given font. */
    public static double minWidth(String header, Font font) {
        return longestWord(header, font) + INSET;
    }

    /** Width of the header's longest word in the font it is drawn with. */
    private static double longestWord(String header, Font font) {
        double widest = 0;
        if (header == null) {
            return 0;
        }
        Text probe = new Text();
        probe.setFont(font);
        for (String word : header.split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
    }
}
