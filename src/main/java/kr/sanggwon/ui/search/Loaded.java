package kr.sanggwon.ui.search;

import java.util.List;
import java.util.Map;
import kr.sanggwon.search.DistrictSearch;
import kr.sanggwon.search.MapMetric;
import kr.sanggwon.search.MetricValues;
import kr.sanggwon.ui.map.MapData;
import kr.sanggwon.ui.shell.UiContext;

/** What the search screen reads in one background step: catalog, table metrics, the shown metric, boundaries. */
record Loaded(DistrictSearch search, MetricValues stores, MetricValues salesPerStore, MetricValues shown,
              Map<String, List<double[]>> shapes) {
    static Loaded read(UiContext ctx, MapMetric shownMetric) throws Exception {
        DistrictSearch search = ctx.app().districtCatalog().search();
        MetricValues stores = ctx.app().mapMetrics().load(MapMetric.STORES);
        MetricValues sales = ctx.app().mapMetrics().load(MapMetric.SALES_PER_STORE);
        MetricValues shown = switch (shownMetric) {
            case STORES -> stores;
            case SALES_PER_STORE -> sales;
            default -> ctx.app().mapMetrics().load(shownMetric);
        };
        Map<String, List<double[]>> shapes = MapData.shapes(ctx.app());
        return new Loaded(search, stores, sales, shown, shapes);
    }
}
