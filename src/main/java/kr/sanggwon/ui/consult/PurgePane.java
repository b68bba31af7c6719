package kr.sanggwon.ui.consult;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.Client;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.ScreenParts;

/**
 * 완전히 지우기 under the client form: the button opens a warning (cannot be undone; the older backups still hold the
 * client and are deleted, copies made elsewhere are not) and asks for the client's name typed again before the erase
 * button works. A plain delete stays beside it for a client entered by mistake.
 */
final class PurgePane {
    private final ConsultViewModel vm;
    private final VBox box = new VBox(8);
    private final TextField typed = FormParts.text("client-purge-name");

    PurgePane(ConsultViewModel vm) {
        this.vm = vm;
    }

    /** The button that opens the confirmation (disabled without a client, or where the workspace cannot reopen). */
    Button button() {
        Button open = new Button(Messages.get("consult.ui.purge"));
        open.setId("client-purge");
        open.disableProperty().bind(vm.clientProperty().isNull());
        open.setOnAction(e -> show());
        return open;
    }

    /** The confirmation, hidden until the button is pressed and again when another client is chosen. */
    Node confirmation() {
        box.setId("client-purge-box");
        box.getStyleClass().add(Styles.CARD);
        box.setVisible(false);
        box.managedProperty().bind(box.visibleProperty());
        vm.clientProperty().addListener((o, a, b) -> hide());
        return box;
    }

    private void show() {
        Client c = vm.clientProperty().get();
        if (c == null) {
            return;
        }
        typed.clear();
        typed.setPromptText(Messages.get("consult.ui.purgeType"));
        Label what = FormParts.wrapped(Messages.get("consult.ui.purgeText", c.name()), Styles.ERROR);
        what.setId("client-purge-text");
        Label backups = FormParts.wrapped(Messages.get("consult.ui.purgeBackups"), Styles.WARN);
        backups.setId("client-purge-backups");
        Label reopen = FormParts.wrapped(Messages.get("consult.ui.purgeReopen"), Styles.MUTED);
        Label ask = FormParts.wrapped(Messages.get("consult.ui.purgeType"), null);
        ask.setLabelFor(typed);
        Button go = new Button(Messages.get("consult.ui.purgeGo"));
        go.setId("client-purge-go");
        go.getStyleClass().add(Styles.ACCENT_BUTTON);
        // only once the name is typed exactly: a slip of the mouse never erases anyone
        go.disableProperty().bind(Bindings.createBooleanBinding(() -> !ConsultViewModel.sameName(typed.getText(), c.name()),
                typed.textProperty()));
        go.setOnAction(e -> vm.purgeClient(typed.getText()));
        typed.setOnAction(e -> {
            if (!go.isDisabled()) {
                vm.purgeClient(typed.getText());
            }
        });
        Button cancel = new Button(Messages.get("consult.ui.purgeCancel"));
        cancel.setId("client-purge-cancel");
        cancel.setOnAction(e -> hide());
        box.getChildren().setAll(ScreenParts.section(Messages.get("consult.ui.purgeTitle")), what, backups);
        if (vm.canPurge()) {
            box.getChildren().addAll(reopen, ask, typed, new FlowPane(8, 6, go, cancel));
        } else {
            Label no = FormParts.wrapped(Messages.get("consult.ui.purgeUnavailable"), Styles.WARN);
            no.setId("client-purge-unavailable");
            box.getChildren().addAll(no, cancel);
        }
        box.setVisible(true);
        typed.requestFocus();
    }

    private void hide() {
        box.setVisible(false);
        box.getChildren().clear();
        typed.clear();
    }
}
