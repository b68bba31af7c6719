package kr.sanggwon.ui.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.sanggwon.search.DistrictEntry;

/**
 * What the district map shows and where: districts with their points and boundaries, the colour scale, the
 * emphasised, selected and hovered districts, markers, and the view transform; plus the geometric questions the
 * behaviour and the painter ask (which district is at a screen point, is a boundary off screen). No JavaFX nodes.
 */
final class MapModel {
    static final double HIT_RADIUS = 9;
    /** Search results up to this many are zoomed to; more show the whole city. */
    static final int FIT_LIMIT = 300;

    final MapTransform transform = new MapTransform();
    List<DistrictEntry> districts = List.of();
    Map<String, List<double[]>> shapes = Map.of();
    Map<String, double[]> shapeBoxes = Map.of();
    ColorScale scale;
    /** Districts to emphasise (search results); null = all. */
    Set<String> highlight;
    String selected;
    String hovered;
    List<MapMarker> markers = List.of();
    /** {x, y, radius} in TM metres, or null. */
    double[] ring;
    double width;
    double height;

    void setDistricts(List<DistrictEntry> all) {
        districts = all.stream().filter(DistrictEntry::hasPoint).toList();
        fitWorld();
    }

    void setShapes(Map<String, List<double[]>> byCode) {
        shapes = Map.copyOf(byCode);
        Map<String, double[]> boxes = new HashMap<>();
        byCode.forEach((code, rings) -> boxes.put(code, box(rings)));
        shapeBoxes = boxes;
    }

    void setHighlight(Set<String> codes) {
        highlight = codes;
        transform.setView(width, height);
        if (codes == null) {
            transform.reset();
        } else if (!codes.isEmpty() && codes.size() <= FIT_LIMIT) {
            fitToCodes(codes);
        }
    }

    /** The view is {@code w} × {@code h} pixels. */
    void setView(double w, double h) {
        width = w;
        height = h;
        transform.setView(w, h);
    }

    boolean emphasised(String code) {
        return highlight == null || highlight.contains(code);
    }

    DistrictEntry find(String code) {
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

    /** Screen position of a district's point, or null. */
    double[] screenPoint(String code) {
        DistrictEntry d = find(code);
        return d == null ? null : new double[] {transform.screenX(d.x()), transform.screenY(d.y())};
    }

    /** The district whose point is nearest within the hit radius, else the one whose boundary contains the point. */
    DistrictEntry districtAt(double sx, double sy) {
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
            if (!emphasised(d.code())) {
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
            if (!emphasised(d.code())) {
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

    /** The labelled marker within the hit radius of a screen point, or null. */
    MapMarker markerAt(double sx, double sy) {
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

    /** True when a boundary's box {minX, minY, maxX, maxY} lies outside the view. */
    boolean offScreen(double[] b) {
        return transform.screenX(b[2]) < 0 || transform.screenX(b[0]) > width
                || transform.screenY(b[1]) < 0 || transform.screenY(b[3]) > height;
    }

    private void fitToCodes(Set<String> codes) {
        double[] b = bounds(districts.stream().filter(d -> codes.contains(d.code())).toList());
        if (b[0] <= b[2]) {
            transform.fitTo(b[0], b[1], b[2], b[3]);
        }
    }

    private void fitWorld() {
        if (!districts.isEmpty()) {
            double[] b = bounds(districts);
            transform.setWorld(b[0], b[1], b[2], b[3]);
        }
    }

    private static double[] bounds(List<DistrictEntry> ds) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (DistrictEntry d : ds) {
            b[0] = Math.min(b[0], d.x());
            b[1] = Math.min(b[1], d.y());
            b[2] = Math.max(b[2], d.x());
            b[3] = Math.max(b[3], d.y());
        }
        return b;
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
}
