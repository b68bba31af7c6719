package kr.sanggwon.ui.compare;

import kr.sanggwon.ui.shell.ScreenModel;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import kr.sanggwon.common.Messages;
import kr.sanggwon.compare.CompareService;
import kr.sanggwon.compare.Comparison;
import kr.sanggwon.district.Metric;
import kr.sanggwon.search.SearchHit;
import kr.sanggwon.ui.district.AsyncValue;
import kr.sanggwon.ui.district.IndustryOption;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * State of 상권 비교: the industry and the 2–4 districts to compare (the shared selection), the comparison result,
 * the metric of the overlaid trend chart, and adding districts by code or name.
 */
public final class CompareViewModel implements ScreenModel {
    public static final String SCREEN = "compare";

    private final UiContext ctx;
    private final AsyncValue<Comparison> comparison;
    private final ObservableList<IndustryOption> industries = FXCollections.observableArrayList();
    private final ObjectProperty<Metric> trendMetric = new SimpleObjectProperty<>(this, "trendMetric", Metric.SALES);
    private final StringProperty message = new SimpleStringProperty(this, "message");
    private final ChangeListener<Object> reload = (o, a, b) -> reload();
    private final ListChangeListener<String> listChanged = c -> reload();
    private final ChangeListener<Number> dataChanged = (o, a, b) -> {
        loadIndustries();
        reload();
    };
    private int loadedVersion = -1;
    private String loadedKey;

    public CompareViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.comparison = new AsyncValue<>(ctx.tasks());
        ctx.selection().industryProperty().addListener(reload);
        ctx.selection().compareDistricts().addListener(listChanged);
        ctx.dataVersionProperty().addListener(dataChanged);
    }

    @Override
    public void refreshIfStale() {
        if (industries.isEmpty() || loadedVersion != ctx.dataVersion()) {
            loadIndustries();
        }
        if (loadedVersion != ctx.dataVersion() || !key().equals(loadedKey)) {
            reload();
        }
    }

    private String key() {
        return ctx.selection().industry() + "|" + ctx.selection().compareDistricts();
    }

    public void reload() {
        loadedVersion = ctx.dataVersion();
        loadedKey = key();
        String industry = ctx.selection().industry();
        List<String> codes = List.copyOf(ctx.selection().compareDistricts());
        if (industry == null) {
            comparison.clear();
            message.set(Messages.get("compare.ui.pickIndustry"));
        } else if (codes.size() < CompareService.MIN) {
            comparison.clear();
            message.set(Messages.get("compare.ui.pickDistricts", CompareService.MIN, CompareService.MAX));
        } else {
            message.set(null);
            comparison.load(() -> ctx.app().compare().compare(industry, codes));
        }
    }

    private void loadIndustries() {
        ctx.tasks().execute(BackgroundTask.of(() -> IndustryOption.list(ctx.app().reference().industries(), false))
                .onSuccess(industries::setAll));
    }

    /** Adds a district by its code or (best match of) its name; at most {@link CompareService#MAX}. */
    public void add(String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return;
        }
        if (ctx.selection().compareDistricts().size() >= CompareService.MAX) {
            message.set(Messages.get("compare.error.count", CompareService.MIN, CompareService.MAX,
                    ctx.selection().compareDistricts().size() + 1));
            return;
        }
        ctx.tasks().execute(BackgroundTask.of(() -> {
            List<SearchHit> hits = ctx.app().districtCatalog().search().search(q, 1);
            return hits.isEmpty() ? null : hits.get(0).entry().code();
        }).onSuccess(code -> {
            if (code == null) {
                message.set(Messages.get("compare.ui.notFound", q));
            } else if (!ctx.selection().compareDistricts().contains(code)) {
                ctx.selection().compareDistricts().add(code);
            }
        }));
    }

    public void addCurrent() {
        String code = ctx.selection().district();
        if (code != null && !ctx.selection().compareDistricts().contains(code)
                && ctx.selection().compareDistricts().size() < CompareService.MAX) {
            ctx.selection().compareDistricts().add(code);
        }
    }

    public void remove(String code) {
        ctx.selection().compareDistricts().remove(code);
    }

    /** Opens one of the compared districts on 상권 현황. */
    public void open(String code) {
        ctx.selection().setDistrict(code);
        ctx.navigator().show("dashboard");
    }

    public AsyncValue<Comparison> comparison() {
        return comparison;
    }

    public ObservableList<IndustryOption> industries() {
        return industries;
    }

    public ObjectProperty<Metric> trendMetricProperty() {
        return trendMetric;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public UiContext context() {
        return ctx;
    }

    @Override
    public void dispose() {
        ctx.selection().industryProperty().removeListener(reload);
        ctx.selection().compareDistricts().removeListener(listChanged);
        ctx.dataVersionProperty().removeListener(dataChanged);
    }
}
