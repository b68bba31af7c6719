package kr.sanggwon.ui.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.geo.DistrictPolygon;
import kr.sanggwon.search.DistrictSearch;
import kr.sanggwon.search.MapMetric;
import kr.sanggwon.search.MetricValues;
import kr.sanggwon.ui.map.RingSimplifier;
import kr.sanggwon.ui.shell.UiContext;

/** What the search screen reads in one background step: catalog, table metrics, the shown metric, boundaries. */
record Loaded(DistrictSearch search, MetricValues stores, MetricValues salesPerStore, MetricValues shown,
              Map<String, List<double[]>> shapes) {
    /** Boundary points closer than this (TM metres) are dropped for drawing. */
    private static final double SIMPLIFY_METRES = 4;

    static Loaded read(UiContext ctx, MapMetric shownMetric) throws Exception {
        DistrictSearch search = ctx.app().districtCatalog().search();
        MetricValues stores = ctx.app().mapMetrics().load(MapMetric.STORES);
        MetricValues sales = ctx.app().mapMetrics().load(MapMetric.SALES_PER_STORE);
        MetricValues shown = switch (shownMetric) {
            case STORES -> stores;
            case SALES_PER_STORE -> sales;
            default -> ctx.app().mapMetrics().load(shownMetric);
        };
        Map<String, List<double[]>> shapes = new HashMap<>();
        for (DistrictPolygon p : ctx.app().districtShapes().loadLevel('T')) {
            shapes.put(p.code(), p.rings().stream().map(r -> RingSimplifier.simplify(r, SIMPLIFY_METRES)).toList());
        }
        return new Loaded(search, stores, sales, shown, shapes);
    }
}
