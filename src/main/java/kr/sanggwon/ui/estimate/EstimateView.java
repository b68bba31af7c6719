package kr.sanggwon.ui.estimate;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import kr.sanggwon.ui.TableHeaders;
import org.controlsfx.control.SearchableComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Text;
import kr.sanggwon.estimate.ComparableCell;
import kr.sanggwon.estimate.Driver;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.estimate.EstimateText;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.ui.EdgeRow;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.chart.Charts;
import kr.sanggwon.ui.TableSizing;
import org.jfree.chart.fx.ChartViewer;

/** Layout and bindings of the 예상 매출 screen; all state lives in {@link EstimateViewModel}. */
final class EstimateView {
    private final EstimateViewModel vm;
    private final Charts charts;
    private final VBox result = new VBox(12);

    EstimateView(EstimateViewModel vm, Charts charts) {
        this.vm = vm;
        this.charts = charts;
    }

    Node build() {
        Label title = new Label(Messages.get("ui.nav.estimate"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Label subtitle = new Label(Messages.get("estimate.ui.subtitle"));
        subtitle.getStyleClass().add(Styles.SCREEN_SUBTITLE);
        subtitle.setWrapText(true);

        // the search field filters with 상권 찾기's matcher (syllables, 초성, 자치구, 행정동, code); the list shows the matches
        TextField search = new TextField();
        search.setId("estimate-district-search");
        search.setPromptText(Messages.get("estimate.ui.search"));
        search.setPrefColumnCount(12);
        search.textProperty().bindBidirectional(vm.queryProperty());
        ComboBox<EstimateService.DistrictChoice> district = new ComboBox<>(vm.districts());
        district.setId("estimate-district");
        district.setPrefWidth(300);
        district.setVisibleRowCount(14);
        district.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EstimateService.DistrictChoice d) {
                if (d == null) {
                    return "";
                }
                return d.name() + " · " + (d.guName() == null ? "" : d.guName() + " · ")
                        + Messages.get("estimate.grain." + d.grain().code()) + " " + d.code()
                        + (vm.hasSales(d.code()) ? "" : " (" + Messages.get("estimate.ui.noSalesMark") + ")");
            }

            @Override
            public EstimateService.DistrictChoice fromString(String s) {
                return null;
            }
        });
        search.setOnAction(ev -> {
            if (!vm.districts().isEmpty()) {
                district.setValue(vm.districts().get(0));
            }
        });
        vm.districts().addListener((javafx.collections.ListChangeListener<EstimateService.DistrictChoice>) c -> {
            if (search.isFocused() && !vm.districts().isEmpty()) {
                district.show();
            }
        });
        HBox districtBox = new HBox(6, search, district);
        districtBox.setAlignment(Pos.CENTER_LEFT);
        district.valueProperty().bindBidirectional(vm.districtProperty());
        SearchableComboBox<EstimateViewModel.IndustryChoice> industry = new SearchableComboBox<>(vm.industries());
        industry.setId("estimate-industry");
        industry.setPrefWidth(240);
        industry.valueProperty().bindBidirectional(vm.industryProperty());
        Spinner<Integer> stores = new Spinner<>(0, 9999, 0);
        stores.setId("estimate-stores");
        stores.setEditable(true);
        stores.setPrefWidth(100);
        stores.valueProperty().addListener((o, a, b) -> vm.sameIndustryStoresProperty().set(b == null ? 0 : b));
        vm.sameIndustryStoresProperty().addListener((o, a, b) -> {
            if (!java.util.Objects.equals(stores.getValue(), b.intValue())) {
                stores.getValueFactory().setValue(b.intValue());
            }
            render(vm.estimateProperty().get());
        });
        CheckBox newShop = new CheckBox(Messages.get("estimate.ui.newShop"));
        newShop.setId("estimate-new-shop");
        newShop.setTooltip(new Tooltip(Messages.get("estimate.ui.newShopTip")));
        newShop.selectedProperty().bindBidirectional(vm.countNewShopProperty());
        vm.countNewShopProperty().addListener((o, a, b) -> render(vm.estimateProperty().get()));
        // the new shop always shares a 행정동's total; at 상권 grain the user chooses
        newShop.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.districtProperty().get() != null && vm.districtProperty().get().grain().perStore(), vm.districtProperty()));
        newShop.managedProperty().bind(newShop.visibleProperty());
        HBox storeDetails = new HBox(10, stores, newShop);
        storeDetails.setAlignment(Pos.CENTER_LEFT);
        VBox storesBox = field(Messages.get("estimate.ui.stores"), storeDetails);
        Button train = new Button(Messages.get("estimate.ui.train"));
        train.setId("estimate-train");
        train.setOnAction(e -> vm.train());
        train.disableProperty().bind(vm.trainingProperty());
        FlowPane fields = new FlowPane(12, 6, field(Messages.get("estimate.ui.district"), districtBox),
                field(Messages.get("estimate.ui.industry"), industry), storesBox) {
            /** All fields on one line; in a narrower window they wrap onto more lines. */
            @Override
            protected double computePrefWidth(double height) {
                double w = 0;
                int n = 0;
                for (Node c : getManagedChildren()) {
                    w += c.prefWidth(-1);
                    n++;
                }
                return w + Math.max(0, n - 1) * getHgap() + getInsets().getLeft() + getInsets().getRight();
            }
        };
        fields.setAlignment(Pos.BOTTOM_LEFT);
        fields.setRowValignment(javafx.geometry.VPos.BOTTOM);   // controls line up even when one label wraps
        // the train button sits on the right edge, or under the fields when the window is too narrow for both
        Button save = new Button(Messages.get("consult.ui.saveScenario"));
        save.setId("estimate-save-scenario");
        save.setOnAction(e -> vm.saveAsScenario());
        save.disableProperty().bind(vm.estimateProperty().isNull());
        HBox actions = new HBox(8, save, train);
        actions.setAlignment(Pos.BOTTOM_RIGHT);
        EdgeRow toolbar = new EdgeRow(fields, actions, 12, javafx.geometry.VPos.BOTTOM);
        toolbar.getStyleClass().add(Styles.TOOLBAR);

        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(260);
        bar.progressProperty().bind(vm.progressProperty());
        Label progressText = new Label();
        progressText.textProperty().bind(vm.progressTextProperty());
        progressText.getStyleClass().add(Styles.MUTED);
        Button cancel = new Button(Messages.get("estimate.ui.cancel"));
        cancel.setOnAction(e -> vm.cancelTraining());
        HBox progress = new HBox(10, new Label(Messages.get("estimate.ui.training")), bar, cancel, progressText);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(vm.trainingProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Label message = new Label();
        message.setId("estimate-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.WARN);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        Button offer = new Button();
        offer.setId("estimate-offer");
        offer.textProperty().bind(Bindings.createStringBinding(() -> vm.offerProperty().get() == null ? ""
                : Messages.get("estimate.ui.useArea", vm.offerProperty().get().name()), vm.offerProperty()));
        offer.visibleProperty().bind(vm.offerProperty().isNotNull());
        offer.managedProperty().bind(offer.visibleProperty());
        offer.setOnAction(ev -> vm.useOffer());

        result.setId("estimate-result");
        vm.estimateProperty().addListener((o, a, b) -> render(b));
        vm.calibrationProperty().addListener((o, a, b) -> render(vm.estimateProperty().get()));
        render(vm.estimateProperty().get());

        VBox screen = new VBox(title, subtitle, toolbar, progress, message, offer, result);
        screen.getStyleClass().add(Styles.SCREEN);
        ScrollPane scroll = new ScrollPane(screen);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static VBox field(String label, Node control) {
        Label l = new Label(label);
        l.getStyleClass().add(Styles.MUTED);
        // wraps when the toolbar is squeezed (large text in a narrow window) instead of ending in "…"
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(4, l, control);
    }

    private void render(Estimate e) {
        if (e == null) {
            Label empty = new Label(Messages.get("estimate.ui.empty"));
            empty.getStyleClass().add(Styles.PLACEHOLDER);
            empty.setWrapText(true);
            result.getChildren().setAll(empty);
            return;
        }
        result.getChildren().setAll(headline(e), summary(e), drivers(e), comparables(e), glossary(e), footer(e));
    }

    private EstimateText text() {
        return new EstimateText(Messages.locale());
    }

    /** The one sentence an owner reads aloud, above the numbers. */
    private Node headline(Estimate e) {
        Label l = new Label(text().headline(e, vm.storeDetails()));
        l.setId("estimate-headline");
        l.getStyleClass().add("sg-estimate-headline");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** Plain readings of the terms next to the numbers (80% range, median backtest error, the model, the method). */
    private Node glossary(Estimate e) {
        Label t = new Label(Messages.get("estimate.text.glossary"));
        t.getStyleClass().add("sg-estimate-section");
        VBox box = new VBox(6, t);
        for (EstimateText.Term term : text().glossary(e)) {
            Label name = new Label(term.term());
            name.getStyleClass().add("sg-estimate-term");
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            Label reading = new Label(term.reading());
            reading.setWrapText(true);
            reading.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(new VBox(2, name, reading));
        }
        box.setId("estimate-glossary");
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    private Node summary(Estimate e) {
        StoreDetails.ForNewShop shop = vm.storeDetails().forNewShop(e);
        boolean split = shop != null;
        double factor = split ? shop.factor() : 1.0;
        String unit = Messages.get(e.perStore() || split ? "estimate.cli.perStore" : "estimate.cli.cellTotal");
        Label head = new Label(Messages.get("estimate.ui.head", e.industryName(), e.districtName(), Formats.quarter(e.targetQuarter()), unit));
        head.getStyleClass().add("sg-estimate-head");
        head.setWrapText(true);
        Label monthly = new Label(Messages.get("estimate.ui.monthly", money(e.monthly() * factor)));
        monthly.setId("estimate-monthly");
        monthly.getStyleClass().add("sg-estimate-big");
        Label monthlyRange = new Label(Messages.get("estimate.ui.range", money(e.monthlyLow() * factor), money(e.monthlyHigh() * factor)));
        Label quarterly = new Label(Messages.get("estimate.ui.quarterly", money(e.quarterly() * factor),
                money(e.quarterlyLow() * factor), money(e.quarterlyHigh() * factor)));
        Label quality = new Label(e.quality().line().render(Messages.locale()));
        quality.setId("estimate-quality");
        quality.getStyleClass().add("sg-estimate-quality");
        Label task = new Label(Messages.get("estimate.cli.task", Messages.get("estimate.task." + e.task().id())));
        task.getStyleClass().add(Styles.MUTED);
        // why this method (and not a model that lost to the naive reference out of time)
        Label why = new Label(e.quality().selectionLine().render(Messages.locale()));
        why.setId("estimate-selection");
        why.getStyleClass().add(Styles.MUTED);
        // with large text the card is narrow: these lines wrap instead of ending in "…"
        for (Label l : List.of(head, monthly, monthlyRange, quarterly, quality, why, task)) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        Button carry = new Button(Messages.get("estimate.ui.carry"));
        carry.setId("estimate-carry");
        carry.getStyleClass().add(Styles.ACCENT_BUTTON);
        carry.setOnAction(ev -> vm.carryToFinance());
        // "?" beside the range and the backtest error opens their 용어 사전 entries
        VBox numbers = new VBox(6, head, monthly, kr.sanggwon.ui.glossary.GlossaryHelp.beside(monthlyRange,
                kr.sanggwon.ui.glossary.GlossaryHelp.button("range80")), quarterly, kr.sanggwon.ui.glossary.GlossaryHelp.beside(quality,
                kr.sanggwon.ui.glossary.GlossaryHelp.button("backtestError")), why, task, carry);
        if (split) {
            Label note = new Label(shop.note().render(Messages.locale()));
            note.setId("estimate-shop-note");
            note.getStyleClass().add(Styles.MUTED);
            note.setWrapText(true);
            numbers.getChildren().add(5, note);
        }
        // beside the model's range, never instead of it: shown only with the case files open and enough records
        kr.sanggwon.consult.CalibratedRange calibrated = kr.sanggwon.consult.CalibratedRange.of(vm.calibrationProperty().get(),
                e.monthly() * factor, e.monthlyLow() * factor, e.monthlyHigh() * factor, e.quarterly() * factor,
                e.quarterlyLow() * factor, e.quarterlyHigh() * factor);
        if (calibrated != null) {
            numbers.getChildren().add(3, calibrated(calibrated));
        }
        numbers.getStyleClass().add(Styles.CARD);
        numbers.setMinWidth(330);
        numbers.setPrefWidth(360);
        ChartViewer chart = charts.viewer(EstimateChart.build(charts, e, e.perStore() ? factor : 1.0), "estimate-" + e.district() + "-" + e.industry());
        chart.setPrefSize(560, 290);
        chart.setMinHeight(260);
        HBox.setHgrow(chart, Priority.ALWAYS);
        VBox chartCard = new VBox(chart);
        chartCard.getStyleClass().add(Styles.CARD);
        HBox.setHgrow(chartCard, Priority.ALWAYS);
        return new HBox(12, numbers, chartCard);
    }

    /** "내 상담 기록으로 보정한 범위" under the model's range: labelled, with the records it rests on. */
    private static Node calibrated(kr.sanggwon.consult.CalibratedRange c) {
        Label range = new Label(Messages.get("estimate.ui.calibrated", money(c.monthlyLow()), money(c.monthlyHigh())));
        range.setId("estimate-calibrated");
        range.getStyleClass().add(Styles.STRONG);
        Label basis = new Label(Messages.get("estimate.ui.calibratedBasis", c.records(), c.clients(), Formats.number(c.k(), 2)));
        basis.getStyleClass().add(Styles.MUTED);
        for (Label l : List.of(range, basis)) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        return new VBox(2, range, basis);
    }

    private Node drivers(Estimate e) {
        Label t = new Label(Messages.get("estimate.cli.drivers"));
        t.getStyleClass().add("sg-estimate-section");
        VBox box = new VBox(6, t);
        if (e.drivers().isEmpty()) {
            Label none = new Label(Messages.get("estimate.ui.noDrivers"));
            none.getStyleClass().add(Styles.MUTED);
            box.getChildren().add(none);
        }
        EstimateText text = text();
        for (Driver d : e.drivers()) {
            // a driver the model weighs in combination is not shown as a plain push up or down
            String mark = !d.consistent() ? "◆ " : d.effect() >= 0 ? "▲ " : "▼ ";
            Label l = new Label(mark + text.driver(d));
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add(!d.consistent() ? Styles.MUTED : d.effect() >= 0 ? Styles.OK : Styles.WARN);
            box.getChildren().add(l);
        }
        box.setId("estimate-drivers");
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    private Node comparables(Estimate e) {
        Label t = new Label(Messages.get("estimate.cli.comparables"));
        t.getStyleClass().add("sg-estimate-section");
        TableView<ComparableCell> table = new TableView<>();
        TableHeaders.wrap(table);
        table.setId("estimate-comparables");
        table.getItems().setAll(e.comparables());
        table.getColumns().add(column(Messages.get("estimate.ui.colDistrict"), c -> c.name(), 200));
        table.getColumns().add(column(Messages.get("estimate.ui.colGu"), c -> c.guName() == null ? "-" : c.guName(), 110));
        table.getColumns().add(column(Messages.get("estimate.ui.colQuarter"), c -> Formats.quarter(c.quarter()), 120));
        // money at least ~6.5 text widths wide: a figure such as "1.09 billion KRW" then needs two lines, never "…"
        table.getColumns().add(TableSizing.em(column(Messages.get("estimate.ui.colMonthly"), c -> money(c.target() / 3), 140), 6.5, 9));
        table.getColumns().add(TableSizing.em(column(Messages.get("estimate.ui.colQuarterly"), c -> money(c.target()), 140), 6.5, 9));
        if (e.perStore()) {
            table.getColumns().add(column(Messages.get("estimate.ui.colStores"), c -> Formats.number(c.stores(), 0), 80));
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableSizing.fitRows(table, e.comparables().size());
        VBox box = new VBox(6, t, table);
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    private static TableColumn<ComparableCell, String> column(String title, java.util.function.Function<ComparableCell, String> value,
                                                              double width) {
        TableColumn<ComparableCell, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private Node footer(Estimate e) {
        VBox box = new VBox(4);
        for (Text w : e.warnings()) {
            Label l = new Label(Messages.get("estimate.cli.warning", w));
            l.setWrapText(true);
            l.getStyleClass().add(Styles.WARN);
            box.getChildren().add(l);
        }
        for (Text n : e.notes()) {
            Label l = new Label(Messages.get("estimate.cli.note", n));
            l.setWrapText(true);
            l.getStyleClass().add(Styles.MUTED);
            box.getChildren().add(l);
        }
        Label source = new Label(Messages.get("estimate.ui.source"));
        source.setWrapText(true);
        source.getStyleClass().add(Styles.MUTED);
        Label prov = new Label(e.provenance().line().render(Messages.locale()));
        prov.setId("estimate-provenance");
        prov.setWrapText(true);
        prov.setMinHeight(Region.USE_PREF_SIZE);
        prov.getStyleClass().add(Styles.MUTED);
        box.getChildren().addAll(prov, source);
        box.setPadding(new Insets(0, 4, 8, 4));
        return box;
    }

    private static String money(double won) {
        return Double.isFinite(won) ? Formats.money(Math.round(won)) : "-";
    }
}
