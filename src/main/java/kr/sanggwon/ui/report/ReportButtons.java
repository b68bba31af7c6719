package kr.sanggwon.ui.report;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.Consultation;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.shell.UiContext;

/** "PDF 리포트" and "한 장 요약" for the open consultation, with a progress bar and cancel while the PDF is written. */
public final class ReportButtons {
    private ReportButtons() {
    }

    public static Node of(UiContext ctx, ObjectProperty<Consultation> consultation) {
        return of(new ReportViewModel(ctx, consultation));
    }

    static Node of(ReportViewModel vm) {
        Button full = new Button(Messages.get("report.ui.full"));
        full.setId("report-full");
        full.getStyleClass().add(Styles.ACCENT_BUTTON);
        full.setOnAction(e -> vm.make(false));
        Button one = new Button(Messages.get("report.ui.onePage"));
        one.setId("report-one-page");
        one.setOnAction(e -> vm.make(true));
        var idle = vm.consultationProperty().isNull().or(vm.runningProperty());
        full.disableProperty().bind(idle);
        one.disableProperty().bind(idle);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(120);
        Button cancel = new Button(Messages.get("report.ui.cancel"));
        cancel.setId("report-cancel");
        cancel.setOnAction(e -> vm.cancel());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(vm.runningProperty());
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setId("report-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add(Styles.MUTED);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        return new VBox(4, new FlowPane(8, 6, full, one, bar, cancel), status);
    }
}
