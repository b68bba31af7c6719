package kr.sanggwon.ui.district;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kr.sanggwon.ui.TableHeaders;
import kr.sanggwon.ui.TableSizing;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.DefaultCategoryDataset;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.district.DistrictInfo;
import kr.sanggwon.district.DistrictSnapshot;
import kr.sanggwon.district.FacilityCount;
import kr.sanggwon.district.IndustryShare;
import kr.sanggwon.district.Kpi;
import kr.sanggwon.district.KpiFormat;
import kr.sanggwon.district.Metric;
import kr.sanggwon.district.Point;
import kr.sanggwon.health.DataWarning;
import kr.sanggwon.ui.EdgeRow;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.shell.UiContext;

/** Layout of 상권 현황: header and industry picker, warnings, KPI cards, trend charts, industry mix, facilities. */
final class DashboardView {
    private static final int MIX_TOP = 10;
    private final DashboardViewModel vm;
    private final UiContext ctx;
    private final VBox body = new VBox(14);
    private final StackPane root = new StackPane();
    private Node toolbar;

    DashboardView(DashboardViewModel vm) {
        this.vm = vm;
        this.ctx = vm.context();
    }

    Node build() {
        root.getChildren().setAll(ScreenParts.scroll(body));
        toolbar = buildToolbar();
        vm.snapshot().valueProperty().addListener((o, a, b) -> render());
        vm.snapshot().errorProperty().addListener((o, a, b) -> render());
        vm.snapshot().loadingProperty().addListener((o, a, b) -> render());
        render();
        return root;
    }

    private void render() {
        DistrictSnapshot s = vm.snapshot().get();
        body.getChildren().clear();
        if (ctx.selection().district() == null) {
            body.getChildren().addAll(ScreenParts.title(Messages.get("ui.nav.dashboard")),
                    ScreenParts.pickDistrict(() -> ctx.navigator().show("search")));
            return;
        }
        if (vm.snapshot().errorProperty().get() != null) {
            Label err = new Label(vm.snapshot().errorProperty().get());
            err.getStyleClass().add(Styles.ERROR);
            err.setWrapText(true);
            body.getChildren().addAll(ScreenParts.title(Messages.get("ui.nav.dashboard")), toolbar, err);
            return;
        }
        if (s == null) {
            Label loading = new Label(Messages.get("district.ui.loading"));
            loading.getStyleClass().add(Styles.LOADING);
            body.getChildren().addAll(ScreenParts.title(Messages.get("ui.nav.dashboard")), loading);
            return;
        }
        body.getChildren().addAll(header(s.info(), s), toolbar);
        if (!s.warnings().isEmpty()) {
            body.getChildren().add(warnings(s.warnings()));
        }
        body.getChildren().addAll(ScreenParts.section(Messages.get("district.ui.kpis")), cards(s),
                ScreenParts.section(Messages.get("district.ui.trends")), trends(s));
        // the industry mix's chart above its table, so the table has the page's width; facilities below them
        body.getChildren().addAll(mix(s), facilities(s));
    }

    private Node header(DistrictInfo i, DistrictSnapshot s) {
        Label title = ScreenParts.title(i.name());
        title.setId("dashboard-title");
        String type = i.typeName() != null ? i.typeName() : Messages.get("district.level." + i.grain().code());
        String place = ((i.guName() == null ? "" : i.guName()) + " "
                + (i.dongName() == null || i.dongName().equals(i.name()) ? "" : i.dongName())).trim();
        String sub = i.code() + " · " + type + (place.isEmpty() ? "" : " · " + place)
                + (i.areaM2() == null ? "" : Messages.get("district.cli.area", Formats.number(i.areaM2(), 0)))
                + " · " + referenceQuarter(s);
        return new VBox(2, title, ScreenParts.subtitle(sub));
    }

    /**
     * The reference quarter with the data it refers to: the latest quarter of the district's sales or store data
     * (the same definition as the status bar's, which covers all districts), else of whatever data the district has.
     */
    static String referenceQuarter(DistrictSnapshot s) {
        boolean salesOrStores = !s.trend(Metric.SALES).points().isEmpty() || !s.trend(Metric.STORES).points().isEmpty();
        return Messages.get(salesOrStores ? "district.ui.refQuarter" : "district.ui.refQuarterOther", Formats.quarter(s.referenceQuarter()));
    }

    private Node buildToolbar() {
        ComboBox<IndustryOption> picker = IndustryPicker.create(ctx.selection().industryProperty(), vm.industries());
        picker.setId("dashboard-industry");
        Label label = new Label(Messages.get("district.ui.industry"));
        label.setLabelFor(picker);
        Button compare = new Button(Messages.get("district.ui.addToCompare"));
        compare.setOnAction(e -> vm.addToCompare());
        Button customers = new Button(Messages.get("district.ui.openCustomers"));
        customers.setOnAction(e -> ctx.navigator().show("customers"));
        Button lookalike = new Button(Messages.get("district.ui.openLookalike"));
        lookalike.setOnAction(e -> ctx.navigator().show("lookalike"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox industry = new HBox(8, label, picker);
        industry.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, customers, lookalike, compare, kr.sanggwon.ui.consult.WatchSaving.button(ctx));
        actions.setAlignment(Pos.CENTER_LEFT);
        // the actions sit on the right edge, or under the industry picker when the window is too narrow for both
        EdgeRow bar = new EdgeRow(industry, actions, 8, javafx.geometry.VPos.CENTER);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    /** One compact notice: a single warning as one line, several folded under one line that opens to the list. */
    private Node warnings(List<DataWarning> list) {
        VBox box = new VBox(4);
        box.setId("dashboard-warnings-list");
        for (DataWarning w : list) {
            Label l = new Label("⚠ " + w.message().render(Messages.locale()));
            l.getStyleClass().add(DistrictStyles.WARN_BADGE);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(l);
        }
        if (list.size() == 1) {
            box.setId("dashboard-warnings");
            return box;
        }
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(
                Messages.get("district.ui.warningsFolded", list.size()), box);
        pane.setId("dashboard-warnings");
        pane.setExpanded(false);
        pane.getStyleClass().add(DistrictStyles.WARN_BADGE);
        return pane;
    }

    private Node cards(DistrictSnapshot s) {
        FlowPane pane = new FlowPane(10, 10);
        pane.setId("dashboard-kpis");
        for (Kpi k : s.kpis()) {
            pane.getChildren().add(KpiCard.create(k, s.warningsFor(k.metric()), ctx.dialogs()));
        }
        return pane;
    }

    private Node trends(DistrictSnapshot s) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.add(chart(s, "sales", true, Metric.SALES), 0, 0);
        grid.add(chart(s, "salesPerStore", true, Metric.SALES_PER_STORE), 1, 0);
        grid.add(chart(s, "stores", false, Metric.STORES), 0, 1);
        grid.add(chart(s, "rates", false, Metric.OPEN_RATE, Metric.CLOSE_RATE), 1, 1);
        grid.add(chart(s, "floating", false, Metric.FLOATING, Metric.WORKERS), 0, 2);
        grid.add(chart(s, "opMonths", false, Metric.OP_MONTHS), 1, 2);
        for (Node n : grid.getChildren()) {
            GridPane.setHgrow(n, Priority.ALWAYS);
        }
        return grid;
    }

    private Node chart(DistrictSnapshot s, String id, boolean money, Metric... metrics) {
        if (java.util.Arrays.stream(metrics).allMatch(m -> s.trend(m).points().isEmpty())) {
            return noChartData(s, id, metrics);
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Metric m : metrics) {
            for (Point p : s.trend(m).points()) {
                data.addValue(p.value(), Messages.get(m.labelKey()), Formats.quarter(p.quarter()));
            }
        }
        JFreeChart chart = ctx.charts().line(Messages.get("district.ui.chart." + id), null, null, data, money);
        ChartViewer viewer = ctx.charts().viewer(chart, s.info().code() + "-" + id);
        viewer.setPrefSize(520, 250);
        viewer.setMinHeight(220);
        viewer.setId("dashboard-chart-" + id);
        return viewer;
    }

    /** In place of an empty chart: which data this district lacks and which file brings it. */
    private Node noChartData(DistrictSnapshot s, String id, Metric... metrics) {
        String level = Messages.get("district.level." + s.info().grain().code());
        String files = java.util.Arrays.stream(metrics).map(m -> sourceFile(m) + "-" + level).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        Label title = ScreenParts.section(Messages.get("district.ui.chart." + id));
        Label l = new Label(Messages.get("district.ui.noChartData", level, Messages.get("district.ui.chart." + id), files));
        l.getStyleClass().add(Styles.PLACEHOLDER);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(6, title, l);
        box.getStyleClass().add(Styles.CARD);
        box.setId("dashboard-chart-" + id);
        box.setPrefWidth(520);
        return box;
    }

    /** The 상권분석서비스 file a metric comes from (its name in the official file names). */
    static String sourceFile(Metric m) {
        return switch (m) {
            case SALES, SALES_PER_STORE -> "추정매출";
            case FLOATING -> "길단위인구";
            case WORKERS -> "직장인구";
            case OP_MONTHS -> "상권변화지표";
            default -> "점포";
        };
    }

    private Node mix(DistrictSnapshot s) {
        List<IndustryShare> top = s.industryMix().subList(0, Math.min(MIX_TOP, s.industryMix().size()));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (IndustryShare i : top) {
            if (i.sales() != null) {
                data.addValue(i.sales(), Messages.get("district.metric.SALES"), i.industryName());
            }
        }
        JFreeChart chart = ctx.charts().bar(Messages.get("district.ui.mixChart"), null, null, data, true, true);
        ChartViewer viewer = ctx.charts().viewer(chart, s.info().code() + "-industry-mix");
        viewer.setPrefSize(520, 300);
        TableView<IndustryShare> table = new TableView<>();
        TableHeaders.wrap(table);
        table.setId("dashboard-mix");
        // columns in text units; names and money wrap onto a second line (the row grows) rather than end in "…"
        table.getColumns().add(TableSizing.em(ScreenParts.wrappingColumn(Messages.get("district.ui.industry"),
                IndustryShare::industryName, 150), 6, 11));
        table.getColumns().add(TableSizing.em(ScreenParts.wrappingColumn(Messages.get("district.metric.SALES"),
                i -> i.sales() == null ? "-" : Formats.money(i.sales()), 100), 5.5, 9));
        table.getColumns().add(TableSizing.em(ScreenParts.column(Messages.get("district.ui.salesShare"),
                i -> i.salesShare() == null ? "-" : Formats.percent(i.salesShare()), 80), 4, 6));
        table.getColumns().add(TableSizing.em(ScreenParts.column(Messages.get("district.metric.STORES"),
                i -> i.stores() == null ? "-" : Formats.number(i.stores(), 0), 70), 3.5, 5));
        table.getColumns().add(TableSizing.em(ScreenParts.column(Messages.get("district.ui.storesShare"),
                i -> i.storesShare() == null ? "-" : Formats.percent(i.storesShare()), 80), 4, 6));
        table.getItems().setAll(s.industryMix());
        table.setPrefHeight(300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Exports.tableMenu(table, s.info().code() + "-industry-mix", ctx.dialogs());
        viewer.setMinWidth(0);
        return new VBox(6, ScreenParts.section(Messages.get("district.ui.mix")), viewer, table);
    }

    private Node facilities(DistrictSnapshot s) {
        TableView<FacilityCount> table = new TableView<>();
        TableHeaders.wrap(table);
        table.setId("dashboard-facilities");
        table.getColumns().add(TableSizing.em(ScreenParts.wrappingColumn(Messages.get("district.ui.facility"),
                f -> Messages.get("district.facility." + f.key()), 120), 8, 12));
        table.getColumns().add(TableSizing.em(ScreenParts.column(Messages.get("district.ui.count"),
                f -> Formats.number(f.count(), 0), 60), 4, 5));
        table.getItems().setAll(s.facilities());
        table.setPrefHeight(300);
        table.setMaxWidth(Region.USE_PREF_SIZE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("district.ui.noValue")));
        Exports.tableMenu(table, s.info().code() + "-facilities", ctx.dialogs());
        Label source = new Label(s.facilitiesProvenance() == null ? "" : KpiFormat.provenance(s.facilitiesProvenance()));
        source.getStyleClass().add(Styles.MUTED);
        source.setWrapText(true);
        return new VBox(6, ScreenParts.section(Messages.get("district.ui.facilities")), table, source);
    }
}
