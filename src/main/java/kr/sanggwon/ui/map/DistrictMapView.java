package kr.sanggwon.ui.map;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import kr.sanggwon.search.DistrictEntry;
import kr.sanggwon.ui.LookedUpColors;
import kr.sanggwon.ui.Styles;

/**
 * Offline district map on a Canvas: 상권 centroids (TM coordinates) and, where imported, their polygons, coloured
 * by a {@link ColorScale}. Wheel and buttons zoom, drag pans, hovering shows a tooltip line, a click opens the
 * district. No network and no tiles.
 * <p>
 * This class is the control (what screens set and ask); {@link MapModel} holds what is shown and answers where,
 * {@link MapBehavior} handles mouse and keyboard, {@link MapPainter} draws, with the colours of the stylesheet
 * ({@link MapPalette}), read again whenever the map joins a scene or the scene's stylesheets change.
 */
public final class DistrictMapView extends StackPane {
    private final Canvas canvas = new Canvas();
    private final Pane canvasHolder = new Pane(canvas);
    private final Label tip = new Label();
    private final MapModel model = new MapModel();
    private final MapPainter painter;
    private final LookedUpColors colors;
    private MapPalette palette;
    private Function<DistrictEntry, String> tooltipText = DistrictEntry::name;
    private Consumer<String> onOpen = c -> { };
    private Function<String, ContextMenu> districtMenu = c -> null;
    private BiConsumer<Double, Double> onPointClick;

    public DistrictMapView() {
        getStyleClass().add(Styles.MAP);
        setId("district-map");
        canvas.widthProperty().bind(canvasHolder.widthProperty());
        canvas.heightProperty().bind(canvasHolder.heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        canvasHolder.setMinSize(0, 0);
        tip.getStyleClass().add("sg-map-tip");
        tip.setVisible(false);
        tip.setMouseTransparent(true);
        tip.setManaged(false);
        getChildren().addAll(canvasHolder, tip);
        StackPane.setAlignment(tip, Pos.TOP_LEFT);
        colors = new LookedUpColors(this);
        palette = MapPalette.of(colors);
        painter = new MapPainter(canvas, palette);
        javafx.collections.ListChangeListener<String> restyle = c -> {
            palette = null;   // another stylesheet: read the colours again
            redraw();
        };
        sceneProperty().addListener((o, before, scene) -> {
            if (before != null) {
                before.getStylesheets().removeListener(restyle);
            }
            if (scene != null) {
                scene.getStylesheets().addListener(restyle);
            }
            palette = null;
            redraw();
        });
        new MapBehavior(this, canvas, tip, model);
    }

    public void setDistricts(List<DistrictEntry> all) {
        model.setDistricts(all);
        redraw();
    }

    /** Polygons by district code; each ring is [x0, y0, x1, y1, …] in TM metres. */
    public void setShapes(Map<String, List<double[]>> byCode) {
        model.setShapes(byCode);
        redraw();
    }

    public void setScale(ColorScale scale) {
        model.scale = scale;
        redraw();
    }

    /** Districts to emphasise (search results); null = all. Zooms to a few of them. */
    public void setHighlight(Set<String> codes) {
        model.setView(canvas.getWidth(), canvas.getHeight());
        model.setHighlight(codes);
        redraw();
    }

    public void setSelected(String code) {
        model.selected = code;
        redraw();
    }

    public void setTooltipText(Function<DistrictEntry, String> text) {
        this.tooltipText = text;
    }

    public void setOnOpen(Consumer<String> onOpen) {
        this.onOpen = onOpen;
    }

    /**
     * Point mode: a left click reports its TM point (x, y) to {@code handler} instead of opening a district; null turns
     * it off. Used to place shops on the map.
     */
    public void setOnPointClick(BiConsumer<Double, Double> handler) {
        this.onPointClick = handler;
    }

    /** Shops to draw over the districts and an optional circle {x, y, radius} in TM metres (null = none). */
    public void setMarkers(List<MapMarker> list, double[] circle) {
        model.markers = List.copyOf(list);
        model.ring = circle == null ? null : circle.clone();
        redraw();
    }

    /** The menu a right-click on a district opens (what to do with it), or null for none. */
    public void setDistrictMenu(Function<String, ContextMenu> menu) {
        this.districtMenu = menu;
    }

    /** Zooms and pans so the square around (x, y) with half-side {@code half} metres fills the view. */
    public void focus(double x, double y, double half) {
        model.setView(canvas.getWidth(), canvas.getHeight());
        model.transform.fitTo(x - half, y - half, x + half, y + half);
        redraw();
    }

    public void zoomIn() {
        model.transform.zoomAt(1.5, canvas.getWidth() / 2, canvas.getHeight() / 2);
        redraw();
    }

    public void zoomOut() {
        model.transform.zoomAt(1 / 1.5, canvas.getWidth() / 2, canvas.getHeight() / 2);
        redraw();
    }

    public void resetView() {
        model.transform.reset();
        redraw();
    }

    public double zoom() {
        return model.transform.zoom();
    }

    /** Screen position of a TM point (tests). */
    public double[] screenOf(double x, double y) {
        return new double[] {model.transform.screenX(x), model.transform.screenY(y)};
    }

    /** Screen position of a district's point (tests and keyboard use). */
    public double[] screenPoint(String code) {
        return model.screenPoint(code);
    }

    /** The district whose point is nearest within the hit radius, else the one whose boundary contains the point. */
    public DistrictEntry districtAt(double sx, double sy) {
        return model.districtAt(sx, sy);
    }

    /** Tooltip line currently shown (tests). */
    public String tooltip() {
        return tip.isVisible() ? tip.getText() : null;
    }

    /** The colour the map paints {@code lookedUpColor} in now (tests: the stylesheet's colours reach the canvas). */
    public javafx.scene.paint.Color paintedColor(String lookedUpColor) {
        return palette().color(lookedUpColor);
    }

    Function<DistrictEntry, String> tooltipText() {
        return tooltipText;
    }

    Consumer<String> onOpen() {
        return onOpen;
    }

    Function<String, ContextMenu> districtMenu() {
        return districtMenu;
    }

    BiConsumer<Double, Double> onPointClick() {
        return onPointClick;
    }

    private MapPalette palette() {
        if (palette == null) {
            palette = MapPalette.of(colors);
        }
        return palette;
    }

    void redraw() {
        painter.setPalette(palette());
        painter.paint(model, tip.getFont());
    }
}
