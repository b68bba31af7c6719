package kr.sanggwon.ui.consult;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.FieldSurvey;
import kr.sanggwon.consult.SurveyAdjustment;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.ScreenParts;

/**
 * 현장 조사 of the chosen scenario: the on-site checklist, then base estimate → each factor (with its rationale and a
 * check box to switch it off and on) → adjusted estimate and range. Shown for scenarios that have an estimate.
 */
final class SurveyPane {
    private final SurveyViewModel vm;
    private final VBox result = new VBox(6);
    private final TextField frontage = FormParts.text("survey-frontage");
    private final TextField floor = FormParts.text("survey-floor");
    private final ComboBox<FieldSurvey.Visibility> visibility = new ComboBox<>();
    private final CheckBox corner = new CheckBox(Messages.get("consult.survey.field.cornerYes"));
    private final ComboBox<FieldSurvey.Parking> parking = new ComboBox<>();
    private final TextArea traffic = FormParts.area("survey-traffic");
    private final TextArea competitors = FormParts.area("survey-competitors");
    private final TextArea notes = FormParts.area("survey-notes");

    SurveyPane(SurveyViewModel vm) {
        this.vm = vm;
    }

    Node build(ConsultViewModel consult) {
        visibility.setId("survey-visibility");
        visibility.getItems().setAll(FieldSurvey.Visibility.values());
        visibility.setButtonCell(ConsultView.cell(v -> choice("visibility", v)));
        visibility.setCellFactory(x -> ConsultView.cell(v -> choice("visibility", v)));
        parking.setId("survey-parking");
        parking.getItems().setAll(FieldSurvey.Parking.values());
        parking.setButtonCell(ConsultView.cell(v -> choice("parking", v)));
        parking.setCellFactory(x -> ConsultView.cell(v -> choice("parking", v)));
        corner.setId("survey-corner");
        frontage.setPromptText("5.5");
        floor.setPromptText(Messages.get("consult.survey.floorPrompt"));
        traffic.setPromptText(Messages.get("consult.survey.trafficPrompt"));
        competitors.setPromptText(Messages.get("consult.survey.competitorPrompt"));
        GridPane g = FormParts.grid();
        FormParts.row(g, "consult.survey.field.frontage", frontage);
        FormParts.row(g, "consult.survey.field.floor", floor);
        FormParts.row(g, "consult.survey.field.visibility", visibility);
        FormParts.row(g, "consult.survey.field.corner", corner);
        FormParts.row(g, "consult.survey.field.parking", parking);
        FormParts.row(g, "consult.survey.field.traffic", traffic);
        FormParts.row(g, "consult.survey.field.competitors", competitors);
        FormParts.row(g, "consult.survey.field.notes", notes);
        Button save = new Button(Messages.get("consult.ui.surveySave"));
        save.setId("survey-save");
        save.getStyleClass().add(Styles.ACCENT_BUTTON);
        save.setOnAction(e -> vm.save(new SurveyForm(frontage.getText(), floor.getText(), visibility.getValue(), corner.isSelected(),
                parking.getValue(), traffic.getText(), competitors.getText(), notes.getText())));
        Label message = FormParts.notice("survey-message", vm.messageProperty(), vm.refusedProperty());
        Label file = FormParts.wrapped("", Styles.MUTED);
        file.textProperty().bind(vm.factorsFileProperty().map(f -> f.isEmpty() ? "" : Messages.get("consult.ui.surveyFile", f)));
        result.setId("survey-result");
        vm.surveyProperty().addListener((o, a, b) -> fill(b));
        vm.adjustmentProperty().addListener((o, a, b) -> render(b));
        VBox card = FormParts.card(ScreenParts.section(Messages.get("consult.survey.title")),
                FormParts.wrapped(Messages.get("consult.ui.surveyHint"), Styles.MUTED), g, new FlowPane(8, 6, save), message, result, file);
        card.setId("survey-card");
        card.visibleProperty().bind(consult.scenarioProperty().map(SurveyViewModel::adjustable).orElse(false));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private static String choice(String field, Enum<?> v) {
        return Messages.get("consult.survey." + field + "." + v.name().toLowerCase(Locale.ROOT));
    }

    private void fill(FieldSurvey s) {
        frontage.setText(s == null || s.frontageMeters() == null ? "" : Formats.number(s.frontageMeters(), 1));
        floor.setText(s == null || s.floor() == null ? "" : s.floor() <= 0 ? "B" + Math.max(1, -s.floor()) : s.floor().toString());
        visibility.setValue(s == null ? null : s.visibility());
        corner.setSelected(s != null && Boolean.TRUE.equals(s.corner()));
        parking.setValue(s == null ? null : s.parking());
        traffic.setText(s == null ? "" : SurveyForm.trafficText(s.traffic()));
        competitors.setText(s == null ? "" : SurveyForm.competitorText(s.competitors()));
        notes.setText(s == null || s.notes() == null ? "" : s.notes());
    }

    private void render(SurveyAdjustment a) {
        result.getChildren().clear();
        if (a == null) {
            return;
        }
        GridPane g = new GridPane();
        g.setId("survey-factors");
        g.setHgap(12);
        g.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(150);
        ColumnConstraints effect = new ColumnConstraints();
        effect.setMinWidth(60);
        ColumnConstraints why = new ColumnConstraints();
        why.setHgrow(Priority.ALWAYS);
        why.setMinWidth(120);
        g.getColumnConstraints().setAll(name, effect, why);
        int r = 0;
        g.add(strong(Messages.get("consult.survey.base")), 0, r);
        g.add(new Label(FieldSurveysText.money(a.baseMonthly())), 1, r, 2, 1);
        g.add(FormParts.wrapped(FieldSurveysText.range(a.baseLow(), a.baseHigh()), Styles.MUTED), 1, ++r, 2, 1);
        if (a.factors().isEmpty()) {
            g.add(FormParts.wrapped(Messages.get("consult.ui.surveyNoFactors"), Styles.MUTED), 0, ++r, 3, 1);
        }
        for (SurveyAdjustment.Applied f : a.factors()) {
            CheckBox on = new CheckBox(f.label());
            on.setId("survey-factor-" + f.id());
            on.setSelected(f.on());
            on.setWrapText(true);
            on.setOnAction(e -> vm.toggle(f.id(), on.isSelected()));
            Label mult = new Label("×" + Formats.number(f.effect(), 3));
            if (!f.on()) {
                mult.getStyleClass().add(Styles.MUTED);
            }
            Label rationale = FormParts.wrapped(f.rationale() + "  [" + f.source() + "]", Styles.MUTED);
            g.add(on, 0, ++r);
            g.add(mult, 1, r);
            g.add(rationale, 2, r);
        }
        Label adjusted = new Label(FieldSurveysText.money(a.monthly()));
        adjusted.setId("survey-adjusted");
        adjusted.getStyleClass().add(Styles.STRONG);
        g.add(strong(Messages.get("consult.survey.adjusted")), 0, ++r);
        g.add(adjusted, 1, r, 2, 1);
        Label range = FormParts.wrapped(FieldSurveysText.range(a.low(), a.high()), null);
        range.setId("survey-adjusted-range");
        g.add(range, 1, ++r, 2, 1);
        result.getChildren().add(g);
    }

    private static Label strong(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.STRONG);
        return l;
    }

    /** Money texts as the scenario shows them. */
    private static final class FieldSurveysText {
        static String money(double won) {
            return Formats.money(Math.round(won));
        }

        static String range(Double low, Double high) {
            return low == null || high == null ? "" : Messages.get("consult.ui.surveyRange", money(low), money(high));
        }
    }
}
