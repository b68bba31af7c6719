package kr.sanggwon.ui.consult;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.ScreenParts;

/**
 * 사후 점검 card: record a month of the shop's actual sales (against the chosen scenario's forecast), see each month
 * against its forecast, and the portfolio line that says whether this consultant's ranges are calibrated yet.
 */
final class AfterOpeningPane {
    private AfterOpeningPane() {
    }

    static Node build(ConsultViewModel consult, AfterOpeningViewModel vm) {
        TextField month = FormParts.text("actual-month");
        month.setPromptText("2026-07");
        TextField sales = FormParts.text("actual-sales");
        sales.setPromptText(Messages.get("consult.ui.budgetPrompt"));
        GridPane g = FormParts.grid();
        FormParts.row(g, "consult.ui.actualMonth", month);
        FormParts.row(g, "consult.ui.actualSalesMan", sales);
        Button save = new Button(Messages.get("consult.ui.actualSave"));
        save.setId("actual-save");
        save.getStyleClass().add(Styles.ACCENT_BUTTON);
        save.setOnAction(e -> vm.record(month.getText(), sales.getText()));
        ListView<kr.sanggwon.consult.AfterOpening.Compared> list = new ListView<>(vm.rows());
        list.setId("actual-rows");
        list.setPrefHeight(90);
        list.setCellFactory(v -> ConsultView.cell(kr.sanggwon.consult.AfterOpening.Compared::text));
        list.setPlaceholder(FormParts.wrapped(Messages.get("consult.ui.none"), Styles.PLACEHOLDER));
        Label message = FormParts.notice("actual-message", vm.messageProperty(), vm.refusedProperty());
        Label summary = FormParts.wrapped("", Styles.MUTED);
        summary.setId("actual-summary");
        summary.textProperty().bind(vm.summaryProperty());
        VBox card = FormParts.card(ScreenParts.section(Messages.get("consult.ui.afterOpening")),
                FormParts.wrapped(Messages.get("consult.ui.afterOpeningHint"), Styles.MUTED), g, new FlowPane(8, 6, save), message, list,
                summary);
        card.setId("actual-card");
        card.disableProperty().bind(consult.clientProperty().isNull());
        return card;
    }
}
