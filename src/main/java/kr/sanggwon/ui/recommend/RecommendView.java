package kr.sanggwon.ui.recommend;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.recommend.ExpectedSales;
import kr.sanggwon.recommend.IndustryAdvice;
import kr.sanggwon.recommend.IndustryPick;
import kr.sanggwon.recommend.Part;
import kr.sanggwon.recommend.RankedDistrict;
import kr.sanggwon.recommend.Ranking;
import kr.sanggwon.recommend.RecommendText;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.TableHeaders;
import kr.sanggwon.ui.TableSizing;
import kr.sanggwon.ui.district.Exports;
import kr.sanggwon.ui.district.ScreenParts;

/** Layout of 유망 상권: inputs, weights, then tabs with the ranked list, the score map and 업종 추천. */
final class RecommendView {
    /** Room left beside the reasons for the vertical scroll bar and the border. */
    private static final double REASONS_SLACK = 24;
    private final RecommendViewModel vm;
    private final Locale locale = Messages.locale();
    private final TableView<RankedDistrict> table = TableHeaders.wrapped(new TableView<>());
    private final TableView<IndustryPick> industries = TableHeaders.wrapped(new TableView<>());
    private final Label heading = new Label();
    private final Label status = new Label();
    private final Label detail = new Label();
    private final Label expected = new Label();
    private final Label adviceHeading = new Label();

    RecommendView(RecommendViewModel vm) {
        this.vm = vm;
    }

    Node build() {
        heading.setId("recommend-heading");
        heading.getStyleClass().add(Styles.SCREEN_SUBTITLE);
        for (Label l : List.of(heading, status, detail, expected, adviceHeading)) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        TabPane tabs = new TabPane(new Tab(Messages.get("recommend.ui.tabList"), listPane()),
                new Tab(Messages.get("recommend.ui.tabMap"), new ScoreMapPane(vm).build()),
                new Tab(Messages.get("recommend.ui.tabIndustries"), industriesPane()),
                new Tab(Messages.get("huff.ui.tab"), new HuffPane(vm.huff(), vm).build()));
        tabs.setId("recommend-tabs");
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinHeight(520);
        VBox body = new VBox(10, ScreenParts.title(Messages.get("ui.nav.recommend")), new FilterBar(vm).build(),
                new WeightsPane(vm).build(), kr.sanggwon.ui.glossary.GlossaryHelp.beside(heading,
                        kr.sanggwon.ui.glossary.GlossaryHelp.button("recommendScore")), status, tabs, ScreenParts.subtitle(Messages.get("recommend.ui.how")));
        vm.rankingProperty().addListener((o, a, b) -> render());
        vm.frame().loadingProperty().addListener((o, a, b) -> render());
        vm.frame().errorProperty().addListener((o, a, b) -> render());
        vm.expected().valueProperty().addListener((o, a, b) -> renderExpected());
        vm.expected().loadingProperty().addListener((o, a, b) -> renderExpected());
        vm.advice().valueProperty().addListener((o, a, b) -> renderAdvice());
        vm.advice().loadingProperty().addListener((o, a, b) -> renderAdvice());
        vm.advice().errorProperty().addListener((o, a, b) -> renderAdvice());
        render();
        return new StackPane(ScreenParts.scroll(body));
    }

    private Node listPane() {
        table.setId("recommend-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // name and reasons wrap (the rows grow), all columns in text units: the whole reason is read, never "…"
        table.getColumns().add(TableSizing.em(ScreenParts.column("#", r -> String.valueOf(r.rank()), 40), 2.2, 2.6));
        table.getColumns().add(TableSizing.em(ScreenParts.wrappingColumn(Messages.get("recommend.ui.colName"),
                r -> r.district().name(), 150), 5.5, 7));
        table.getColumns().add(TableSizing.em(ScreenParts.wrappingColumn(Messages.get("recommend.ui.colGu"),
                r -> r.district().guName() == null ? "" : r.district().guName(), 70), 3.5, 4.5));
        table.getColumns().add(TableSizing.em(ScreenParts.column(Messages.get("recommend.ui.colScore"),
                r -> Formats.number(r.points(), 1), 55), 3.5, 4));
        TableColumn<RankedDistrict, String> why = TableSizing.em(ScreenParts.wrappingColumn(Messages.get("recommend.ui.colWhy"),
                r -> RecommendText.line(r.reasons(), locale), 380), 9, 24);
        table.getColumns().add(why);
        // the reasons take the rest of the visible width (the score parts follow, reached by scrolling sideways)
        List<TableColumn<RankedDistrict, ?>> before = List.copyOf(table.getColumns().subList(0, table.getColumns().size() - 1));
        why.prefWidthProperty().unbind();
        why.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double used = before.stream().mapToDouble(TableColumn::getWidth).sum();
            return Math.max(why.getMinWidth(), table.getWidth() - used - REASONS_SLACK);
        }, table.widthProperty(), why.minWidthProperty(), before.get(0).widthProperty(), before.get(1).widthProperty(),
                before.get(2).widthProperty(), before.get(3).widthProperty()));
        for (Part p : Part.values()) {
            table.getColumns().add(TableSizing.em(ScreenParts.column(RecommendText.part(p, locale),
                    r -> WeightsPane.signed(r.parts().get(p)), 70), 3.5, 5));
        }
        table.setPrefHeight(330);
        table.setPlaceholder(new Label(Messages.get("recommend.ui.empty")));
        Exports.tableMenu(table, "recommend", vm.context().dialogs());
        table.setRowFactory(t -> {
            TableRow<RankedDistrict> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    vm.openIn(row.getItem().district().code(), "dashboard");
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            renderDetail(b);
            vm.loadExpected(b == null ? null : b.district().code());
        });
        Button dashboard = new Button(Messages.get("recommend.ui.openDashboard"));
        dashboard.setOnAction(e -> vm.openIn(code(), "dashboard"));
        Button estimate = new Button(Messages.get("recommend.ui.openEstimate"));
        estimate.setOnAction(e -> vm.openIn(code(), "estimate"));
        Button compare = new Button(Messages.get("recommend.ui.compare"));
        compare.setId("recommend-compare");
        compare.getStyleClass().add(Styles.ACCENT_BUTTON);
        compare.setOnAction(e -> vm.compare(table.getSelectionModel().getSelectedItems().stream()
                .map(r -> r.district().code()).toList()));
        Button industriesHere = new Button(Messages.get("recommend.ui.industriesHere"));
        industriesHere.setOnAction(e -> vm.loadAdvice(code()));
        for (Button b : List.of(dashboard, estimate, compare, industriesHere)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Button watch = kr.sanggwon.ui.consult.WatchSaving.button(vm.context(), this::code);
        watch.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        watch.setMinWidth(Region.USE_PREF_SIZE);
        // the list as ranked now (its first N rows) goes into the consultation open in 상담
        javafx.scene.control.Spinner<Integer> top = new javafx.scene.control.Spinner<>(1, kr.sanggwon.consult.RecommendCapture.MAX_TOP,
                kr.sanggwon.consult.RecommendCapture.DEFAULT_TOP);
        top.setId("recommend-save-top");
        top.setEditable(true);
        top.setPrefWidth(80);
        Label topLabel = new Label(Messages.get("recommend.ui.saveTop"));
        topLabel.setMinWidth(Region.USE_PREF_SIZE);
        Button save = new Button(Messages.get("consult.ui.saveScenario"));
        save.setId("recommend-save-scenario");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(vm.rankingProperty().isNull());
        save.setOnAction(e -> vm.saveAsScenario(top.getValue() == null ? kr.sanggwon.consult.RecommendCapture.DEFAULT_TOP : top.getValue()));
        javafx.scene.layout.HBox saveBox = new javafx.scene.layout.HBox(6, topLabel, top, save);
        saveBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane actions = new FlowPane(8, 6, dashboard, estimate, compare, industriesHere, watch, saveBox);
        actions.setAlignment(Pos.CENTER_LEFT);
        detail.setId("recommend-detail");
        expected.setId("recommend-expected");
        return new VBox(8, table, actions, detail, expected);
    }

    private String code() {
        RankedDistrict r = table.getSelectionModel().getSelectedItem();
        return r == null ? null : r.district().code();
    }

    private Node industriesPane() {
        industries.setId("recommend-industries");
        industries.getColumns().add(ScreenParts.column("#", p -> String.valueOf(industries.getItems().indexOf(p) + 1), 40));
        industries.getColumns().add(TableSizing.em(ScreenParts.wrappingColumn(Messages.get("recommend.ui.colIndustry"),
                IndustryPick::industryName, 130), 6, 9));
        industries.getColumns().add(ScreenParts.column(Messages.get("recommend.ui.colScore"), p -> Formats.number(p.row().points(), 1), 55));
        industries.getColumns().add(ScreenParts.column(Messages.get("recommend.ui.colRankHere"),
                p -> Messages.get("recommend.ui.rankOf", p.rank(), p.districtsScored()), 90));
        industries.getColumns().add(TableSizing.em(ScreenParts.wrappingColumn(Messages.get("recommend.ui.colWhy"),
                p -> RecommendText.line(p.row().reasons(), locale), 380), 12, 24));
        industries.setPrefHeight(380);
        industries.setPlaceholder(new Label(Messages.get("recommend.ui.adviceEmpty")));
        Exports.tableMenu(industries, "recommend-industries", vm.context().dialogs());
        Button here = new Button(Messages.get("recommend.ui.industriesSelected"));
        here.setMinWidth(Region.USE_PREF_SIZE);
        here.setOnAction(e -> vm.loadAdvice(vm.context().selection().district()));
        here.disableProperty().bind(vm.context().selection().districtProperty().isNull());
        return new VBox(8, here, adviceHeading, industries);
    }

    private void render() {
        Ranking r = vm.rankingProperty().get();
        String error = vm.frame().errorProperty().get();
        status.getStyleClass().setAll("label", error != null ? Styles.ERROR : Styles.MUTED);
        status.setText(error != null ? error : vm.frame().loadingProperty().get() ? Messages.get("recommend.ui.loading")
                : vm.context().selection().industry() == null ? Messages.get("recommend.ui.pickIndustry") : "");
        if (r == null) {
            heading.setText("");
            table.getItems().clear();
            return;
        }
        heading.setText(Messages.get("recommend.ui.heading", r.industryName(), Messages.get("recommend.grain." + r.level()),
                Formats.quarter(r.quarter()), r.matching(), r.seoulDistricts())
                + (r.populationFromDong() ? " " + Messages.get("recommend.ui.populationFromDong") : ""));
        table.getItems().setAll(r.rows());
    }

    private void renderDetail(RankedDistrict r) {
        if (r == null) {
            detail.setText("");
            return;
        }
        String parts = r.parts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> RecommendText.part(e.getKey(), locale) + " " + WeightsPane.signed(e.getValue()))
                .collect(Collectors.joining(" · "));
        detail.setText(Messages.get("recommend.ui.detail", r.district().name(), r.district().code(), Formats.number(r.points(), 1),
                RecommendText.line(r.reasons(), locale), parts));
    }

    private void renderExpected() {
        ExpectedSales e = vm.expected().get();
        if (vm.expected().loadingProperty().get()) {
            expected.setText(Messages.get("recommend.ui.expectedLoading"));
        } else if (e == null) {
            expected.setText("");
        } else if (!e.ok()) {
            expected.setText(Messages.get("recommend.ui.noExpected", Messages.get(e.errorKey(), e.errorArgs())));
        } else {
            Ranking r = vm.rankingProperty().get();
            expected.setText(Messages.get(r != null && !r.perStore() ? "recommend.ui.expectedCell" : "recommend.ui.expectedPerStore",
                    Formats.money(Math.round(e.monthly())), Formats.money(Math.round(e.monthlyLow())),
                    Formats.money(Math.round(e.monthlyHigh())), Formats.quarter(e.targetQuarter())));
        }
    }

    private void renderAdvice() {
        IndustryAdvice a = vm.advice().get();
        String error = vm.advice().errorProperty().get();
        if (vm.advice().loadingProperty().get()) {
            adviceHeading.setText(Messages.get("recommend.ui.adviceLoading"));
        } else if (error != null) {
            adviceHeading.setText(error);
        } else if (a != null) {
            adviceHeading.setText(Messages.get("recommend.ui.adviceHeading", a.district().name(), a.district().code(), a.picks().size()));
        }
        industries.getItems().setAll(a == null ? List.of() : a.picks());
    }
}
