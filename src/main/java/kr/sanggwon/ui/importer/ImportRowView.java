package kr.sanggwon.ui.importer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.Styles;

/** One file's line: name and result, progress bar with rate, cancel and "open rejects" buttons. */
final class ImportRowView {
    private final HBox box = new HBox(14);

    ImportRowView(ImportRow row, ImportViewModel vm) {
        box.getStyleClass().add(Styles.CARD);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("import-row-" + Math.abs(row.fileName().hashCode()));

        Label name = new Label(row.fileName());
        name.getStyleClass().add("sg-import-file");
        Label message = new Label();
        message.getStyleClass().add("sg-import-message");
        message.textProperty().bind(row.messageProperty());
        message.setWrapText(true);
        row.stateProperty().addListener((o, a, s) -> styleMessage(message, s));
        styleMessage(message, row.state());
        VBox text = new VBox(4, name, message);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(200);
        bar.progressProperty().bind(row.progressProperty());
        Label rate = new Label();
        rate.getStyleClass().add(Styles.MUTED);
        rate.textProperty().bind(row.rateProperty());
        VBox progress = new VBox(4, bar, rate);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.setMinWidth(220);

        Button cancel = new Button(Messages.get("ui.import.cancel"));
        cancel.getStyleClass().add("sg-import-cancel");
        cancel.visibleProperty().bind(Bindings.createBooleanBinding(row::isActive, row.stateProperty()));
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel(row));

        Button rejects = new Button(Messages.get("ui.import.openRejects"));
        rejects.getStyleClass().add("sg-import-rejects");
        rejects.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> row.resultProperty().get() != null && row.resultProperty().get().rejectsFile() != null, row.resultProperty()));
        rejects.managedProperty().bind(rejects.visibleProperty());
        rejects.setOnAction(e -> vm.openRejects(row));
        row.resultProperty().addListener((o, a, r) -> {
            if (r != null && r.rejectsFile() != null) {
                rejects.setTooltip(new javafx.scene.control.Tooltip(Messages.get("ui.import.rejectsPath", r.rejectsFile().toString())));
            }
        });

        box.getChildren().addAll(text, progress, cancel, rejects);
    }

    private static void styleMessage(Label message, ImportRow.State s) {
        message.getStyleClass().removeAll(Styles.OK, Styles.ERROR, Styles.MUTED);
        message.getStyleClass().add(switch (s) {
            case DONE -> Styles.OK;
            case FAILED -> Styles.ERROR;
            default -> Styles.MUTED;
        });
    }

    HBox view() {
        return box;
    }
}
