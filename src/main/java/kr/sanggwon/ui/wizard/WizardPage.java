package kr.sanggwon.ui.wizard;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.ScreenParts;
import kr.sanggwon.ui.glossary.GlossaryHelp;
import kr.sanggwon.wizard.Risk;
import kr.sanggwon.wizard.WizardAnswer;
import kr.sanggwon.wizard.WizardPick;
import kr.sanggwon.wizard.WizardText;

/**
 * The answer as one page: the same node is shown on screen, printed and saved as PNG, so what the owner takes home is
 * what they saw. Risk levels are written out in words with a symbol, never shown by colour alone.
 */
final class WizardPage {
    static final String PAGE_CLASS = "sg-wizard-page";

    private WizardPage() {
    }

    static VBox build(WizardAnswer a) {
        VBox page = new VBox(10);
        page.setId("wizard-page");
        page.getStyleClass().add(PAGE_CLASS);
        Label title = wrap(new Label(WizardText.title(a)));
        title.getStyleClass().add(Styles.SCREEN_SUBTITLE);
        title.setId("wizard-answer-title");
        page.getChildren().addAll(title, muted(WizardText.basis(a)));

        page.getChildren().add(ScreenParts.section(Messages.get("wizard.section.where")));
        if (!a.hasPicks()) {
            page.getChildren().add(wrap(new Label(Messages.get("wizard.pick.none"))));
        }
        for (int i = 0; i < a.picks().size(); i++) {
            WizardPick p = a.picks().get(i);
            Label line = wrap(new Label(WizardText.pickLine(i, p)));
            line.setId("wizard-pick-" + i);
            line.setStyle("-fx-font-weight: bold;");
            Label sales = wrap(new Label(WizardText.salesLine(p.expected())));
            sales.setId("wizard-sales-" + i);
            VBox card = new VBox(2, line, row(sales, GlossaryHelp.button("range80")));
            card.getStyleClass().add(Styles.CARD);
            page.getChildren().add(card);
        }

        page.getChildren().add(ScreenParts.section(Messages.get("wizard.section.plan")));
        Label plan = wrap(new Label(WizardText.breakEvenLine(a)));
        plan.setId("wizard-break-even");
        page.getChildren().add(row(plan, GlossaryHelp.button("breakEven")));
        if (a.finance() != null) {
            page.getChildren().add(wrap(new Label(WizardText.profitLine(a))));
        }

        page.getChildren().add(ScreenParts.section(Messages.get("wizard.section.risks")));
        for (int i = 0; i < a.risks().size(); i++) {
            page.getChildren().add(risk(i, a.risks().get(i)));
        }

        page.getChildren().add(ScreenParts.section(Messages.get("wizard.section.ask")));
        for (String k : a.askKeys()) {
            page.getChildren().add(wrap(new Label("•  " + Messages.get(k))));
        }
        page.getChildren().add(muted(Messages.get("wizard.answer.caveat")));
        return page;
    }

    /** "▲ 주의", "● 확인", "○ 참고": level in a word and a shape, the colour only repeats it. */
    private static Node risk(int i, Risk r) {
        String level = r.severity() >= 1 ? "high" : r.severity() >= 0.5 ? "mid" : "low";
        String symbol = switch (level) {
            case "high" -> "▲";
            case "mid" -> "●";
            default -> "○";
        };
        Label badge = new Label(symbol + " " + Messages.get("wizard.ui.riskLevel." + level));
        badge.getStyleClass().add(level.equals("high") ? Styles.WARN : Styles.MUTED);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label text = wrap(new Label((i + 1) + ". " + WizardText.risk(r)));
        text.setId("wizard-risk-" + i);
        text.setAccessibleText(Messages.get("wizard.ui.riskLevel." + level) + ": " + text.getText());
        HBox box = new HBox(8, badge, text);
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private static HBox row(Label text, Node help) {
        HBox box = new HBox(6, text, help);
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static Label muted(String text) {
        Label l = wrap(new Label(text));
        l.getStyleClass().add(Styles.MUTED);
        return l;
    }

    private static Label wrap(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
