package kr.sanggwon.ui.recommend;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.geo.TmProjection;
import kr.sanggwon.recommend.huff.HuffDefaults;
import kr.sanggwon.recommend.huff.HuffResult;
import kr.sanggwon.recommend.huff.HuffService;
import kr.sanggwon.recommend.huff.HuffText;
import kr.sanggwon.search.DistrictEntry;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.TableHeaders;
import kr.sanggwon.ui.district.Exports;
import kr.sanggwon.ui.district.ScreenParts;
import kr.sanggwon.ui.map.DistrictMapView;
import kr.sanggwon.ui.map.MapLegend;
import kr.sanggwon.ui.map.MapMarker;
import kr.sanggwon.ui.map.MapPalette;
import kr.sanggwon.ui.map.MapData;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * The 가게 자리 tab of 유망 상권: click a site on the map, see the share a new shop there would win from same-industry
 * shops within walking distance (Huff model), and mark the owner's other shops to see what it takes from them.
 * It sits on 유망 상권 because that screen answers "where": the ranking points at a district, this tab at a street corner.
 */
final class HuffPane {
    private final HuffViewModel vm;
    private final RecommendViewModel ranking;
    private final DistrictMapView map = new DistrictMapView();
    private final Label hint = new Label();
    private final Label share = new Label();
    private final Label sentence = new Label();
    private final Label basis = new Label();
    private final TableView<HuffResult.Competitor> rivals = TableHeaders.wrapped(new TableView<>());
    private final TableView<HuffResult.OwnShop> mine = TableHeaders.wrapped(new TableView<>());
    private boolean loaded;
    private boolean noMap;

    HuffPane(HuffViewModel vm, RecommendViewModel ranking) {
        this.vm = vm;
        this.ranking = ranking;
    }

    Node build() {
        for (Label l : List.of(hint, sentence, basis)) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        Label intro = new Label(Messages.get("huff.ui.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        map.setId("huff-map");
        map.setPrefHeight(380);
        map.setMinSize(200, 240);
        map.setOnPointClick(vm::clicked);
        share.setId("huff-share");
        share.getStyleClass().add(Styles.STRONG);
        sentence.setId("huff-sentence");
        hint.setId("huff-hint");
        basis.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(8, intro, controls(), hint, map, legend(), share, sentence,
                ScreenParts.section(Messages.get("huff.ui.competitorsTitle")), rivalsTable(),
                ScreenParts.section(Messages.get("huff.ui.ownTitle")), ownTable(), basis);
        vm.result().valueProperty().addListener((o, a, b) -> render());
        vm.result().loadingProperty().addListener((o, a, b) -> render());
        vm.result().errorProperty().addListener((o, a, b) -> render());
        vm.site().addListener((o, a, b) -> drawMarkers(vm.result().get()));
        vm.own().addListener((javafx.collections.ListChangeListener<double[]>) c -> drawMarkers(vm.result().get()));
        vm.markingOwn().addListener((o, a, b) -> render());
        // the districts keep the colours of the current ranking, so a site can be picked inside a promising 상권
        ranking.rankingProperty().addListener((o, a, b) -> map.setScale(ScoreMapPane.scaleOf(b)));
        vm.context().selection().industryProperty().addListener((o, a, b) -> render());
        box.sceneProperty().addListener((o, a, b) -> loadOnce());
        render();
        return box;
    }

    private Node controls() {
        ToggleGroup mode = new ToggleGroup();
        ToggleButton place = new ToggleButton(Messages.get("huff.ui.modeNew"));
        place.setId("huff-mode-new");
        ToggleButton markOwn = new ToggleButton(Messages.get("huff.ui.modeOwn"));
        markOwn.setId("huff-mode-own");
        place.setToggleGroup(mode);
        markOwn.setToggleGroup(mode);
        place.setSelected(true);
        mode.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);   // one mode is always on
            } else {
                vm.markingOwn().set(b == markOwn);
            }
        });
        Button atDistrict = new Button(Messages.get("huff.ui.atDistrict"));
        atDistrict.setId("huff-at-district");
        atDistrict.disableProperty().bind(ranking.chosenProperty().isNull().and(vm.context().selection().districtProperty().isNull()));
        atDistrict.setOnAction(e -> {
            String code = ranking.chosenProperty().get() != null ? ranking.chosenProperty().get() : vm.context().selection().district();
            try {
                double[] p = vm.placeAt(code);
                map.focus(p[0], p[1], vm.radius().get() * 1.4);
            } catch (kr.sanggwon.common.UserException ex) {
                hint.getStyleClass().setAll("label", Styles.ERROR);
                hint.setText(ex.localized());
            }
        });
        Button clear = new Button(Messages.get("huff.ui.clearOwn"));
        clear.setId("huff-clear-own");
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.own()));
        clear.setOnAction(e -> vm.own().clear());
        for (javafx.scene.control.Control c : List.of(place, markOwn, atDistrict, clear)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        Slider lambda = new Slider(HuffService.MIN_LAMBDA, HuffService.MAX_LAMBDA, vm.lambda().get());
        lambda.setId("huff-lambda");
        lambda.setPrefWidth(130);
        lambda.setBlockIncrement(0.1);
        lambda.valueProperty().bindBidirectional(vm.lambda());
        Label lambdaValue = new Label();
        lambdaValue.setMinWidth(Region.USE_PREF_SIZE);
        lambdaValue.textProperty().bind(vm.lambda().asString("%.1f"));
        ComboBox<Integer> radius = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(HuffViewModel.RADII));
        radius.setId("huff-radius");
        radius.valueProperty().bindBidirectional(vm.radius());
        radius.setButtonCell(radiusCell());
        radius.setCellFactory(l -> radiusCell());
        Slider attract = new Slider(0.5, 3, vm.attractiveness().get());
        attract.setId("huff-attractiveness");
        attract.setPrefWidth(110);
        attract.setBlockIncrement(0.1);
        attract.valueProperty().bindBidirectional(vm.attractiveness());
        Label attractValue = new Label();
        attractValue.setMinWidth(Region.USE_PREF_SIZE);
        attractValue.textProperty().bind(vm.attractiveness().asString("%.1f"));
        HuffDefaults.Value def = vm.defaults().get(HuffDefaults.LAMBDA);
        Label lambdaHelp = new Label(Messages.get("huff.ui.lambdaHelp", Formats.number(def.value(), 1), def.source(Messages.locale())));
        Label attractHelp = new Label(Messages.get("huff.ui.attractivenessHelp"));
        for (Label l : List.of(lambdaHelp, attractHelp)) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add(Styles.MUTED);
        }
        FlowPane modes = new FlowPane(8, 6, place, markOwn, atDistrict, clear);
        FlowPane knobs = new FlowPane(16, 6, group(WeightsPane.label(Messages.get("huff.ui.lambda")), lambda, lambdaValue),
                group(WeightsPane.label(Messages.get("huff.ui.radius")), radius),
                group(WeightsPane.label(Messages.get("huff.ui.attractiveness")), attract, attractValue));
        VBox box = new VBox(6, modes, knobs, lambdaHelp, attractHelp);
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    private static HBox group(Node... nodes) {
        HBox h = new HBox(6, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static ListCell<Integer> radiusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? "" : Messages.get("huff.ui.radiusValue", Formats.number(r, 0)));
            }
        };
    }

    private Node legend() {
        // the map's marker colours, from the stylesheet
        Circle n = new Circle(6);
        n.getStyleClass().add(MapLegend.swatchClass(MapPalette.NEW_SHOP));
        Rectangle o = new Rectangle(10, 10);
        o.getStyleClass().add(MapLegend.swatchClass(MapPalette.OWN_SHOP));
        Circle r = new Circle(4);
        r.getStyleClass().add(MapLegend.swatchClass(MapPalette.RIVAL));
        Label ln = new Label(Messages.get("huff.ui.legendNew"), n);
        Label scores = new Label(Messages.get("huff.ui.legendScore"));
        scores.getStyleClass().add(Styles.MUTED);
        Label lo = new Label(Messages.get("huff.ui.legendOwn"), o);
        Label lr = new Label(Messages.get("huff.ui.legendRival"), r);
        FlowPane p = new FlowPane(14, 4, ln, lo, lr, scores);
        p.getStyleClass().add(Styles.LEGEND);
        return p;
    }

    private Node rivalsTable() {
        rivals.setId("huff-competitors");
        // names and industries wrap (the row grows) rather than end in "…" ('커피전문점/카페/다방' at large text)
        rivals.getColumns().add(kr.sanggwon.ui.TableSizing.em(ScreenParts.wrappingColumn(Messages.get("huff.ui.colName"),
                c -> c.name() + (c.branch() == null ? "" : " " + c.branch()), 170), 7, 12));
        rivals.getColumns().add(kr.sanggwon.ui.TableSizing.em(ScreenParts.wrappingColumn(Messages.get("recommend.ui.colIndustry"),
                c -> c.category() == null ? "" : c.category(), 150), 6, 10));
        rivals.getColumns().add(ScreenParts.column(Messages.get("huff.ui.colDistance"),
                c -> Messages.get("huff.ui.meters", Formats.number(c.distanceM(), 0)), 70));
        rivals.getColumns().add(ScreenParts.column(Messages.get("huff.ui.colBefore"), c -> HuffText.percent(c.shareBefore()) + "%", 80));
        rivals.getColumns().add(ScreenParts.column(Messages.get("huff.ui.colAfter"), c -> HuffText.percent(c.shareAfter()) + "%", 90));
        rivals.setPrefHeight(200);
        rivals.setPlaceholder(new Label(Messages.get("huff.ui.noCompetitors")));
        Exports.tableMenu(rivals, "huff-competitors", vm.context().dialogs());
        return rivals;
    }

    private Node ownTable() {
        mine.setId("huff-own");
        mine.getColumns().add(kr.sanggwon.ui.TableSizing.em(ScreenParts.wrappingColumn(Messages.get("huff.ui.colName"),
                o -> o.listedAs() == null ? Messages.get("huff.ui.ownName", o.number())
                        : Messages.get("huff.ui.ownListed", o.number(), o.listedAs()), 170), 7, 12));
        mine.getColumns().add(ScreenParts.column(Messages.get("huff.ui.colDistance"),
                o -> Messages.get("huff.ui.meters", Formats.number(o.distanceM(), 0)), 70));
        mine.getColumns().add(ScreenParts.column(Messages.get("huff.ui.colBefore"), o -> HuffText.percent(o.shareBefore()) + "%", 80));
        mine.getColumns().add(ScreenParts.column(Messages.get("huff.ui.colAfter"), o -> HuffText.percent(o.shareAfter()) + "%", 90));
        mine.getColumns().add(ScreenParts.column(Messages.get("huff.ui.colTaken"), o -> HuffText.percent(o.taken()) + "%p", 90));
        mine.setPrefHeight(120);
        mine.setPlaceholder(new Label(Messages.get("huff.ui.noOwn")));
        Exports.tableMenu(mine, "huff-own", vm.context().dialogs());
        return mine;
    }

    private void loadOnce() {
        if (loaded) {
            return;
        }
        loaded = true;
        vm.context().tasks().execute(BackgroundTask.of(() -> MapData.load(vm.context().app())).onSuccess(data -> {
            map.setDistricts(data.entries());
            map.setShapes(data.shapes());
            noMap = data.entries().stream().noneMatch(DistrictEntry::hasPoint);
            map.setScale(ScoreMapPane.scaleOf(ranking.rankingProperty().get()));
            render();
        }));
    }

    private void render() {
        HuffResult r = vm.result().get();
        String error = vm.result().errorProperty().get();
        hint.getStyleClass().setAll("label", error != null ? Styles.ERROR : Styles.MUTED);
        hint.setText(error != null ? error
                : noMap ? Messages.get("huff.ui.noMap")
                : vm.context().selection().industry() == null ? Messages.get("huff.ui.pickIndustry")
                : vm.result().loadingProperty().get() ? Messages.get("huff.ui.loading")
                : vm.markingOwn().get() ? Messages.get("huff.ui.ownHint")
                : Messages.get("huff.ui.clickHint"));
        share.setText(r == null ? "" : Messages.get("huff.ui.share") + " " + HuffText.percent(r.newShare()) + "%");
        sentence.setText(r == null ? "" : r.sentence());
        basis.setText(r == null ? "" : Messages.get("huff.ui.basis", Formats.number(r.demandPoints(), 0)));
        rivals.getItems().setAll(r == null ? List.of() : r.competitors());
        mine.getItems().setAll(r == null ? List.of() : r.ownShops());
        drawMarkers(r);
    }

    private void drawMarkers(HuffResult r) {
        List<MapMarker> markers = new ArrayList<>();
        if (r != null) {
            for (HuffResult.Competitor c : r.competitors()) {
                double[] p = TmProjection.toTm(c.lon(), c.lat());
                markers.add(new MapMarker(p[0], p[1], MapMarker.Kind.RIVAL, c.name() + (c.branch() == null ? "" : " " + c.branch())
                        + " · " + Messages.get("huff.ui.meters", Formats.number(c.distanceM(), 0))));
            }
        }
        for (int i = 0; i < vm.own().size(); i++) {
            double[] p = vm.own().get(i);
            markers.add(new MapMarker(p[0], p[1], MapMarker.Kind.OWN, Messages.get("huff.ui.ownName", i + 1)));
        }
        double[] s = vm.site().get();
        if (s != null) {
            markers.add(new MapMarker(s[0], s[1], MapMarker.Kind.NEW, Messages.get("huff.ui.legendNew")));
        }
        map.setMarkers(markers, s == null ? null : new double[] {s[0], s[1], vm.radius().get()});
    }
}
