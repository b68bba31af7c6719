package kr.sanggwon.ui.consult;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.DigitalCheckups;
import kr.sanggwon.digital.Adoption;
import kr.sanggwon.digital.DigitalCheckup;
import kr.sanggwon.digital.DigitalDiagnosis;
import kr.sanggwon.digital.DigitalEffect;
import kr.sanggwon.digital.DigitalItem;
import kr.sanggwon.digital.ProgrammeMatch;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.ScreenParts;

/**
 * 디지털 전환 진단 of the chosen scenario: for each digital tool whether the shop uses it, plans it or not, the few
 * plan figures the profit simulation needs, then now → after the planned tools (operating profit, break-even, chance
 * of a loss) and the support programmes it qualifies for. Shown for scenarios that have an estimate.
 */
final class DigitalPane {
    private final DigitalViewModel vm;
    private final Map<DigitalItem, ToggleGroup> states = new EnumMap<>(DigitalItem.class);
    private final TextField rent = FormParts.text("digital-rent");
    private final TextField maintenance = FormParts.text("digital-maintenance");
    private final TextField staff = FormParts.text("digital-staff");
    private final TextField investment = FormParts.text("digital-investment");
    private final VBox result = new VBox(8);

    DigitalPane(DigitalViewModel vm) {
        this.vm = vm;
    }

    Node build(ConsultViewModel consult) {
        GridPane checklist = new GridPane();
        checklist.setId("digital-checklist");
        checklist.setHgap(12);
        checklist.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setMaxWidth(200);
        ColumnConstraints choice = new ColumnConstraints();
        choice.setHgrow(Priority.ALWAYS);
        choice.setMinWidth(120);
        checklist.getColumnConstraints().setAll(name, choice);
        int r = 0;
        for (DigitalItem item : DigitalItem.values()) {
            ToggleGroup group = new ToggleGroup();
            FlowPane choices = new FlowPane(12, 4);
            for (Adoption a : Adoption.values()) {
                RadioButton b = new RadioButton(Messages.get(a.key()));
                b.setId("digital-" + item.id() + "-" + a.id());
                b.setUserData(a);
                b.setToggleGroup(group);
                choices.getChildren().add(b);
            }
            select(group, Adoption.NONE);
            states.put(item, group);
            Label label = FormParts.wrapped(Messages.get(item.key()), null);
            checklist.add(label, 0, r);
            checklist.add(choices, 1, r++);
        }
        rent.setPromptText("300만");
        maintenance.setPromptText("30만");
        staff.setPromptText("1");
        investment.setPromptText("3000만");
        GridPane plan = FormParts.grid();
        FormParts.row(plan, "consult.digital.field.rent", rent);
        FormParts.row(plan, "consult.digital.field.maintenance", maintenance);
        FormParts.row(plan, "consult.digital.field.staff", staff);
        FormParts.row(plan, "consult.digital.field.investment", investment);
        Button save = new Button(Messages.get("consult.ui.digitalSave"));
        save.setId("digital-save");
        save.getStyleClass().add(Styles.ACCENT_BUTTON);
        save.setOnAction(e -> vm.save(form()));
        Label message = FormParts.notice("digital-message", vm.messageProperty(), vm.failedProperty());
        Label files = FormParts.wrapped("", Styles.MUTED);
        files.textProperty().bind(vm.filesProperty());
        result.setId("digital-result");
        vm.checkupProperty().addListener((o, a, b) -> fill(b));
        vm.diagnosisProperty().addListener((o, a, b) -> render(b));
        VBox card = FormParts.card(ScreenParts.section(Messages.get("consult.digital.title")),
                FormParts.wrapped(Messages.get("consult.ui.digitalHint"), Styles.MUTED), checklist,
                strong(Messages.get("consult.ui.digitalPlan")), plan, new FlowPane(8, 6, save), message, result, files);
        card.setId("digital-card");
        card.visibleProperty().bind(consult.scenarioProperty().map(SurveyViewModel::adjustable).orElse(false));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private DigitalForm form() {
        Map<DigitalItem, Adoption> chosen = new EnumMap<>(DigitalItem.class);
        states.forEach((item, group) -> {
            Toggle t = group.getSelectedToggle();
            chosen.put(item, t == null ? Adoption.NONE : (Adoption) t.getUserData());
        });
        return new DigitalForm(chosen, rent.getText(), maintenance.getText(), staff.getText(), investment.getText());
    }

    private static void select(ToggleGroup group, Adoption a) {
        group.getToggles().stream().filter(t -> t.getUserData() == a).findFirst().ifPresent(t -> t.setSelected(true));
    }

    private void fill(DigitalCheckup c) {
        states.forEach((item, group) -> select(group, c == null ? Adoption.NONE : c.state(item)));
        rent.setText(c == null ? "" : amount(c.rent()));
        maintenance.setText(c == null ? "" : amount(c.maintenance()));
        staff.setText(c == null ? "" : Formats.number(c.staff(), c.staff() == Math.rint(c.staff()) ? 0 : 1));
        investment.setText(c == null ? "" : amount(c.investment()));
    }

    /** An amount as the field takes it back: "300만" in Korean for 3,000,000, else won with separators. */
    private static String amount(double won) {
        long w = Math.round(won);
        boolean korean = Messages.locale().getLanguage().equals(Locale.KOREAN.getLanguage());
        return korean && w != 0 && w % 10_000 == 0 ? (w / 10_000) + "만" : Formats.number(w, 0);
    }

    private void render(DigitalDiagnosis d) {
        result.getChildren().clear();
        if (d == null) {
            return;
        }
        DigitalEffect e = d.effect();
        result.getChildren().add(FormParts.wrapped(e.changesNothing() ? Messages.get("consult.ui.digitalNoPlanned")
                : Messages.get("consult.ui.digitalEffect", money(e.monthlyFees()), money(e.oneOff()),
                Formats.signedPercent(e.effectLow()), Formats.signedPercent(e.effectHigh())), null));
        GridPane g = new GridPane();
        g.setId("digital-before-after");
        g.setHgap(16);
        g.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setMaxWidth(200);
        g.getColumnConstraints().setAll(label, new ColumnConstraints(), new ColumnConstraints());
        g.addRow(0, new Label(""), strong(Messages.get("consult.ui.digitalNow")), strong(Messages.get("consult.ui.digitalAfter")));
        FinanceResult before = d.before();
        FinanceResult after = d.after();
        row(g, 1, "consult.digital.row.profit", money(before.pnl().operatingProfit()), money(after.pnl().operatingProfit()), "profit");
        row(g, 2, "consult.digital.row.breakEven", money(before.pnl().breakEvenSales()), money(after.pnl().breakEvenSales()), "break-even");
        row(g, 3, "consult.digital.row.loss", percent(DigitalDiagnosis.lossProbability(before)),
                percent(DigitalDiagnosis.lossProbability(after)), "loss");
        result.getChildren().add(g);
        if (e.oneOff() > 0) {
            Label payback = FormParts.wrapped(Messages.get("consult.ui.digitalPayback", DigitalCheckups.paybackText(d)), null);
            payback.setId("digital-payback");
            result.getChildren().add(payback);
        }
        result.getChildren().add(strong(Messages.get("consult.ui.digitalProgrammes")));
        if (d.programmes().isEmpty()) {
            result.getChildren().add(FormParts.wrapped(Messages.get("consult.digital.row.noProgramme"), Styles.MUTED));
        }
        VBox list = new VBox(10);
        list.setId("digital-programmes");
        for (ProgrammeMatch p : d.programmes()) {
            Label title = strong(p.programme().name());
            title.setId("digital-programme-" + p.programme().id().toLowerCase(Locale.ROOT));
            list.getChildren().add(new VBox(2, title, FormParts.wrapped(DigitalCheckups.programmeText(p), Styles.MUTED)));
        }
        result.getChildren().add(list);
    }

    private static void row(GridPane g, int r, String key, String now, String after, String id) {
        Label a = new Label(after);
        a.setId("digital-after-" + id);
        a.getStyleClass().add(Styles.STRONG);
        Label n = new Label(now);
        n.setId("digital-now-" + id);
        g.addRow(r, FormParts.wrapped(Messages.get(key), null), n, a);
    }

    private static Label strong(String text) {
        return FormParts.wrapped(text, Styles.STRONG);
    }

    private static String money(double won) {
        return Double.isFinite(won) ? Formats.money(Math.round(won)) : "-";
    }

    private static String percent(double p) {
        return Double.isNaN(p) ? "-" : Formats.percent(p);
    }
}
