package kr.sanggwon.ui.consult;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.Freshness;
import kr.sanggwon.consult.Recomputed;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;
import kr.sanggwon.finance.FinanceText;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.ScreenParts;

/**
 * The scenarios of the open consultation: each as saved (never recomputed on opening), "newer data exists —
 * recompute?" when the data or models changed, and the old and new numbers side by side before taking the new ones.
 */
final class ScenarioPane {
    private final ConsultViewModel vm;
    private final VBox detail = new VBox(8);

    ScenarioPane(ConsultViewModel vm) {
        this.vm = vm;
    }

    Node build() {
        ListView<Scenario> list = new ListView<>(vm.scenarios());
        list.setId("consult-scenarios");
        list.setPrefHeight(100);
        list.setCellFactory(v -> ConsultView.cell(s -> s.snapshot().title() + " · " + listText(s.snapshot())));
        list.setPlaceholder(FormParts.wrapped(Messages.get("consult.ui.noScenarios"), Styles.PLACEHOLDER));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != vm.scenarioProperty().get()) {
                vm.selectScenario(b);
            }
        });
        vm.scenarioProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);   // the reloaded copy of a scenario that changed (survey saved)
            }
            render();
        });
        vm.freshnessProperty().addListener((o, a, b) -> render());
        vm.recomputedProperty().addListener((o, a, b) -> render());
        render();
        Label hint = FormParts.wrapped(Messages.get("consult.ui.scenarioHint"), Styles.MUTED);
        VBox card = FormParts.card(ScreenParts.section(Messages.get("consult.ui.scenarios")), hint, list, detail);
        card.disableProperty().bind(vm.consultationProperty().isNull());
        return card;
    }

    private void render() {
        detail.getChildren().clear();
        Scenario s = vm.scenarioProperty().get();
        if (s == null) {
            return;
        }
        ScenarioSnapshot snap = s.snapshot();
        detail.getChildren().add(FormParts.wrapped(Messages.get("consult.ui.scenarioWhat", snap.districtName(),
                snap.guName() == null ? "-" : snap.guName(), snap.industryName(), snap.savedAt().substring(0, 10)), null));
        EstimatePart e = snap.estimate();
        if (e != null) {
            detail.getChildren().add(FormParts.wrapped(Messages.get("consult.ui.scenarioEstimate", monthlyText(e),
                    rangeText(e), Formats.quarter(e.targetQuarter()), Formats.quarter(e.basedOnQuarter())), null));
        }
        if (snap.comparison() != null) {
            detail.getChildren().add(FormParts.wrapped(Messages.get("consult.ui.scenarioComparison",
                    String.join(", ", snap.comparison().districts())), null));
        }
        if (snap.finance() != null) {
            detail.getChildren().add(financeLine(snap.finance()));
        }
        if (snap.recommend() != null) {
            detail.getChildren().add(recommendLine(snap.recommend()));
        }
        Freshness f = vm.freshnessProperty().get();
        Recomputed r = vm.recomputedProperty().get();
        Button delete = new Button(Messages.get("consult.ui.deleteScenario"));
        delete.setOnAction(ev -> vm.deleteScenario());
        FlowPane actions = new FlowPane(8, 6, delete);
        if (f != null && f.stale() && r == null) {
            Label newer = FormParts.wrapped(Messages.get("consult.scenario.newer"), Styles.WARN);
            newer.setId("consult-newer");
            Button recompute = new Button(Messages.get("consult.ui.recompute"));
            recompute.setId("consult-recompute");
            recompute.setOnAction(ev -> vm.recompute());
            detail.getChildren().add(newer);
            actions.getChildren().add(0, recompute);
        }
        if (r != null) {
            detail.getChildren().add(sideBySide(r));
            Button keep = new Button(Messages.get("consult.ui.keepOld"));
            keep.setId("consult-keep-old");
            keep.setOnAction(ev -> vm.keepSaved());
            actions.getChildren().add(0, keep);
            if (r.possible()) {
                Button take = new Button(Messages.get("consult.ui.takeNew"));
                take.setId("consult-take-new");
                take.setOnAction(ev -> vm.takeRecomputed());
                actions.getChildren().add(0, take);
            }
        }
        detail.getChildren().add(actions);
    }

    /** Every part the scenario holds, old and new side by side; a part that cannot be recomputed says why. */
    private Node sideBySide(Recomputed r) {
        VBox box = new VBox(8);
        box.setId("consult-side-by-side");
        if (!r.possible()) {
            Label refused = FormParts.wrapped(Messages.get("consult.ui.recomputeCannotTake"), Styles.ERROR);
            refused.setId("consult-recompute-refused");
            box.getChildren().add(refused);
        }
        for (Recomputed.PartChange p : r.parts()) {
            String name = Messages.get(p.part().key());
            if (!p.ok()) {
                Label why = FormParts.wrapped(Messages.get("consult.ui.partCannot", name, Messages.get(p.problemKey(), p.problemArgs())),
                        Styles.ERROR);
                why.setId("consult-recompute-problem-" + p.part().name().toLowerCase(java.util.Locale.ROOT));
                box.getChildren().add(why);
                continue;
            }
            GridPane g = new GridPane();
            g.setId("consult-recompute-" + p.part().name().toLowerCase(java.util.Locale.ROOT));
            g.setHgap(16);
            g.setVgap(4);
            g.addRow(0, bold(name), bold(Messages.get("consult.ui.asSaved")), bold(Messages.get("consult.ui.today")));
            int i = 1;
            for (Recomputed.Row row : p.rows()) {
                Label after = wrap(row.after());
                if (row.changed()) {
                    after.getStyleClass().add(Styles.STRONG);
                }
                g.addRow(i++, wrap(row.label()), wrap(row.before()), after);
            }
            box.getChildren().add(g);
        }
        return box;
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinWidth(0);
        return l;
    }

    /** The saved 수익 분석 in one line: its figures as saved, never recomputed. */
    static Label financeLine(ScenarioSnapshot.FinancePart p) {
        String breakEven = p.breakEvenSales() == null ? Messages.get("finance.breakEven.none") : FinanceText.money(p.breakEvenSales());
        String payback = p.paybackMonths() == null ? Messages.get("finance.payback.never") : FinanceText.payback(p.paybackMonths());
        String loss = p.simulation() == null ? "-" : Formats.percent(p.simulation().lossProbability());
        Label l = FormParts.wrapped(Messages.get("consult.ui.scenarioFinance", p.districtName(), FinanceText.money(p.operatingProfit()),
                breakEven, payback, loss), null);
        l.setId("consult-scenario-finance");
        return l;
    }

    /** The saved 유망 상권 list in one line: the industry and the first districts as ranked then. */
    static Label recommendLine(ScenarioSnapshot.RecommendPart p) {
        String first = p.rows().stream().limit(3).map(r -> r.rank() + ". " + r.name() + " (" + Formats.number(r.points(), 1) + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        Label l = FormParts.wrapped(Messages.get("consult.ui.scenarioRecommend", p.industryName(), p.rows().size(), first), null);
        l.setId("consult-scenario-recommend");
        return l;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.STRONG);
        return l;
    }

    /** The estimate's monthly figure, or which analyses the scenario holds when it has no estimate. */
    static String listText(ScenarioSnapshot s) {
        if (s.estimate() != null) {
            return monthlyText(s.estimate());
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (s.finance() != null) {
            parts.add(Messages.get("ui.nav.finance"));
        }
        if (s.recommend() != null) {
            parts.add(Messages.get("ui.nav.recommend"));
        }
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    static String monthlyText(EstimatePart e) {
        double m = Recomputed.monthly(e);
        return Double.isNaN(m) ? "-" : Formats.money(Math.round(m));
    }

    static String rangeText(EstimatePart e) {
        if (e == null || e.monthlyLow() == null || e.monthlyHigh() == null) {
            return "-";
        }
        double f = e.newShop() != null && e.monthly() != 0 ? e.newShop().monthly() / e.monthly() : 1.0;
        return Formats.money(Math.round(e.monthlyLow() * f)) + " ~ " + Formats.money(Math.round(e.monthlyHigh() * f));
    }
}
