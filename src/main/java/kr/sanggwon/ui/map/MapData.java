package kr.sanggwon.ui.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Level;
import kr.sanggwon.geo.DistrictPolygon;
import kr.sanggwon.search.DistrictEntry;

/** What a district map draws: the districts with their points, and the 상권 boundaries simplified for drawing. */
public record MapData(List<DistrictEntry> entries, Map<String, List<double[]>> shapes) {
    /** Boundary points closer than this (TM metres) are dropped for drawing. */
    private static final double SIMPLIFY_METRES = 4;

    /** Reads both; call off the FX thread. */
    public static MapData load(AppContext app) {
        return new MapData(app.districtCatalog().search().entries(), shapes(app));
    }

    /** The 상권 boundaries by code, each ring simplified for drawing. */
    public static Map<String, List<double[]>> shapes(AppContext app) {
        Map<String, List<double[]>> shapes = new HashMap<>();
        for (DistrictPolygon p : app.districtShapes().loadLevel(Level.TRDAR.code())) {
            shapes.put(p.code(), p.rings().stream().map(r -> RingSimplifier.simplify(r, SIMPLIFY_METRES)).toList());
        }
        return shapes;
    }
}
