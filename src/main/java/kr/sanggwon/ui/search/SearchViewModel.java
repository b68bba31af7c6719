package kr.sanggwon.ui.search;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sanggwon.search.DistrictEntry;
import kr.sanggwon.search.DistrictSearch;
import kr.sanggwon.search.MapMetric;
import kr.sanggwon.search.MetricValues;
import kr.sanggwon.search.SearchHit;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * State of 상권 찾기: the query, the filtered results, the map metric and its values. Loads the catalog and metrics
 * off the FX thread once, again after every data change; filtering as you type is in memory.
 */
public final class SearchViewModel {
    /**
     * Whether the district catalog is there yet: LOADING until a load has finished (so an empty table then means
     * "still loading", not "no districts"), READY once read (the data may still have no districts), FAILED if reading
     * failed.
     */
    public enum CatalogState { LOADING, READY, FAILED }

    public static final String SCREEN = "search";
    private static final int LIMIT = 5000;

    private final UiContext ctx;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchRow> results = FXCollections.observableArrayList();
    private final ObjectProperty<List<DistrictEntry>> districts = new SimpleObjectProperty<>(this, "districts", List.of());
    private final ObjectProperty<Set<String>> highlight = new SimpleObjectProperty<>(this, "highlight");
    private final ObjectProperty<MapMetric> metric = new SimpleObjectProperty<>(this, "metric", MapMetric.STORES);
    private final ObjectProperty<MetricValues> metricValues = new SimpleObjectProperty<>(this, "metricValues");
    private final ObjectProperty<Map<String, List<double[]>>> shapes = new SimpleObjectProperty<>(this, "shapes", Map.of());
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private final ObjectProperty<CatalogState> catalogState = new SimpleObjectProperty<>(this, "catalogState", CatalogState.LOADING);
    private final Map<MapMetric, MetricValues> metricCache = new EnumMap<>(MapMetric.class);
    private final ChangeListener<Number> onDataChanged = (o, a, b) -> load();
    private DistrictSearch search = new DistrictSearch(List.of());
    private MetricValues stores = MetricValues.empty(MapMetric.STORES);
    private MetricValues salesPerStore = MetricValues.empty(MapMetric.SALES_PER_STORE);
    private int loadedVersion = -1;

    public SearchViewModel(UiContext ctx) {
        this.ctx = ctx;
        ctx.preferences().screenSetting(SCREEN, "metric").ifPresent(m -> {
            try {
                metric.set(MapMetric.valueOf(m));
            } catch (IllegalArgumentException ignored) {
                // a metric of an older version: keep the default
            }
        });
        query.addListener((o, a, b) -> refilter());
        metric.addListener((o, a, b) -> {
            ctx.preferences().setScreenSetting(SCREEN, "metric", b.name());
            showMetric(b);
        });
        ctx.dataVersionProperty().addListener(onDataChanged);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchRow> results() {
        return results;
    }

    /** All districts with a point (for the map). */
    public ObjectProperty<List<DistrictEntry>> districtsProperty() {
        return districts;
    }

    /** Codes matching the query (map emphasis); null when the query is empty. */
    public ObjectProperty<Set<String>> highlightProperty() {
        return highlight;
    }

    public ObjectProperty<MapMetric> metricProperty() {
        return metric;
    }

    public ObjectProperty<MetricValues> metricValuesProperty() {
        return metricValues;
    }

    public ObjectProperty<Map<String, List<double[]>>> shapesProperty() {
        return shapes;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<CatalogState> catalogStateProperty() {
        return catalogState;
    }

    public int total() {
        return search.size();
    }

    /** Latest quarter of the store counts shown in the table (null if none). */
    public Integer storesQuarter() {
        return stores.quarter();
    }

    public Integer salesQuarter() {
        return salesPerStore.quarter();
    }

    /** Loads when first shown and whenever the data changed since. */
    public void loadIfStale() {
        if (loadedVersion != ctx.dataVersion()) {
            load();
        }
    }

    public void load() {
        int version = ctx.dataVersion();
        MapMetric wanted = metric.get();
        loading.set(true);
        catalogState.set(CatalogState.LOADING);
        ctx.tasks().execute(BackgroundTask.of(() -> Loaded.read(ctx, wanted))
                .onSuccess(l -> {
                    loadedVersion = version;
                    search = l.search();
                    stores = l.stores();
                    salesPerStore = l.salesPerStore();
                    metricCache.clear();
                    metricCache.put(MapMetric.STORES, l.stores());
                    metricCache.put(MapMetric.SALES_PER_STORE, l.salesPerStore());
                    metricCache.put(wanted, l.shown());
                    districts.set(search.entries());
                    shapes.set(l.shapes());
                    catalogState.set(CatalogState.READY);
                    refilter();
                    showMetric(metric.get());
                })
                .onFailure(e -> {
                    catalogState.set(CatalogState.FAILED);
                    ctx.dialogs().showError(e);
                })
                .onFinished(() -> loading.set(false)));
    }

    private void showMetric(MapMetric m) {
        MetricValues cached = metricCache.get(m);
        if (cached != null) {
            metricValues.set(cached);
            return;
        }
        ctx.tasks().execute(BackgroundTask.of(() -> ctx.app().mapMetrics().load(m)).onSuccess(v -> {
            metricCache.put(m, v);
            if (metric.get() == m) {
                metricValues.set(v);
            }
        }));
    }

    private void refilter() {
        String q = query.get() == null ? "" : query.get().trim();
        List<SearchHit> hits = search.search(q, LIMIT);
        results.setAll(hits.stream().map(h -> new SearchRow(h.entry(), stores.number(h.entry().code()),
                salesPerStore.number(h.entry().code()))).toList());
        if (q.isEmpty()) {
            highlight.set(null);
        } else {
            Set<String> codes = new HashSet<>();
            hits.forEach(h -> codes.add(h.entry().code()));
            highlight.set(codes);
        }
    }

    /** 창업 도우미, for an owner who starts without a district in mind. */
    public void openWizard() {
        ctx.navigator().show("wizard");
    }

    /** Opens the district's dashboard and makes it the current selection. */
    public void open(String code) {
        openIn(code, "dashboard");
    }

    /** Makes the district the current selection and shows another screen about it (e.g. 예상 매출). */
    public void openIn(String code, String screenId) {
        if (code == null) {
            return;
        }
        ctx.selection().setDistrict(code);
        ctx.navigator().show(screenId);
    }

    public void goToImport() {
        ctx.navigator().show("import");
    }

    public String selectedDistrict() {
        return ctx.selection().district();
    }

    public void dispose() {
        ctx.dataVersionProperty().removeListener(onDataChanged);
    }
}
