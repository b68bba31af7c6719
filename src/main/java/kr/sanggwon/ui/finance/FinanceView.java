package kr.sanggwon.ui.finance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.finance.Assumption;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.finance.FinanceText;
import kr.sanggwon.finance.Param;
import kr.sanggwon.finance.PnlLine;
import kr.sanggwon.finance.Scenario;
import kr.sanggwon.finance.Simulation;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.TableHeaders;
import kr.sanggwon.ui.TableSizing;
import kr.sanggwon.ui.district.Exports;
import kr.sanggwon.ui.district.ScreenParts;
import kr.sanggwon.ui.shell.UiContext;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.jfree.chart.fx.ChartViewer;

/** Layout and bindings of 수익 분석; all state lives in {@link FinanceViewModel}. */
final class FinanceView {
    private final FinanceViewModel vm;
    private final UiContext ctx;
    private final Map<FinanceInput, Label> sources = new EnumMap<>(FinanceInput.class);
    private final VBox result = new VBox(12);
    private final VBox compared = new VBox(6);
    private final ValidationSupport validation = new ValidationSupport();

    FinanceView(FinanceViewModel vm, UiContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
    }

    Node build() {
        SearchableComboBox<FinanceViewModel.Choice> district = new SearchableComboBox<>(vm.districts());
        district.setId("finance-district");
        district.setPrefWidth(280);
        district.valueProperty().bindBidirectional(vm.districtProperty());
        ComboBox<FinanceViewModel.Choice> industry = new ComboBox<>(vm.industries());
        industry.setId("finance-industry");
        industry.setPrefWidth(220);
        industry.valueProperty().bindBidirectional(vm.industryProperty());
        Button estimate = new Button(Messages.get("finance.ui.useEstimate"));
        estimate.setId("finance-use-estimate");
        estimate.setOnAction(e -> vm.useEstimate());
        Button save = new Button(Messages.get("consult.ui.saveScenario"));
        save.setId("finance-save-scenario");
        save.setOnAction(e -> vm.saveAsScenario());
        // only a result that matches the form: while an input is wrong the last result is not what the form says
        save.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.resultProperty().get() == null || !vm.problems().isEmpty(), vm.resultProperty(), vm.problems()));
        FlowPane toolbar = new FlowPane(12, 8, field(Messages.get("finance.ui.district"), district),
                field(Messages.get("finance.ui.industry"), industry), estimate, save);
        toolbar.setAlignment(Pos.BOTTOM_LEFT);
        toolbar.getStyleClass().add(Styles.TOOLBAR);

        Label message = new Label();
        message.setId("finance-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.WARN);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        vm.defaultsProperty().addListener((o, a, b) -> showSources(b));
        vm.resultProperty().addListener((o, a, b) -> render(b));
        vm.comparisonProperty().addListener((o, a, b) -> renderComparison(b));
        vm.problems().addListener((MapChangeListener<FinanceInput, String>) c -> validation.revalidate());
        render(vm.resultProperty().get());

        VBox screen = new VBox(12, ScreenParts.title(Messages.get("ui.nav.finance")), ScreenParts.subtitle(Messages.get("finance.ui.subtitle")),
                toolbar, message, result, form(), comparisonBox());
        return ScreenParts.scroll(screen);
    }

    private static VBox field(String label, Node control) {
        Label l = new Label(label);
        l.getStyleClass().add(Styles.MUTED);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(4, l, control);
    }

    private Node form() {
        FlowPane groups = new FlowPane(12, 12);
        String[] titles = {"finance.ui.group.sales", "finance.ui.group.investment", "finance.ui.group.monthly", "finance.ui.group.rates",
            "finance.ui.group.loan"};
        for (int g = 0; g < FinanceInput.GROUPS.size(); g++) {
            VBox card = new VBox(6, ScreenParts.section(Messages.get(titles[g])));
            if (g == 0) {
                Label origin = new Label();
                origin.getStyleClass().add(Styles.MUTED);
                origin.setWrapText(true);
                origin.textProperty().bind(vm.salesOriginProperty());
                card.getChildren().add(origin);
            }
            for (FinanceInput in : FinanceInput.GROUPS.get(g)) {
                card.getChildren().add(input(in));
                if (in == FinanceInput.WAGE) {
                    CheckBox owner = new CheckBox(Messages.get("finance.ui.ownerPriced"));
                    owner.setId("finance-owner-priced");
                    owner.setWrapText(true);
                    owner.selectedProperty().bindBidirectional(vm.ownerPricedProperty());
                    card.getChildren().add(owner);
                }
            }
            if (g == 3) {
                Button save = new Button(Messages.get("finance.ui.saveDefaults"));
                save.setOnAction(e -> vm.saveDefaults());
                save.setWrapText(true);
                Button reset = new Button(Messages.get("finance.ui.resetDefaults"));
                reset.setOnAction(e -> vm.resetDefaults());
                reset.setWrapText(true);
                card.getChildren().add(new FlowPane(8, 8, save, reset));
            }
            card.getStyleClass().add(Styles.CARD);
            card.setPrefWidth(290);
            card.setMaxWidth(290);
            groups.getChildren().add(card);
        }
        return groups;
    }

    private Node input(FinanceInput in) {
        TextField text = new TextField();
        text.setId(in.id());
        text.setPrefColumnCount(12);
        text.textProperty().bindBidirectional(vm.input(in));
        text.setPromptText(Messages.get("finance.ui.prompt." + in.kind().name().toLowerCase(java.util.Locale.ROOT)));
        validation.registerValidator(text, false, (Control c, String v) ->
                ValidationResult.fromErrorIf(c, vm.problems().getOrDefault(in, ""), vm.problems().containsKey(in)));
        Label problem = new Label();
        problem.setId(in.id() + "-problem");
        problem.getStyleClass().add(Styles.ERROR);
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        vm.problems().addListener((MapChangeListener<FinanceInput, String>) c -> problem.setText(vm.problems().getOrDefault(in, "")));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox box = field(Messages.get(in.key()), text);
        box.getChildren().add(problem);
        if (in.param() != null) {
            Label source = new Label();
            source.getStyleClass().add(Styles.MUTED);
            source.setWrapText(true);
            source.setMinHeight(Region.USE_PREF_SIZE);
            sources.put(in, source);
            box.getChildren().add(source);
        }
        return box;
    }

    private void showSources(Map<Param, Assumption> d) {
        if (d == null) {
            return;
        }
        sources.forEach((in, label) -> label.setText(Messages.get("finance.ui.source", FinanceText.source(d.get(in.param())))));
    }

    private void render(FinanceResult r) {
        if (r == null) {
            Label empty = new Label(Messages.get("finance.ui.empty"));
            empty.getStyleClass().add(Styles.PLACEHOLDER);
            empty.setWrapText(true);
            result.getChildren().setAll(empty);
            return;
        }
        FlowPane cards = new FlowPane(12, 12,
                card("finance-card-profit", Messages.get("finance.line.operating_profit"), FinanceText.money(r.pnl().operatingProfit()),
                        Messages.get("finance.ui.margin", Formats.percent(r.pnl().operatingMargin()))),
                kr.sanggwon.ui.glossary.GlossaryHelp.onTitle(card("finance-break-even", Messages.get("finance.compare.breakEven"),
                        FinanceText.breakEven(r.pnl().breakEvenSales()), customers(r)), kr.sanggwon.ui.glossary.GlossaryHelp.button("breakEven")),
                kr.sanggwon.ui.glossary.GlossaryHelp.onTitle(card("finance-payback", Messages.get("finance.compare.payback"), FinanceText.payback(r.pnl().paybackMonths()),
                        Messages.get("finance.ui.toRecover", FinanceText.money(r.plan().investment().toRecover()))),
                        kr.sanggwon.ui.glossary.GlossaryHelp.button("payback")),
                card("finance-loss", Messages.get("finance.compare.loss"),
                        r.simulation() == null ? "-" : Formats.percent(r.simulation().lossProbability()), lossNote(r.simulation())));
        VBox target = new VBox(4);
        for (String s : List.of(FinanceText.target(r.guCheck(), r.industryName()), FinanceText.target(r.seoulCheck(), r.industryName()))) {
            Label l = new Label(s);
            l.setWrapText(true);
            l.getStyleClass().add("sg-estimate-head");
            target.getChildren().add(l);
        }
        target.getChildren().get(0).setId("finance-target");
        Label caveat = new Label(Messages.get("finance.target.caveat"));
        caveat.setWrapText(true);
        caveat.getStyleClass().add(Styles.MUTED);
        target.getChildren().add(caveat);
        target.getStyleClass().add(Styles.CARD);

        TableView<PnlLine> table = new TableView<>();
        TableHeaders.wrap(table);
        table.setId("finance-pnl");
        table.getItems().setAll(r.pnl().lines());
        // in text units: the line names and amounts wrap onto a second line (TableSizing) rather than end in "…"
        table.getColumns().add(TableSizing.em(col(Messages.get("finance.ui.colLine"), l -> Messages.get(l.kind().key()), 170), 7, 13));
        table.getColumns().add(TableSizing.em(col(Messages.get("finance.ui.colAmount"), l -> FinanceText.money(l.amount()), 110), 6.5, 8.5));
        table.getColumns().add(TableSizing.em(col(Messages.get("finance.ui.colShare"),
                l -> r.pnl().sales() > 0 ? Formats.percent(l.amount() / r.pnl().sales()) : "-", 90), 4.5, 5));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableSizing.fitRows(table, r.pnl().lines().size());
        table.setPrefWidth(380);
        table.setMinWidth(300);
        Exports.tableMenu(table, "finance-pnl-" + r.district(), ctx.dialogs());
        ChartViewer waterfall = ctx.charts().viewer(FinanceCharts.waterfall(ctx.charts(), r), "finance-waterfall-" + r.district());
        waterfall.setPrefSize(520, 380);
        waterfall.setMinSize(300, 300);
        HBox.setHgrow(waterfall, Priority.ALWAYS);
        FlowPane pnl = new FlowPane(12, 12, card(table), card(waterfall));
        result.getChildren().setAll(cards, target, pnl);
        if (r.simulation() != null) {
            ChartViewer fan = ctx.charts().viewer(FinanceCharts.fan(ctx.charts(), r.simulation()), "finance-fan-" + r.district());
            fan.setId("finance-fan");
            fan.setPrefSize(700, 300);
            fan.setMinSize(300, 260);
            Label how = new Label(Messages.get("finance.ui.monteCarlo", r.simulation().draws(), r.simulation().seed()));
            how.setWrapText(true);
            how.getStyleClass().add(Styles.MUTED);
            ChartViewer hist = ctx.charts().viewer(FinanceCharts.profitHistogram(ctx.charts(), r.simulation()),
                    "finance-profit-histogram-" + r.district());
            hist.setId("finance-histogram");
            hist.setPrefSize(700, 300);
            hist.setMinSize(300, 260);
            result.getChildren().add(card(new VBox(6, fan, hist, how)));
        }
        VBox notes = new VBox(4);
        for (String n : r.notes()) {
            Label l = new Label(Messages.get("estimate.cli.note", Messages.get(n)));
            l.setWrapText(true);
            l.getStyleClass().add(Styles.MUTED);
            notes.getChildren().add(l);
        }
        result.getChildren().add(notes);
    }

    private static String customers(FinanceResult r) {
        return Double.isFinite(r.breakEvenCustomersPerDay())
                ? Messages.get("finance.ui.customers", Formats.number(r.breakEvenCustomersPerDay(), 0), FinanceText.money(r.averageTicket()))
                : Messages.get("finance.customers.none");
    }

    private static String lossNote(Simulation s) {
        return s == null ? Messages.get("finance.ui.noRange")
                : Messages.get("finance.ui.paybackRange", FinanceText.payback(s.paybackP10()), FinanceText.payback(s.paybackP90()));
    }

    private static VBox card(String id, String title, String value, String note) {
        Label t = new Label(title);
        t.getStyleClass().add("sg-kpi-title");
        t.setWrapText(true);
        Label v = new Label(value);
        v.setId(id);
        v.getStyleClass().add("sg-kpi-value");
        v.setWrapText(true);
        Label n = new Label(note);
        n.getStyleClass().add("sg-kpi-note");
        n.setWrapText(true);
        VBox box = new VBox(4, t, v, n);
        box.getStyleClass().add(Styles.CARD);
        box.setPrefWidth(210);
        box.setMaxWidth(210);
        return box;
    }

    private static VBox card(Node content) {
        VBox box = new VBox(content);
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    private static <T> TableColumn<T, String> col(String title, java.util.function.Function<T, String> f, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private Node comparisonBox() {
        ComboBox<Scenario.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(Scenario.Kind.values());
        kind.setId("finance-scenario-kind");
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Scenario.Kind k) {
                return k == null ? "" : Messages.get("finance.scenario." + k.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public Scenario.Kind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(vm.scenarioKindProperty());
        SearchableComboBox<FinanceViewModel.Choice> other = new SearchableComboBox<>(vm.districts());
        other.setId("finance-scenario-district");
        other.setPrefWidth(240);
        other.valueProperty().bindBidirectional(vm.scenarioDistrictProperty());
        TextField value = new TextField();
        value.setId("finance-scenario-value");
        value.setPrefColumnCount(10);
        value.textProperty().bindBidirectional(vm.scenarioValueProperty());
        other.visibleProperty().bind(vm.scenarioKindProperty().isEqualTo(Scenario.Kind.DISTRICT));
        other.managedProperty().bind(other.visibleProperty());
        value.visibleProperty().bind(other.visibleProperty().not());
        value.managedProperty().bind(value.visibleProperty());
        Label hint = new Label();
        hint.getStyleClass().add(Styles.MUTED);
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.scenarioKindProperty().get() == null ? ""
                : Messages.get("finance.ui.scenarioHint." + vm.scenarioKindProperty().get().name().toLowerCase(java.util.Locale.ROOT)),
                vm.scenarioKindProperty()));
        Button go = new Button(Messages.get("finance.ui.compare"));
        go.setId("finance-compare");
        go.getStyleClass().add(Styles.ACCENT_BUTTON);
        go.setOnAction(e -> vm.compare());
        FlowPane bar = new FlowPane(12, 8, kind, other, value, hint, go);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label msg = new Label();
        msg.setWrapText(true);
        msg.getStyleClass().add(Styles.WARN);
        msg.textProperty().bind(vm.compareMessageProperty());
        VBox box = new VBox(8, ScreenParts.section(Messages.get("finance.ui.compareTitle")), bar, msg, compared);
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    private void renderComparison(Scenario.Comparison c) {
        if (c == null) {
            compared.getChildren().clear();
            return;
        }
        TableView<FinanceText.Row> table = new TableView<>();
        TableHeaders.wrap(table);
        table.setId("finance-comparison");
        table.getItems().setAll(FinanceText.comparisonRows());
        table.getColumns().add(TableSizing.em(col("", FinanceText.Row::label, 200), 7, 15));
        table.getColumns().add(TableSizing.em(col(Messages.get("finance.ui.base"), row -> row.value().apply(c.base()), 200), 6, 15));
        table.getColumns().add(TableSizing.em(col(Messages.get("finance.ui.variant"), row -> row.value().apply(c.variant()), 200), 6, 15));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableSizing.fitRows(table, table.getItems().size());
        Exports.tableMenu(table, "finance-comparison", ctx.dialogs());
        compared.getChildren().setAll(table);
    }
}
