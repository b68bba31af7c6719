package kr.sanggwon.ui.compare;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import kr.sanggwon.ui.TableHeaders;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.DefaultCategoryDataset;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Text;
import kr.sanggwon.customer.CustomerProfile;
import kr.sanggwon.district.ChangeIndex;
import kr.sanggwon.compare.CompareService;
import kr.sanggwon.compare.Comparison;
import kr.sanggwon.district.DistrictInfo;
import kr.sanggwon.district.KpiFormat;
import kr.sanggwon.district.Metric;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.DistrictStyles;
import kr.sanggwon.ui.district.Exports;
import kr.sanggwon.ui.district.IndustryOption;
import kr.sanggwon.ui.district.IndustryPicker;
import kr.sanggwon.ui.district.ScreenParts;
import kr.sanggwon.ui.shell.UiContext;

/** Layout of 상권 비교: pickers, the KPI table with the best per row highlighted, overlaid trends, profiles, summary. */
final class CompareView {
    private static final List<Metric> TREND_METRICS = List.of(Metric.SALES, Metric.SALES_PER_STORE, Metric.STORES,
            Metric.CLOSE_RATE, Metric.FLOATING);
    private final CompareViewModel vm;
    private final UiContext ctx;
    private final VBox body = new VBox(14);
    private final FlowPane chips = new FlowPane(8, 8);
    private final Label message = new Label();
    private final VBox result = new VBox(14);

    CompareView(CompareViewModel vm) {
        this.vm = vm;
        this.ctx = vm.context();
    }

    Node build() {
        message.getStyleClass().add(Styles.PLACEHOLDER);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        chips.setId("compare-chips");
        body.getChildren().addAll(ScreenParts.title(Messages.get("ui.nav.compare")),
                ScreenParts.subtitle(Messages.get("compare.ui.subtitle", CompareService.MIN, CompareService.MAX)), toolbar(), chips,
                message, result);
        ctx.selection().compareDistricts().addListener((ListChangeListener<String>) c -> renderChips());
        vm.comparison().valueProperty().addListener((o, a, b) -> render());
        vm.comparison().errorProperty().addListener((o, a, b) -> render());
        vm.trendMetricProperty().addListener((o, a, b) -> render());
        renderChips();
        render();
        return new StackPane(ScreenParts.scroll(body));
    }

    private Node toolbar() {
        ComboBox<IndustryOption> picker = IndustryPicker.create(ctx.selection().industryProperty(), vm.industries());
        picker.setId("compare-industry");
        Label label = new Label(Messages.get("district.ui.industry"));
        label.setLabelFor(picker);
        TextField field = new TextField();
        field.setId("compare-add-field");
        field.setPromptText(Messages.get("compare.ui.addPrompt"));
        field.setPrefColumnCount(16);
        Button add = new Button(Messages.get("compare.ui.add"));
        add.setId("compare-add");
        add.setOnAction(e -> {
            vm.add(field.getText());
            field.clear();
        });
        field.setOnAction(add.getOnAction());
        Button current = new Button(Messages.get("compare.ui.addCurrent"));
        current.setOnAction(e -> vm.addCurrent());
        label.setMinWidth(Region.USE_PREF_SIZE);
        add.setMinWidth(Region.USE_PREF_SIZE);
        current.setMinWidth(Region.USE_PREF_SIZE);
        HBox industry = new HBox(8, label, picker);
        industry.setAlignment(Pos.CENTER_LEFT);
        HBox adding = new HBox(8, field, add);
        adding.setAlignment(Pos.CENTER_LEFT);
        // in a narrow window the adding controls wrap under the industry picker instead of being cut to "…"
        Button save = new Button(Messages.get("consult.ui.saveScenario"));
        save.setId("compare-save-scenario");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> kr.sanggwon.ui.consult.ScenarioSaving.saveComparison(ctx, vm.comparison().get()));
        save.disableProperty().bind(vm.comparison().valueProperty().isNull());
        FlowPane bar = new FlowPane(8, 6, industry, adding, current, save);
        bar.getStyleClass().add(Styles.TOOLBAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void renderChips() {
        chips.getChildren().clear();
        Comparison c = vm.comparison().get();
        for (String code : ctx.selection().compareDistricts()) {
            String name = code;
            if (c != null) {
                name = c.districts().stream().filter(d -> d.code().equals(code)).map(d -> d.name() + " (" + code + ")")
                        .findFirst().orElse(code);
            }
            Label text = new Label(name);
            Button remove = new Button("✕");
            remove.setAccessibleText(Messages.get("compare.ui.remove", name));
            remove.setOnAction(e -> vm.remove(code));
            HBox chip = new HBox(4, text, remove);
            chip.getStyleClass().add(DistrictStyles.CHIP);
            chips.getChildren().add(chip);
        }
    }

    private void render() {
        result.getChildren().clear();
        renderChips();
        Comparison c = vm.comparison().get();
        String error = vm.comparison().errorProperty().get();
        if (c == null) {
            if (error != null) {
                Label l = new Label(error);
                l.getStyleClass().add(Styles.ERROR);
                l.setWrapText(true);
                result.getChildren().add(l);
            }
            return;
        }
        result.getChildren().addAll(ScreenParts.section(Messages.get("compare.ui.table", c.industryName())), table(c),
                ScreenParts.section(Messages.get("compare.ui.summary")), summary(c),
                ScreenParts.section(Messages.get("compare.ui.trends")), trend(c),
                ScreenParts.section(Messages.get("compare.ui.profiles")), profiles(c));
    }

    private TableView<Comparison.Row> table(Comparison c) {
        TableView<Comparison.Row> table = new TableView<>();
        TableHeaders.wrap(table);
        table.setId("compare-table");
        // columns in text units; a value too long for its column wraps (the rows grow to two lines, TableSizing)
        TableColumn<Comparison.Row, String> label = kr.sanggwon.ui.TableSizing.em(ScreenParts.column(
                Messages.get("compare.ui.metric"), r -> Messages.get(r.labelKey()), 160), 6, 10);
        table.getColumns().add(label);
        for (int i = 0; i < c.districts().size(); i++) {
            DistrictInfo d = c.districts().get(i);
            int idx = i;
            TableColumn<Comparison.Row, String> col = new TableColumn<>(d.name());
            col.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(cellText(r.getValue(), idx)));
            col.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove(DistrictStyles.BEST_CELL);
                    if (empty || item == null) {
                        setText(null);
                        return;
                    }
                    setText(item);
                    Comparison.Row row = getTableRow() == null ? null : getTableRow().getItem();
                    if (row != null && row.best().contains(idx)) {
                        getStyleClass().add(DistrictStyles.BEST_CELL);
                    }
                }
            });
            kr.sanggwon.ui.TableSizing.em(col, 6, 11);
            col.setId("compare-col-" + d.code());
            table.getColumns().add(col);
        }
        table.getItems().setAll(c.rows());
        kr.sanggwon.ui.TableSizing.fitRows(table, c.rows().size());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Exports.tableMenu(table, "compare-" + c.industryCode(), ctx.dialogs());
        return table;
    }

    /** The shown text of one cell; the best value of a row starts with ★. */
    static String cellText(Comparison.Row r, int i) {
        String v;
        if (r.id().equals(CompareService.GROWTH)) {
            v = KpiFormat.ratio(r.values().get(i));
        } else if (r.texts().get(i) != null) {
            String t = r.texts().get(i);
            v = ChangeIndex.of(t).map(ci -> t + " " + Messages.get(ci.nameKey())).orElse(t);
        } else {
            v = KpiFormat.value(r.unit(), r.values().get(i));
        }
        return (r.best().contains(i) ? "★ " : "") + v;
    }

    private Node summary(Comparison c) {
        VBox box = new VBox(4);
        box.setId("compare-summary");
        for (Text s : c.summary()) {
            Label l = new Label("• " + s.render(Messages.locale()));
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    private Node trend(Comparison c) {
        ComboBox<Metric> metric = new ComboBox<>();
        metric.getItems().setAll(TREND_METRICS);
        metric.setConverter(new StringConverter<>() {
            @Override
            public String toString(Metric m) {
                return m == null ? "" : Messages.get(m.labelKey());
            }

            @Override
            public Metric fromString(String s) {
                return null;
            }
        });
        metric.setValue(vm.trendMetricProperty().get());
        metric.valueProperty().addListener((o, a, b) -> vm.trendMetricProperty().set(b));
        Metric m = vm.trendMetricProperty().get();
        Comparison.AlignedTrend t = c.trends().stream().filter(x -> x.metric() == m).findFirst().orElse(null);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        if (t != null) {
            for (int d = 0; d < c.districts().size(); d++) {
                for (int q = 0; q < t.quarters().size(); q++) {
                    data.addValue(t.values().get(d).get(q), c.districts().get(d).name(), Formats.quarter(t.quarters().get(q)));
                }
            }
        }
        JFreeChart chart = ctx.charts().line(Messages.get(m.labelKey()), null, null, data, m.unit() == Metric.Unit.MONEY);
        ChartViewer viewer = ctx.charts().viewer(chart, "compare-" + m.name().toLowerCase());
        viewer.setPrefSize(900, 300);
        viewer.setMinHeight(260);
        viewer.setId("compare-trend");
        return new VBox(6, metric, viewer);
    }

    private Node profiles(Comparison c) {
        VBox box = new VBox(6);
        for (int i = 0; i < c.districts().size(); i++) {
            CustomerProfile p = c.profiles().get(i);
            Label name = new Label(c.districts().get(i).name());
            name.getStyleClass().add(DistrictStyles.KPI_TITLE);
            Label text = new Label(p == null ? Messages.get("district.ui.noValue") : p.summary(Messages.locale()));
            text.setWrapText(true);
            box.getChildren().add(new VBox(2, name, text));
        }
        box.getStyleClass().add(Styles.CARD);
        return box;
    }
}
