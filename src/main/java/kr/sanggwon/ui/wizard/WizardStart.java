package kr.sanggwon.ui.wizard;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.Styles;

/** The invitation on the start screen for an owner on their own: one button into 창업 도우미. */
public final class WizardStart {
    private WizardStart() {
    }

    public static Node banner(Runnable open) {
        Label title = new Label(Messages.get("wizard.ui.start.title"));
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label text = new Label(Messages.get("wizard.ui.start.text"));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button go = new Button(Messages.get("wizard.ui.start.button"));
        go.setId("start-wizard");
        go.getStyleClass().add(Styles.ACCENT_BUTTON);
        go.setMinWidth(Region.USE_PREF_SIZE);
        go.setOnAction(e -> open.run());
        // an HBox, not a FlowPane: a FlowPane lays the text out at its unwrapped width and pushes the screen wider
        VBox words = new VBox(2, title, text);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox box = new HBox(12, words, go);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("start-wizard-banner");
        box.getStyleClass().add(Styles.CARD);
        return box;
    }
}
