package kr.sanggwon.ui.search;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.StringConverter;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.search.MapMetric;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.TableHeaders;
import kr.sanggwon.ui.map.ColorScale;
import kr.sanggwon.ui.map.DistrictMapView;
import kr.sanggwon.ui.map.MapLegend;

/** Layout of 상권 찾기: search field, results table and the offline map side by side. */
final class SearchView {
    private final SearchViewModel vm;
    private final TextField field = new TextField();
    private final TableView<SearchRow> table = TableHeaders.wrapped(new TableView<>());
    private final DistrictMapView map = new DistrictMapView();
    private final MapLegend legend = new MapLegend();
    private final Label count = new Label();
    private final Label quarters = new Label();
    private TableColumn<SearchRow, Number> storesCol;
    private TableColumn<SearchRow, Number> salesCol;

    SearchView(SearchViewModel vm) {
        this.vm = vm;
    }

    TextField field() {
        return field;
    }

    Node build() {
        Label title = new Label(Messages.get("ui.nav.search"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Label subtitle = new Label(Messages.get("search.subtitle"));
        subtitle.getStyleClass().add(Styles.SCREEN_SUBTITLE);
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Region.USE_PREF_SIZE);   // wraps rather than being cut to "…" when the window is low

        field.setId("search-field");
        field.setPromptText(Messages.get("search.prompt"));
        field.textProperty().bindBidirectional(vm.queryProperty());
        field.getStyleClass().add("sg-search-field");
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMinWidth(80);   // the field gives way first when the window is narrow, not the button beside it
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !table.getItems().isEmpty()) {
                SearchRow r = table.getSelectionModel().getSelectedItem();
                vm.open((r != null ? r : table.getItems().get(0)).code());
                e.consume();
            }
        });
        Label fieldLabel = new Label(Messages.get("search.label"));
        fieldLabel.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        fieldLabel.setLabelFor(field);
        fieldLabel.setMnemonicParsing(true);
        count.setId("search-count");
        count.getStyleClass().add(Styles.MUTED);
        Button open = new Button(Messages.get("search.open"));
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setId("search-open");
        open.getStyleClass().add(Styles.ACCENT_BUTTON);
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> vm.open(table.getSelectionModel().getSelectedItem().code()));
        HBox searchRow = new HBox(10, fieldLabel, field, count, open);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        SplitPane split = new SplitPane(tablePane(), mapPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        VBox.setVgrow(split, Priority.ALWAYS);
        // table and map keep a usable height; a low window (or large text) scrolls the page instead of squashing them
        split.minHeightProperty().bind(Bindings.createDoubleBinding(() -> 24 * count.getFont().getSize(), count.fontProperty()));

        VBox screen = new VBox(title, subtitle, kr.sanggwon.ui.wizard.WizardStart.banner(vm::openWizard), searchRow, split);
        screen.getStyleClass().add(Styles.SCREEN);
        ScrollPane page = new ScrollPane(screen);
        page.setId("search-page");
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        page.getStyleClass().add("sg-plain-scroll");
        bind();
        return page;
    }

    private Node tablePane() {
        quarters.getStyleClass().add(Styles.MUTED);
        quarters.setId("search-quarters");
        quarters.setWrapText(true);
        quarters.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, table, quarters);
        VBox.setVgrow(table, Priority.ALWAYS);
        // narrow enough that table and map fit side by side at the window's minimum width, even with 150 % text;
        // the table scrolls sideways below its columns' minimum widths
        minWidthEm(box, 12);
        return box;
    }

    private void buildTable() {
        table.setId("search-results");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SearchRow, String> name = textColumn("search.col.name", r -> r.name(), 180);
        TableColumn<SearchRow, String> type = textColumn("search.col.type", r -> SearchTexts.nz(r.district().typeName()), 72);
        TableColumn<SearchRow, String> gu = textColumn("search.col.gu", r -> SearchTexts.nz(r.district().guName()), 72);
        TableColumn<SearchRow, String> dong = textColumn("search.col.dong", r -> SearchTexts.nz(r.district().dongName()), 90);
        TableColumn<SearchRow, String> code = textColumn("search.col.code", SearchRow::code, 72);
        storesCol = numberColumn(Messages.get("search.col.stores"), SearchRow::stores, v -> Formats.number(v, 0), 64);
        salesCol = numberColumn(Messages.get("search.col.salesPerStore"), SearchRow::salesPerStore, v -> Formats.money(Math.round(v)), 96);
        // "203 million KRW" wraps onto a second line in a narrow column rather than ending in "…"
        kr.sanggwon.ui.TableSizing.wrapCells(salesCol, v -> v == null ? "-" : Formats.money(Math.round(v.doubleValue())));
        // minimum widths in em of the current font size: with larger text the table scrolls instead of squeezing
        minWidthEm(name, 8);
        minWidthEm(type, 4.6);
        minWidthEm(gu, 4.6);
        minWidthEm(dong, 5);
        minWidthEm(code, 5.2);
        minWidthEm(storesCol, 4.2);
        minWidthEm(salesCol, 6.4);
        table.getColumns().setAll(java.util.List.of(name, type, gu, dong, code, storesCol, salesCol));
        table.setItems(vm.results());
        table.setPlaceholder(placeholder());
        table.setRowFactory(t -> {
            TableRow<SearchRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem().code());
                }
            });
            row.itemProperty().addListener((o, a, b) -> row.setContextMenu(b == null ? null : districtMenu(b.code())));
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.open(table.getSelectionModel().getSelectedItem().code());
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> map.setSelected(b == null ? null : b.code()));
    }

    /**
     * What the empty table shows: a spinner while the catalog loads (a cold start takes a moment), the import hint only
     * when the data really has no districts, "no match" when the query filters everything out.
     */
    private Node placeholder() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("search-loading");
        spinner.setPrefSize(36, 36);
        Label text = new Label();
        text.setId("search-placeholder");
        text.setWrapText(true);
        text.setTextAlignment(TextAlignment.CENTER);
        text.getStyleClass().add(Styles.MUTED);
        Button goImport = new Button(Messages.get("search.goImport"));
        goImport.setId("search-go-import");
        goImport.setOnAction(e -> vm.goToImport());
        Button retry = new Button(Messages.get("search.retry"));
        retry.setId("search-retry");
        retry.setOnAction(e -> vm.load());
        VBox box = new VBox(12, spinner, text, goImport, retry);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(20));
        Runnable update = () -> {
            SearchViewModel.CatalogState state = vm.catalogStateProperty().get();
            boolean noDistricts = state == SearchViewModel.CatalogState.READY && vm.total() == 0;
            text.setText(switch (state) {
                case LOADING -> Messages.get("search.loading");
                case FAILED -> Messages.get("search.loadFailed");
                case READY -> noDistricts ? Messages.get("search.empty") : Messages.get("search.noMatch");
            });
            show(spinner, state == SearchViewModel.CatalogState.LOADING);
            show(goImport, noDistricts);
            show(retry, state == SearchViewModel.CatalogState.FAILED);
        };
        vm.catalogStateProperty().addListener((o, a, b) -> update.run());
        vm.results().addListener((ListChangeListener<SearchRow>) c -> update.run());
        update.run();
        return box;
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    private void minWidthEm(Region r, double em) {
        r.minWidthProperty().bind(Bindings.createDoubleBinding(() -> em * count.getFont().getSize(), count.fontProperty()));
    }

    private void minWidthEm(TableColumn<SearchRow, ?> c, double em) {
        c.minWidthProperty().bind(Bindings.createDoubleBinding(() -> em * count.getFont().getSize(), count.fontProperty()));
    }

    private static TableColumn<SearchRow, String> textColumn(String key, java.util.function.Function<SearchRow, String> f, double width) {
        TableColumn<SearchRow, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<SearchRow, Number> numberColumn(String title, java.util.function.Function<SearchRow, Double> f,
                                                               java.util.function.DoubleFunction<String> format, double width) {
        TableColumn<SearchRow, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? (empty ? null : "-") : format.apply(v.doubleValue()));
            }
        });
        c.getStyleClass().add("sg-number-column");
        c.setPrefWidth(width);
        return c;
    }

    private Node mapPane() {
        ComboBox<MapMetric> metric = new ComboBox<>();
        metric.setId("map-metric");
        // the 유망 상권 score needs an industry and weights: it is shown on that screen's map only
        metric.getItems().setAll(java.util.Arrays.stream(MapMetric.values()).filter(m -> m != MapMetric.RECOMMEND_SCORE).toList());
        StringConverter<MapMetric> names = new StringConverter<>() {
            @Override
            public String toString(MapMetric m) {
                return m == null ? "" : SearchTexts.metricName(m);
            }

            @Override
            public MapMetric fromString(String s) {
                return null;
            }
        };
        metric.setConverter(names);
        metric.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(MapMetric m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : names.toString(m));
            }
        });
        metric.valueProperty().bindBidirectional(vm.metricProperty());
        Label metricLabel = new Label(Messages.get("map.colourBy"));
        metricLabel.setLabelFor(metric);
        metricLabel.setMinWidth(Region.USE_PREF_SIZE);
        metric.setMinWidth(Region.USE_PREF_SIZE);
        Button in = mapButton("map-zoom-in", "+", "map.zoomIn", map::zoomIn);
        Button out = mapButton("map-zoom-out", "−", "map.zoomOut", map::zoomOut);
        Button all = mapButton("map-reset", Messages.get("map.reset"), "map.reset", map::resetView);
        // the metric picker wraps under its label when the map pane is narrow
        FlowPane tools = new FlowPane(8, 4, metricLabel, metric);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add(Styles.TOOLBAR);
        tools.setPadding(new Insets(0, 0, 6, 0));
        // zoom buttons float on the map's corner, as on web maps, so they never push the pane wider
        HBox zoom = new HBox(6, in, out, all);
        zoom.setId("map-zoom");
        zoom.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        zoom.setPickOnBounds(false);

        Label mapLoading = new Label(Messages.get("search.loading"));
        mapLoading.setId("map-loading");
        mapLoading.getStyleClass().add(Styles.MUTED);
        mapLoading.visibleProperty().bind(vm.catalogStateProperty().isEqualTo(SearchViewModel.CatalogState.LOADING));
        mapLoading.setMouseTransparent(true);
        StackPane stack = new StackPane(map, legend.view(), zoom, mapLoading);
        StackPane.setAlignment(legend.view(), Pos.TOP_LEFT);
        StackPane.setMargin(legend.view(), new Insets(10));
        StackPane.setAlignment(zoom, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(zoom, new Insets(8));
        stack.setMinSize(0, 0);
        clipToBounds(stack);
        Label hint = new Label(Messages.get("map.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(stack, Priority.ALWAYS);
        VBox box = new VBox(tools, stack, hint);
        box.setSpacing(4);
        box.setPadding(new Insets(0, 0, 0, 8));
        minWidthEm(box, 15);   // room for the legend's longest line at any text size
        map.setOnOpen(vm::open);
        map.setDistrictMenu(this::districtMenu);
        return box;
    }

    /** What can be done with one district: its overview, its customers, the expected sales of a shop there. */
    private ContextMenu districtMenu(String code) {
        MenuItem overview = new MenuItem(Messages.get("search.open"));
        overview.setOnAction(e -> vm.open(code));
        MenuItem customers = new MenuItem(Messages.get("search.menu.customers"));
        customers.setOnAction(e -> vm.openIn(code, "customers"));
        MenuItem estimate = new MenuItem(Messages.get("search.menu.estimate"));
        estimate.setId("search-menu-estimate");
        estimate.setOnAction(e -> vm.openIn(code, "estimate"));
        return new ContextMenu(overview, customers, estimate);
    }

    /** Keeps the map (and the legend over it) inside its pane when the pane is smaller than they would like. */
    private static void clipToBounds(Region r) {
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(r.widthProperty());
        clip.heightProperty().bind(r.heightProperty());
        r.setClip(clip);
    }

    private static Button mapButton(String id, String text, String tooltipKey, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private void bind() {
        count.textProperty().bind(Bindings.createStringBinding(
                () -> vm.catalogStateProperty().get() == SearchViewModel.CatalogState.LOADING && vm.total() == 0
                        ? Messages.get("search.countLoading") : Messages.get("search.count", vm.results().size(), vm.total()),
                vm.results(), vm.catalogStateProperty()));
        vm.districtsProperty().addListener((o, a, b) -> {
            map.setDistricts(b);
            updateColumnTitles();
        });
        vm.highlightProperty().addListener((o, a, b) -> map.setHighlight(b));
        vm.shapesProperty().addListener((o, a, b) -> map.setShapes(b));
        vm.metricValuesProperty().addListener((o, a, b) -> {
            ColorScale scale = b == null ? null : ColorScale.of(b);
            map.setScale(scale);
            legend.show(scale, b == null ? "" : SearchTexts.metricName(b.metric())
                            + (b.quarter() == null ? "" : " · " + Formats.quarter(b.quarter())),
                    b == null ? null : SearchTexts.legendFormat(b), SearchTexts::changeName);
        });
        map.setTooltipText(d -> SearchTexts.tooltip(d, vm.metricValuesProperty().get()));
    }

    private void updateColumnTitles() {
        quarters.setText(Messages.get("search.quarters", vm.storesQuarter() == null ? "-" : Formats.quarter(vm.storesQuarter()),
                vm.salesQuarter() == null ? "-" : Formats.quarter(vm.salesQuarter())));
    }
}
