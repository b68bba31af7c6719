package kr.sanggwon.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import kr.sanggwon.search.DistrictEntry;

/**
 * Draws a {@link MapModel} on a canvas: boundaries, district dots coloured by the scale, names (placed by
 * {@link LabelPlacer}), the selected and hovered rings, shops and the walking-radius circle. Every colour comes from
 * the {@link MapPalette} (the stylesheet's looked-up colours).
 */
final class MapPainter {
    /** At most this many emphasised districts are named on the map. */
    private static final int LABEL_LIMIT = 25;

    private final Canvas canvas;
    private MapPalette palette;

    MapPainter(Canvas canvas, MapPalette palette) {
        this.canvas = canvas;
        this.palette = palette;
    }

    void setPalette(MapPalette palette) {
        this.palette = palette;
    }

    /** Paints the whole map; {@code font} is the map's text font (names are drawn bold, a little smaller). */
    void paint(MapModel m, Font font) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        m.setView(w, h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(color(MapPalette.BACKGROUND));
        g.fillRect(0, 0, w, h);
        if (m.districts.isEmpty()) {
            return;
        }
        shapes(g, m);
        double r = Math.max(2.5, Math.min(8, 2.8 * Math.sqrt(m.transform.zoom())));
        Map<String, DistrictEntry> front = new HashMap<>();
        for (DistrictEntry d : m.districts) {
            if (m.emphasised(d.code())) {
                front.put(d.code(), d);
            } else {
                dot(g, m, d, r * 0.7, color(MapPalette.FADED), null);
            }
        }
        for (DistrictEntry d : front.values()) {
            dot(g, m, d, r, districtColor(m, d.code()), color(MapPalette.OUTLINE));
        }
        if (m.highlight != null && front.size() <= LABEL_LIMIT) {
            labels(g, m, front.values(), r, font);
        }
        ring(g, m, m.selected, r + 4, color(MapPalette.SELECTED));
        ring(g, m, m.hovered, r + 3, color(MapPalette.HOVERED));
        markers(g, m);
    }

    private Color color(String name) {
        return palette.color(name);
    }

    private Color districtColor(MapModel m, String code) {
        return color(m.scale == null ? MapPalette.DOT : m.scale.color(code));
    }

    private void shapes(GraphicsContext g, MapModel m) {
        if (m.shapes.isEmpty()) {
            return;
        }
        g.setLineWidth(0.8);
        for (DistrictEntry d : m.districts) {
            List<double[]> rings = m.shapes.get(d.code());
            if (rings == null || m.offScreen(m.shapeBoxes.get(d.code()))) {
                continue;
            }
            boolean on = m.emphasised(d.code());
            Color c = on ? districtColor(m, d.code()) : color(MapPalette.FADED);
            g.setFill(c.deriveColor(0, 1, 1, on ? 0.55 : 0.35));
            g.setStroke(c.darker());
            g.beginPath();
            for (double[] ring : rings) {
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    double sx = m.transform.screenX(ring[i]);
                    double sy = m.transform.screenY(ring[i + 1]);
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

    private void dot(GraphicsContext g, MapModel m, DistrictEntry d, double r, Color fill, Color stroke) {
        double x = m.transform.screenX(d.x());
        double y = m.transform.screenY(d.y());
        if (x < -r || y < -r || x > m.width + r || y > m.height + r) {
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

    private void labels(GraphicsContext g, MapModel m, Iterable<DistrictEntry> ds, double r, Font font) {
        Font f = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize() * 0.9);
        g.setFont(f);
        g.setLineWidth(3);
        Text measure = new Text();
        measure.setFont(f);
        // the selected and hovered districts are named first, then by name, so the same map always shows the same names
        List<DistrictEntry> ordered = new ArrayList<>();
        ds.forEach(ordered::add);
        ordered.sort(Comparator.comparing((DistrictEntry d) -> !d.code().equals(m.selected))
                .thenComparing(d -> !d.code().equals(m.hovered)).thenComparing(DistrictEntry::name));
        List<LabelPlacer.Wanted> wanted = new ArrayList<>();
        for (DistrictEntry d : ordered) {
            measure.setText(d.name());
            Bounds b = measure.getLayoutBounds();
            wanted.add(new LabelPlacer.Wanted(d.name(), m.transform.screenX(d.x()), m.transform.screenY(d.y()), r,
                    b.getWidth(), b.getHeight()));
        }
        for (LabelPlacer.Placed p : new LabelPlacer(m.width, m.height).place(wanted)) {
            g.setStroke(color(MapPalette.LABEL_HALO));
            g.strokeText(p.text(), p.x(), p.baseline());
            g.setFill(color(MapPalette.LABEL));
            g.fillText(p.text(), p.x(), p.baseline());
        }
    }

    private void ring(GraphicsContext g, MapModel m, String code, double r, Color c) {
        double[] p = m.screenPoint(code);
        if (p == null) {
            return;
        }
        g.setStroke(c);
        g.setLineWidth(2.5);
        g.strokeOval(p[0] - r, p[1] - r, 2 * r, 2 * r);
    }

    private void markers(GraphicsContext g, MapModel m) {
        if (m.ring != null) {
            double cx = m.transform.screenX(m.ring[0]);
            double cy = m.transform.screenY(m.ring[1]);
            double rr = Math.abs(m.transform.screenX(m.ring[0] + m.ring[2]) - cx);
            Color circle = color(MapPalette.CIRCLE);
            g.setFill(circle.deriveColor(0, 1, 1, 0.07));
            g.fillOval(cx - rr, cy - rr, 2 * rr, 2 * rr);
            g.setStroke(circle);
            g.setLineWidth(1.5);
            g.setLineDashes(6, 4);
            g.strokeOval(cx - rr, cy - rr, 2 * rr, 2 * rr);
            g.setLineDashes();
        }
        // competitors first, the new shop last (on top)
        for (MapMarker.Kind kind : List.of(MapMarker.Kind.RIVAL, MapMarker.Kind.OWN, MapMarker.Kind.NEW)) {
            for (MapMarker k : m.markers) {
                if (k.kind() == kind) {
                    marker(g, m, k);
                }
            }
        }
    }

    private void marker(GraphicsContext g, MapModel m, MapMarker k) {
        double x = m.transform.screenX(k.x());
        double y = m.transform.screenY(k.y());
        g.setLineWidth(1.5);
        g.setStroke(color(MapPalette.MARKER_EDGE));
        switch (k.kind()) {
            case RIVAL -> {
                g.setFill(color(MapPalette.RIVAL));
                g.fillOval(x - 4.5, y - 4.5, 9, 9);
                g.strokeOval(x - 4.5, y - 4.5, 9, 9);
            }
            case OWN -> {
                g.setFill(color(MapPalette.OWN_SHOP));
                g.fillRect(x - 6, y - 6, 12, 12);
                g.strokeRect(x - 6, y - 6, 12, 12);
            }
            case NEW -> {
                g.setFill(color(MapPalette.NEW_SHOP));
                g.fillOval(x - 8, y - 8, 16, 16);
                g.setLineWidth(2.5);
                g.strokeOval(x - 8, y - 8, 16, 16);
                g.setStroke(color(MapPalette.SELECTED));
                g.setLineWidth(1);
                g.strokeOval(x - 10, y - 10, 20, 20);
            }
        }
    }
}
