package kr.sanggwon.ui.consult;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.Styles;

/**
 * "다른 사용자가 먼저 저장했습니다": the other side's version and the own one side by side (fields that differ in bold),
 * and the three choices. Closing the dialog chooses nothing: the own changes stay in the form, unsaved.
 */
final class ConflictDialog {
    private final EditConflictPrompt prompt;
    private final java.util.Map<ButtonType, EditConflictPrompt.Choice> choices = new java.util.LinkedHashMap<>();

    ConflictDialog(EditConflictPrompt prompt) {
        this.prompt = prompt;
    }

    /** Shows the dialog over {@code owner} and returns the choice (empty when closed). */
    Optional<EditConflictPrompt.Choice> ask(Window owner) {
        return dialog(owner).showAndWait();
    }

    /** The dialog, not shown yet (screenshot tests show it without waiting). */
    Dialog<EditConflictPrompt.Choice> dialog(Window owner) {
        Dialog<EditConflictPrompt.Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("consult.conflict.title"));
        d.setDialogPane(pane());
        Scene scene = owner == null ? null : owner.getScene();
        if (scene != null) {
            d.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        }
        d.setResultConverter(choices::get);
        d.setResizable(true);
        return d;
    }

    /** The dialog's pane: message, comparison table and buttons (also used for screenshots). */
    DialogPane pane() {
        DialogPane pane = new DialogPane();
        pane.setId("conflict-dialog");
        pane.setHeaderText(Messages.get("consult.conflict.title"));
        Label message = new Label(prompt.message());
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DIALOG_TEXT);
        ScrollPane table = new ScrollPane(table());
        table.setFitToWidth(true);
        table.setPrefViewportHeight(260);
        VBox content = new VBox(10, message, table);
        content.setPrefWidth(680);
        pane.setContent(content);
        choices.clear();
        choices.put(new ButtonType(Messages.get(prompt.deleted() ? "consult.conflict.keepMineDeleted" : "consult.conflict.keepMine"),
                ButtonBar.ButtonData.LEFT), EditConflictPrompt.Choice.KEEP_MINE);
        if (!prompt.deleted()) {
            if (prompt.copyable()) {
                choices.put(new ButtonType(Messages.get("consult.conflict.keepBoth"), ButtonBar.ButtonData.LEFT),
                        EditConflictPrompt.Choice.KEEP_BOTH);
            }
            choices.put(new ButtonType(Messages.get("consult.conflict.keepTheirs"), ButtonBar.ButtonData.LEFT), EditConflictPrompt.Choice.KEEP_THEIRS);
        }
        pane.getButtonTypes().setAll(choices.keySet());
        pane.getButtonTypes().add(new ButtonType(Messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        for (ButtonType t : pane.getButtonTypes()) {
            ButtonBar.setButtonUniformSize(pane.lookupButton(t), false);   // long labels ("둘 다 남기기 (…)") keep their width
        }
        pane.setMinWidth(720);
        return pane;
    }

    private Node table() {
        GridPane g = new GridPane();
        g.setId("conflict-table");
        g.setHgap(14);
        g.setVgap(6);
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(90);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setPercentWidth(40);
        g.getColumnConstraints().setAll(field, value, value);
        g.addRow(0, header(""), header(Messages.get("consult.conflict.theirs")), header(Messages.get("consult.conflict.mine")));
        int r = 1;
        for (EditConflictPrompt.Row row : prompt.rows()) {
            String theirs = prompt.deleted() ? Messages.get("consult.conflict.theirsDeleted") : row.theirs();
            g.addRow(r++, cell(row.field(), Styles.MUTED), cell(theirs, row.differs() ? Styles.STRONG : null),
                    cell(row.mine(), row.differs() ? Styles.STRONG : null));
        }
        return g;
    }

    private static Label header(String text) {
        return cell(text, Styles.STRONG);
    }

    private static Label cell(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
