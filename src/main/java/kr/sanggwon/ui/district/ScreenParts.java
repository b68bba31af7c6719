package kr.sanggwon.ui.district;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.Styles;

/** Small layout pieces shared by the analysis screens. */
public final class ScreenParts {
    private ScreenParts() {
    }

    public static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SCREEN_TITLE);
        return l;
    }

    public static Label subtitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SCREEN_SUBTITLE);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);   // wraps rather than being cut to "…" in a low window
        return l;
    }

    public static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(DistrictStyles.SECTION_TITLE);
        l.setWrapText(true);   // a long title wraps in a narrow window or with large text
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A vertically scrolling screen body. */
    public static ScrollPane scroll(VBox content) {
        content.getStyleClass().add(Styles.SCREEN);
        ScrollPane sp = new ScrollPane(content);
        sp.setFitToWidth(true);
        sp.getStyleClass().add(Styles.CONTENT);
        return sp;
    }

    /** What a screen shows when no district is picked: a hint and a button to 상권 찾기. */
    public static Node pickDistrict(Runnable goSearch) {
        Label hint = new Label(Messages.get("district.ui.pickDistrict"));
        hint.getStyleClass().add(Styles.PLACEHOLDER);
        hint.setWrapText(true);
        Button go = new Button(Messages.get("district.ui.goSearch"));
        go.getStyleClass().add(Styles.ACCENT_BUTTON);
        go.setOnAction(e -> goSearch.run());
        VBox box = new VBox(12, hint, go);
        box.setPadding(new Insets(30));
        return box;
    }

    /** A text column reading one string from each row. */
    public static <T> TableColumn<T, String> column(String title, Function<T, String> text, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> (ObservableValue<String>) new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /**
     * A column whose text wraps onto more lines (the row grows) instead of ending in "…": for reasons and names that
     * matter in full. The text follows the cell's colour, so a selected row stays readable.
     */
    public static <T> TableColumn<T, String> wrappingColumn(String title, Function<T, String> text, double width) {
        return kr.sanggwon.ui.TableSizing.wrapCells(column(title, text, width), s -> s);
    }
}
