package kr.sanggwon.ui.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import kr.sanggwon.search.DistrictEntry;
import kr.sanggwon.ui.Styles;

/**
 * Offline district map on a Canvas: 상권 centroids (TM coordinates) and, where imported, their polygons, coloured
 * by a {@link ColorScale}. Wheel and buttons zoom, drag pans, hovering shows a tooltip line, a click opens the
 * district. No network and no tiles.
 */
public final class DistrictMapView extends StackPane {
    private static final double HIT_RADIUS = 9;
    /** Search results up to this many are zoomed to; more show the whole city. */
    private static final int FIT_LIMIT = 300;
    private static final Color FADED = Color.web("#d3d9e0");
    private static final Color OUTLINE = Color.web("#ffffff");

    private final Canvas canvas = new Canvas();
    private final Pane canvasHolder = new Pane(canvas);
    private final Label tip = new Label();
    private final MapTransform transform = new MapTransform();
    private List<DistrictEntry> districts = List.of();
    private Map<String, List<double[]>> shapes = Map.of();
    private Map<String, double[]> shapeBoxes = Map.of();
    private ColorScale scale;
    private Set<String> highlight;
    private String selected;
    private String hovered;
    private Function<DistrictEntry, String> tooltipText = DistrictEntry::name;
    private Consumer<String> onOpen = c -> { };
    private Function<String, ContextMenu> districtMenu = c -> null;
    private ContextMenu shownMenu;
    private java.util.function.BiConsumer<Double, Double> onPointClick;
    private List<MapMarker> markers = List.of();
    private double[] ring;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;

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
        installMouse();
        installKeyboard();
    }

    /**
     * Keyboard use: Tab focuses the map (a ring shows it), the arrow keys move between districts (the one reached is
     * marked and named like a mouse hover), Enter opens it, + and - zoom.
     */
    private void installKeyboard() {
        setFocusTraversable(true);
        setAccessibleRole(javafx.scene.AccessibleRole.NODE);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            javafx.scene.input.KeyCode k = e.getCode();
            if (MapKeyboard.isArrow(k)) {
                DistrictEntry from = find(hovered != null ? hovered : selected);
                DistrictEntry to = MapKeyboard.next(districts, from, k, transform.worldX(canvas.getWidth() / 2),
                        transform.worldY(canvas.getHeight() / 2));
                if (to != null) {
                    hovered = to.code();
                    tip.setText(tooltipText.apply(to));
                    tip.autosize();
                    double sx = transform.screenX(to.x());
                    double sy = transform.screenY(to.y());
                    tip.relocate(Math.max(4, Math.min(sx + 14, getWidth() - tip.getWidth() - 4)), Math.max(4, sy + 16));
                    tip.setVisible(true);
                    setAccessibleText(tooltipText.apply(to));
                    redraw();
                }
                e.consume();
            } else if (k == javafx.scene.input.KeyCode.ENTER && hovered != null) {
                onOpen.accept(hovered);
                e.consume();
            } else if (k == javafx.scene.input.KeyCode.PLUS || k == javafx.scene.input.KeyCode.ADD || k == javafx.scene.input.KeyCode.EQUALS) {
                zoomIn();
                e.consume();
            } else if (k == javafx.scene.input.KeyCode.MINUS || k == javafx.scene.input.KeyCode.SUBTRACT) {
                zoomOut();
                e.consume();
            }
        });
    }

    private DistrictEntry find(String code) {
        if (code == null) {
            return null;
        }
        for (DistrictEntry d : districts) {
            if (d.code().equals(code)) {
                return d;
            }
        }
        return null;
    }

    public void setDistricts(List<DistrictEntry> all) {
        districts = all.stream().filter(DistrictEntry::hasPoint).toList();
        fitWorld();
        redraw();
    }

    /** Polygons by district code; each ring is [x0, y0, x1, y1, …] in TM metres. */
    public void setShapes(Map<String, List<double[]>> byCode) {
        shapes = Map.copyOf(byCode);
        Map<String, double[]> boxes = new HashMap<>();
        byCode.forEach((code, rings) -> boxes.put(code, box(rings)));
        shapeBoxes = boxes;
        redraw();
    }

    private static double[] box(List<double[]> rings) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] r : rings) {
            for (int i = 0; i + 1 < r.length; i += 2) {
                b[0] = Math.min(b[0], r[i]);
                b[1] = Math.min(b[1], r[i + 1]);
                b[2] = Math.max(b[2], r[i]);
                b[3] = Math.max(b[3], r[i + 1]);
            }
        }
        return b;
    }

    private boolean offScreen(double[] b) {
        return transform.screenX(b[2]) < 0 || transform.screenX(b[0]) > canvas.getWidth()
                || transform.screenY(b[1]) < 0 || transform.screenY(b[3]) > canvas.getHeight();
    }

    public void setScale(ColorScale scale) {
        this.scale = scale;
        redraw();
    }

    /** Districts to emphasise (search results); null = all. */
    public void setHighlight(Set<String> codes) {
        this.highlight = codes;
        transform.setView(canvas.getWidth(), canvas.getHeight());
        if (codes == null) {
            transform.reset();
        } else if (!codes.isEmpty() && codes.size() <= FIT_LIMIT) {
            fitToCodes(codes);
        }
        redraw();
    }

    private void fitToCodes(Set<String> codes) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (DistrictEntry d : districts) {
            if (codes.contains(d.code())) {
                minX = Math.min(minX, d.x());
                minY = Math.min(minY, d.y());
                maxX = Math.max(maxX, d.x());
                maxY = Math.max(maxY, d.y());
            }
        }
        if (minX <= maxX) {
            transform.fitTo(minX, minY, maxX, maxY);
        }
    }

    public void setSelected(String code) {
        this.selected = code;
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
    public void setOnPointClick(java.util.function.BiConsumer<Double, Double> handler) {
        this.onPointClick = handler;
    }

    /** Shops to draw over the districts and an optional circle {x, y, radius} in TM metres (null = none). */
    public void setMarkers(List<MapMarker> list, double[] circle) {
        markers = List.copyOf(list);
        ring = circle == null ? null : circle.clone();
        redraw();
    }

    /** Zooms and pans so the square around (x, y) with half-side {@code half} metres fills the view. */
    public void focus(double x, double y, double half) {
        transform.setView(canvas.getWidth(), canvas.getHeight());
        transform.fitTo(x - half, y - half, x + half, y + half);
        redraw();
    }

    /** Screen position of a TM point (tests). */
    public double[] screenOf(double x, double y) {
        return new double[] {transform.screenX(x), transform.screenY(y)};
    }

    /** The menu a right-click on a district opens (what to do with it), or null for none. */
    public void setDistrictMenu(Function<String, ContextMenu> menu) {
        this.districtMenu = menu;
    }

    public void zoomIn() {
        transform.zoomAt(1.5, canvas.getWidth() / 2, canvas.getHeight() / 2);
        redraw();
    }

    public void zoomOut() {
        transform.zoomAt(1 / 1.5, canvas.getWidth() / 2, canvas.getHeight() / 2);
        redraw();
    }

    public void resetView() {
        transform.reset();
        redraw();
    }

    public double zoom() {
        return transform.zoom();
    }

    /** Screen position of a district's point (tests and keyboard use). */
    public double[] screenPoint(String code) {
        for (DistrictEntry d : districts) {
            if (d.code().equals(code)) {
                return new double[] {transform.screenX(d.x()), transform.screenY(d.y())};
            }
        }
        return null;
    }

    /** The district whose point is nearest within the hit radius, else the one whose boundary contains the point. */
    public DistrictEntry districtAt(double sx, double sy) {
        DistrictEntry near = nearestPoint(sx, sy);
        return near != null ? near : insideShape(sx, sy);
    }

    private DistrictEntry insideShape(double sx, double sy) {
        if (shapes.isEmpty()) {
            return null;
        }
        double wx = transform.worldX(sx);
        double wy = transform.worldY(sy);
        for (DistrictEntry d : districts) {
            if (highlight != null && !highlight.contains(d.code())) {
                continue;
            }
            double[] b = shapeBoxes.get(d.code());
            if (b != null && wx >= b[0] && wx <= b[2] && wy >= b[1] && wy <= b[3]
                    && RingSimplifier.contains(shapes.get(d.code()), wx, wy)) {
                return d;
            }
        }
        return null;
    }

    private DistrictEntry nearestPoint(double sx, double sy) {
        DistrictEntry best = null;
        double bestD = HIT_RADIUS * HIT_RADIUS;
        for (DistrictEntry d : districts) {
            if (highlight != null && !highlight.contains(d.code())) {
                continue;
            }
            double dx = transform.screenX(d.x()) - sx;
            double dy = transform.screenY(d.y()) - sy;
            double dd = dx * dx + dy * dy;
            if (dd <= bestD) {
                bestD = dd;
                best = d;
            }
        }
        return best;
    }

    private void fitWorld() {
        if (districts.isEmpty()) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (DistrictEntry d : districts) {
            minX = Math.min(minX, d.x());
            minY = Math.min(minY, d.y());
            maxX = Math.max(maxX, d.x());
            maxY = Math.max(maxY, d.y());
        }
        transform.setWorld(minX, minY, maxX, maxY);
    }

    private void installMouse() {
        canvas.setOnScroll((ScrollEvent e) -> {
            if (e.getDeltaY() != 0) {
                transform.zoomAt(e.getDeltaY() > 0 ? 1.25 : 0.8, e.getX(), e.getY());
                redraw();
            }
            e.consume();
        });
        canvas.setOnMousePressed(e -> {
            pressX = e.getX();
            pressY = e.getY();
            lastX = e.getX();
            lastY = e.getY();
            dragged = false;
        });
        canvas.setOnMouseDragged(e -> {
            if (Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 4) {
                dragged = true;
            }
            transform.pan(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
            tip.setVisible(false);
            redraw();
        });
        canvas.setOnMouseClicked(this::clicked);
        canvas.setOnContextMenuRequested(e -> {
            if (showMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY())) {
                e.consume();
            }
        });
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> {
            hovered = null;
            tip.setVisible(false);
            redraw();
        });
    }

    private void clicked(MouseEvent e) {
        // some platforms send no context-menu request for a right click (e.g. headless): the click itself opens it
        if (!dragged && e.getButton() == MouseButton.SECONDARY && (shownMenu == null || !shownMenu.isShowing())) {
            showMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            return;
        }
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (onPointClick != null) {
            onPointClick.accept(transform.worldX(e.getX()), transform.worldY(e.getY()));
            return;
        }
        DistrictEntry d = districtAt(e.getX(), e.getY());
        if (d != null) {
            onOpen.accept(d.code());
        }
    }

    private boolean showMenu(double x, double y, double screenX, double screenY) {
        if (shownMenu != null) {
            shownMenu.hide();
        }
        DistrictEntry d = districtAt(x, y);
        shownMenu = d == null ? null : districtMenu.apply(d.code());
        if (shownMenu == null) {
            return false;
        }
        shownMenu.show(canvas, screenX, screenY);
        return true;
    }

    private MapMarker markerAt(double sx, double sy) {
        MapMarker best = null;
        double bestD = HIT_RADIUS * HIT_RADIUS;
        for (MapMarker m : markers) {
            double dx = transform.screenX(m.x()) - sx;
            double dy = transform.screenY(m.y()) - sy;
            if (m.label() != null && dx * dx + dy * dy <= bestD) {
                bestD = dx * dx + dy * dy;
                best = m;
            }
        }
        return best;
    }

    private void hover(MouseEvent e) {
        MapMarker m = markerAt(e.getX(), e.getY());
        if (m != null) {
            tip.setText(m.label());
            tip.autosize();
            tip.relocate(Math.max(4, Math.min(e.getX() + 14, getWidth() - tip.getWidth() - 4)), Math.max(4, e.getY() + 16));
            tip.setVisible(true);
            return;
        }
        DistrictEntry d = districtAt(e.getX(), e.getY());
        String code = d == null ? null : d.code();
        if (d == null) {
            tip.setVisible(false);
        } else {
            tip.setText(tooltipText.apply(d));
            tip.autosize();
            double x = Math.min(e.getX() + 14, getWidth() - tip.getWidth() - 4);
            double y = e.getY() + 16 + tip.getHeight() > getHeight() ? e.getY() - tip.getHeight() - 8 : e.getY() + 16;
            tip.relocate(Math.max(4, x), Math.max(4, y));
            tip.setVisible(true);
        }
        canvas.setCursor(onPointClick != null ? javafx.scene.Cursor.CROSSHAIR
                : d == null ? javafx.scene.Cursor.DEFAULT : javafx.scene.Cursor.HAND);
        if (!java.util.Objects.equals(code, hovered)) {
            hovered = code;
            redraw();
        }
    }

    /** Tooltip line currently shown (tests). */
    public String tooltip() {
        return tip.isVisible() ? tip.getText() : null;
    }

    private void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        transform.setView(w, h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#eef2f6"));
        g.fillRect(0, 0, w, h);
        if (districts.isEmpty()) {
            return;
        }
        drawShapes(g);
        double r = Math.max(2.5, Math.min(8, 2.8 * Math.sqrt(transform.zoom())));
        Map<String, DistrictEntry> front = new HashMap<>();
        for (DistrictEntry d : districts) {
            boolean on = highlight == null || highlight.contains(d.code());
            if (!on) {
                dot(g, d, r * 0.7, FADED, null);
            } else {
                front.put(d.code(), d);
            }
        }
        for (DistrictEntry d : front.values()) {
            dot(g, d, r, colour(d.code()), OUTLINE);
        }
        if (highlight != null && front.size() <= 25) {
            labels(g, front.values(), r);
        }
        mark(g, selected, r + 4, Color.web("#1d232b"));
        mark(g, hovered, r + 3, Color.web("#1f5fbf"));
        drawMarkers(g);
    }

    private void drawMarkers(GraphicsContext g) {
        if (ring != null) {
            double cx = transform.screenX(ring[0]);
            double cy = transform.screenY(ring[1]);
            double rr = Math.abs(transform.screenX(ring[0] + ring[2]) - cx);
            g.setFill(Color.web("#1b8a3a", 0.07));
            g.fillOval(cx - rr, cy - rr, 2 * rr, 2 * rr);
            g.setStroke(Color.web("#1b8a3a"));
            g.setLineWidth(1.5);
            g.setLineDashes(6, 4);
            g.strokeOval(cx - rr, cy - rr, 2 * rr, 2 * rr);
            g.setLineDashes();
        }
        // competitors first, the new shop last (on top)
        for (MapMarker.Kind kind : List.of(MapMarker.Kind.RIVAL, MapMarker.Kind.OWN, MapMarker.Kind.NEW)) {
            for (MapMarker m : markers) {
                if (m.kind() == kind) {
                    marker(g, m);
                }
            }
        }
    }

    private void marker(GraphicsContext g, MapMarker m) {
        double x = transform.screenX(m.x());
        double y = transform.screenY(m.y());
        g.setLineWidth(1.5);
        g.setStroke(Color.WHITE);
        switch (m.kind()) {
            case RIVAL -> {
                g.setFill(Color.web("#c0392b"));
                g.fillOval(x - 4.5, y - 4.5, 9, 9);
                g.strokeOval(x - 4.5, y - 4.5, 9, 9);
            }
            case OWN -> {
                g.setFill(Color.web("#7b3fb5"));
                g.fillRect(x - 6, y - 6, 12, 12);
                g.strokeRect(x - 6, y - 6, 12, 12);
            }
            case NEW -> {
                g.setFill(Color.web("#1b8a3a"));
                g.fillOval(x - 8, y - 8, 16, 16);
                g.setLineWidth(2.5);
                g.strokeOval(x - 8, y - 8, 16, 16);
                g.setStroke(Color.web("#1d232b"));
                g.setLineWidth(1);
                g.strokeOval(x - 10, y - 10, 20, 20);
            }
        }
    }

    private Color colour(String code) {
        return scale == null ? Color.web("#1f5fbf") : scale.color(code);
    }

    private void drawShapes(GraphicsContext g) {
        if (shapes.isEmpty()) {
            return;
        }
        g.setLineWidth(0.8);
        for (DistrictEntry d : districts) {
            List<double[]> rings = shapes.get(d.code());
            if (rings == null || offScreen(shapeBoxes.get(d.code()))) {
                continue;
            }
            boolean on = highlight == null || highlight.contains(d.code());
            Color c = on ? colour(d.code()) : FADED;
            g.setFill(c.deriveColor(0, 1, 1, on ? 0.55 : 0.35));
            g.setStroke(c.darker());
            g.beginPath();
            for (double[] ring : rings) {
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    double sx = transform.screenX(ring[i]);
                    double sy = transform.screenY(ring[i + 1]);
                    if (i == 0) {
                        g.moveTo(sx, sy);
                    } else {
                        g.lineTo(sx, sy);
                    }
                }
                g.closePath();
            }
            g.fill();
            g.stroke();
        }
    }

    private void dot(GraphicsContext g, DistrictEntry d, double r, Color fill, Color stroke) {
        double x = transform.screenX(d.x());
        double y = transform.screenY(d.y());
        if (x < -r || y < -r || x > canvas.getWidth() + r || y > canvas.getHeight() + r) {
            return;
        }
        g.setFill(fill);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        if (stroke != null) {
            g.setStroke(stroke);
            g.setLineWidth(0.8);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private void labels(GraphicsContext g, Iterable<DistrictEntry> ds, double r) {
        Font f = Font.font(getFont().getFamily(), FontWeight.BOLD, getFont().getSize() * 0.9);
        g.setFont(f);
        g.setLineWidth(3);
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        measure.setFont(f);
        // the selected and hovered districts are named first, then by name, so the same map always shows the same names
        List<DistrictEntry> ordered = new java.util.ArrayList<>();
        ds.forEach(ordered::add);
        ordered.sort(java.util.Comparator.comparing((DistrictEntry d) -> !d.code().equals(selected))
                .thenComparing(d -> !d.code().equals(hovered)).thenComparing(DistrictEntry::name));
        List<LabelPlacer.Wanted> wanted = new java.util.ArrayList<>();
        for (DistrictEntry d : ordered) {
            measure.setText(d.name());
            javafx.geometry.Bounds b = measure.getLayoutBounds();
            wanted.add(new LabelPlacer.Wanted(d.name(), transform.screenX(d.x()), transform.screenY(d.y()), r, b.getWidth(),
                    b.getHeight()));
        }
        for (LabelPlacer.Placed p : new LabelPlacer(canvas.getWidth(), canvas.getHeight()).place(wanted)) {
            g.setStroke(Color.WHITE);
            g.strokeText(p.text(), p.x(), p.baseline());
            g.setFill(Color.web("#1d232b"));
            g.fillText(p.text(), p.x(), p.baseline());
        }
    }

    private void mark(GraphicsContext g, String code, double r, Color c) {
        if (code == null) {
            return;
        }
        double[] p = screenPoint(code);
        if (p == null) {
            return;
        }
        g.setStroke(c);
        g.setLineWidth(2.5);
        g.strokeOval(p[0] - r, p[1] - r, 2 * r, 2 * r);
    }

    private Font getFont() {
        return tip.getFont();
    }
}
