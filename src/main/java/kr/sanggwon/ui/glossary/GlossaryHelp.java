package kr.sanggwon.ui.glossary;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.glossary.Glossary;
import kr.sanggwon.glossary.GlossaryEntry;
import org.controlsfx.control.PopOver;

/**
 * The "?" beside a number: a small focusable button that opens the number's 용어 사전 entry in a popover (Enter or
 * Space on the keyboard, a click with the mouse). Every id asked for is remembered so a test can check that each one
 * exists in both languages.
 */
public final class GlossaryHelp {
    public static final String STYLE = "sg-help-button";
    private static final Set<String> USED = ConcurrentHashMap.newKeySet();

    private GlossaryHelp() {
    }

    public static Button button(String id) {
        USED.add(id);
        Button b = new Button("?");
        b.getStyleClass().add(STYLE);
        b.setId("help-" + id);
        b.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        GlossaryEntry e = Glossary.entry(id, Messages.locale()).orElse(null);
        String term = e == null ? id : e.term();
        b.setAccessibleText(Messages.get("glossary.help.accessible", term));
        b.setAccessibleHelp(e == null ? "" : e.plain());
        b.setOnAction(ev -> {
            if (e != null) {
                PopOver pop = new PopOver(content(e));
                pop.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
                pop.setDetachable(false);
                pop.setTitle(e.term());
                pop.setHeaderAlwaysVisible(true);
                pop.show(b);
            }
        });
        return b;
    }

    /** {@code text} with its "?" right after it; the text still wraps. */
    public static javafx.scene.layout.HBox beside(Label text, Button help) {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, text, help);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** Puts the "?" beside the first child (the title) of a card. */
    public static VBox onTitle(VBox card, Button help) {
        javafx.scene.Node title = card.getChildren().remove(0);
        javafx.scene.layout.HBox head = new javafx.scene.layout.HBox(6, title, help);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        card.getChildren().add(0, head);
        return card;
    }

    /** The entry as readable blocks (also used by the 용어 사전 screen). */
    public static VBox content(GlossaryEntry e) {
        VBox box = new VBox(6, block(e.plain(), null), block(e.caveat(), "glossary.caveat"), block(e.example(), "glossary.example"));
        box.getStyleClass().add("sg-glossary-entry");
        box.setMaxWidth(420);
        box.setStyle("-fx-padding: 10;");
        return box;
    }

    private static Label block(String text, String headingKey) {
        Label l = new Label(headingKey == null ? text : Messages.get(headingKey) + ": " + text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(400);
        return l;
    }

    /** Ids asked for by the screens built so far (tests). */
    public static Set<String> usedIds() {
        return Set.copyOf(USED);
    }
}
