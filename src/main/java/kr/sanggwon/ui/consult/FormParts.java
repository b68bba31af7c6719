package kr.sanggwon.ui.consult;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.Styles;

/** Label-and-field grids and cards for the 상담 forms (labels wrap at large text instead of pushing fields out). */
final class FormParts {
    private FormParts() {
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setMaxWidth(160);
        label.setHalignment(HPos.RIGHT);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        field.setMinWidth(120);
        g.getColumnConstraints().setAll(label, field);
        return g;
    }

    static void row(GridPane g, String key, Node field) {
        Label l = new Label(Messages.get(key));
        l.setWrapText(true);
        // the column is at most 160 px wide: a longer label wraps inside it (taller) instead of running out to the left
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setLabelFor(field);
        int r = g.getRowCount();
        g.add(l, 0, r);
        g.add(field, 1, r);
    }

    static TextField text(String id) {
        TextField t = new TextField();
        t.setId(id);
        t.setMinWidth(80);
        return t;
    }

    static TextArea area(String id) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setWrapText(true);
        t.setPrefRowCount(3);
        t.setMinWidth(80);
        return t;
    }

    static VBox card(Node... children) {
        VBox v = new VBox(10, children);
        v.getStyleClass().add(Styles.CARD);
        v.setFillWidth(true);
        return v;
    }

    static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }

    /**
     * The message line of a form: hidden while empty; a confirmation in the success style behind a "완료" badge, a
     * refusal in the error style behind a "확인 필요" badge (the words, not only the colour, tell them apart).
     */
    static Label notice(String id, javafx.beans.value.ObservableStringValue text, javafx.beans.value.ObservableBooleanValue refused) {
        Label l = wrapped("", Styles.OK);
        l.setId(id);
        l.textProperty().bind(text);
        l.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        l.managedProperty().bind(l.visibleProperty());
        Label badge = new Label();
        badge.setId(id + "-kind");
        badge.getStyleClass().add(Styles.STRONG);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        l.setGraphic(badge);
        Runnable kind = () -> {
            boolean bad = refused.get();
            l.getStyleClass().removeAll(Styles.OK, Styles.ERROR);
            l.getStyleClass().add(bad ? Styles.ERROR : Styles.OK);
            badge.getStyleClass().removeAll(Styles.OK, Styles.ERROR);
            badge.getStyleClass().add(bad ? Styles.ERROR : Styles.OK);
            badge.setText(Messages.get(bad ? "consult.ui.noticeRefused" : "consult.ui.noticeOk"));
        };
        refused.addListener((o, a, b) -> kind.run());
        text.addListener((o, a, b) -> kind.run());
        kind.run();
        return l;
    }
}
