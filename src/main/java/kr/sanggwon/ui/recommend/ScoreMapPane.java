package kr.sanggwon.ui.recommend;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Messages;
import kr.sanggwon.recommend.RankedDistrict;
import kr.sanggwon.recommend.Ranking;
import kr.sanggwon.search.DistrictEntry;
import kr.sanggwon.search.MapMetric;
import kr.sanggwon.search.MetricValues;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.map.ColorScale;
import kr.sanggwon.ui.map.DistrictMapView;
import kr.sanggwon.ui.map.MapData;
import kr.sanggwon.ui.map.MapLegend;
import kr.sanggwon.ui.task.BackgroundTask;

/** The 상권 map coloured by the current ranking's score (0–100); districts outside the filter stay grey. */
final class ScoreMapPane {
    private final RecommendViewModel vm;
    private final DistrictMapView map = new DistrictMapView();
    private final MapLegend legend = new MapLegend();
    private final Label note = new Label();
    private boolean loaded;

    ScoreMapPane(RecommendViewModel vm) {
        this.vm = vm;
    }

    Node build() {
        map.setId("recommend-map");
        map.setPrefHeight(420);
        map.setMinSize(200, 200);
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add(Styles.MUTED);
        map.setOnOpen(code -> vm.openIn(code, "dashboard"));
        vm.rankingProperty().addListener((o, a, b) -> colour(b));
        BorderPane pane = new BorderPane(map);
        pane.setRight(legend.view());
        pane.setBottom(note);
        pane.sceneProperty().addListener((o, a, b) -> loadOnce());
        return pane;
    }

    private void loadOnce() {
        if (loaded) {
            return;
        }
        loaded = true;
        vm.context().tasks().execute(BackgroundTask.of(() -> MapData.load(vm.context().app())).onSuccess(data -> {
            map.setDistricts(data.entries());
            map.setShapes(data.shapes());
            colour(vm.rankingProperty().get());
        }));
    }

    /** Each ranked district's score (0–100) by code. */
    static Map<String, Double> points(Ranking r) {
        Map<String, Double> points = new HashMap<>();
        for (RankedDistrict d : r.rows()) {
            points.put(d.district().code(), d.points());
        }
        return points;
    }

    /** The colours of a 상권 ranking's scores; grey for everything when there is no ranking or it is by 행정동. */
    static ColorScale scaleOf(Ranking r) {
        if (r == null || r.level() != Level.TRDAR.code()) {
            return ColorScale.of(MetricValues.empty(MapMetric.RECOMMEND_SCORE));
        }
        return ColorScale.of(new MetricValues(MapMetric.RECOMMEND_SCORE, r.quarter(), points(r), Map.of()));
    }

    private void colour(Ranking r) {
        if (r == null || r.level() != Level.TRDAR.code()) {
            note.setText(r == null ? "" : Messages.get("recommend.ui.mapTrdarOnly"));
            map.setScale(ColorScale.of(MetricValues.empty(MapMetric.RECOMMEND_SCORE)));
            return;
        }
        Map<String, Double> points = points(r);
        ColorScale scale = scaleOf(r);
        map.setScale(scale);
        map.setTooltipText(e -> {
            Double p = points.get(e.code());
            return e.name() + (p == null ? "" : " · " + Messages.get("recommend.ui.colScore") + " " + Formats.number(p, 1));
        });
        legend.show(scale, Messages.get("map.metric.recommendScore"), v -> Formats.number(v, 0), c -> c);
        note.setText(Messages.get("recommend.ui.mapNote"));
    }
}
