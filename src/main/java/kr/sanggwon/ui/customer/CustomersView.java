package kr.sanggwon.ui.customer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.DefaultCategoryDataset;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.customer.CustomerProfile;
import kr.sanggwon.customer.DimensionProfile;
import kr.sanggwon.customer.Share;
import kr.sanggwon.district.KpiFormat;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.DistrictStyles;
import kr.sanggwon.ui.district.IndustryOption;
import kr.sanggwon.ui.district.IndustryPicker;
import kr.sanggwon.ui.district.ScreenParts;
import kr.sanggwon.ui.shell.UiContext;

/** Layout of 고객 분석: the summary sentence in large type and one bar chart per split vs Seoul and floating people. */
final class CustomersView {
    private final CustomersViewModel vm;
    private final UiContext ctx;
    private final VBox body = new VBox(14);
    private Node toolbar;

    CustomersView(CustomersViewModel vm) {
        this.vm = vm;
        this.ctx = vm.context();
    }

    Node build() {
        toolbar = buildToolbar();
        vm.profile().valueProperty().addListener((o, a, b) -> render());
        vm.profile().errorProperty().addListener((o, a, b) -> render());
        render();
        return new StackPane(ScreenParts.scroll(body));
    }

    private Node buildToolbar() {
        ComboBox<IndustryOption> picker = IndustryPicker.create(ctx.selection().industryProperty(), vm.industries());
        picker.setId("customers-industry");
        Label label = new Label(Messages.get("district.ui.industry"));
        label.setLabelFor(picker);
        HBox bar = new HBox(8, label, picker);
        bar.getStyleClass().add(Styles.TOOLBAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void render() {
        body.getChildren().clear();
        CustomerProfile p = vm.profile().get();
        if (ctx.selection().district() == null) {
            body.getChildren().addAll(ScreenParts.title(Messages.get("ui.nav.customers")),
                    ScreenParts.pickDistrict(() -> ctx.navigator().show("search")));
            return;
        }
        String error = vm.profile().errorProperty().get();
        if (p == null) {
            Label l = new Label(error != null ? error : Messages.get("district.ui.loading"));
            l.getStyleClass().add(error != null ? Styles.ERROR : Styles.LOADING);
            l.setWrapText(true);
            body.getChildren().addAll(ScreenParts.title(Messages.get("ui.nav.customers")), toolbar, l);
            return;
        }
        Label title = ScreenParts.title(Messages.get("customer.ui.title", p.districtName()));
        title.setId("customers-title");
        String industry = p.industryName() == null ? Messages.get("district.ui.allIndustries") : p.industryName();
        Label sub = ScreenParts.subtitle(Messages.get("customer.cli.header", p.districtName(), p.districtCode(), industry,
                Formats.quarter(p.quarter()), Formats.money(p.sales())));
        Label summary = new Label(p.summary(Messages.locale()));
        summary.setId("customers-summary");
        summary.getStyleClass().add(DistrictStyles.SUMMARY_BIG);
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        int i = 0;
        for (DimensionProfile d : p.dimensions()) {
            Node chart = chart(p, d);
            GridPane.setHgrow(chart, Priority.ALWAYS);
            grid.add(chart, i % 2, i / 2);
            i++;
        }
        VBox sources = new VBox(2);
        for (var prov : new kr.sanggwon.district.Provenance[] {p.salesProvenance(), p.seoulProvenance(), p.floatingProvenance()}) {
            if (prov != null) {
                Label l = new Label(KpiFormat.provenance(prov));
                l.getStyleClass().add(Styles.MUTED);
                l.setWrapText(true);
                sources.getChildren().add(l);
            }
        }
        body.getChildren().addAll(title, sub, toolbar, summary, ScreenParts.section(Messages.get("customer.ui.shares")), grid,
                sources);
    }

    private Node chart(CustomerProfile p, DimensionProfile d) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String here = Messages.get("customer.ui.here");
        String seoul = Messages.get("customer.ui.seoul");
        String floating = Messages.get("customer.ui.floating");
        for (Share s : d.shares()) {
            String band = Messages.get(s.labelKey());
            data.addValue(s.district() == null ? null : s.district() * 100, here, band);
            data.addValue(s.seoul() == null ? null : s.seoul() * 100, seoul, band);
            data.addValue(s.floating() == null ? null : s.floating() * 100, floating, band);
        }
        JFreeChart chart = ctx.charts().bar(Messages.get(d.dimension().titleKey()), null, Messages.get("customer.ui.percent"),
                data, false, false);
        ChartViewer viewer = ctx.charts().viewer(chart, p.districtCode() + "-" + d.dimension().name().toLowerCase());
        viewer.setPrefSize(520, 260);
        viewer.setMinHeight(220);
        viewer.setId("customers-chart-" + d.dimension().name());
        return viewer;
    }
}
