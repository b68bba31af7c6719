package kr.sanggwon.ui.district;

import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sanggwon.district.DistrictSnapshot;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * State of 상권 현황: the snapshot of the selected district (and industry), reloaded when the selection or the data
 * changes, and the industry list for the picker. All queries run through the task runner.
 */
public final class DashboardViewModel {
    public static final String SCREEN = "dashboard";

    private final UiContext ctx;
    private final AsyncValue<DistrictSnapshot> snapshot;
    private final ObservableList<IndustryOption> industries = FXCollections.observableArrayList();
    private final ChangeListener<Object> reload = (o, a, b) -> reload();
    private final ChangeListener<Number> dataChanged = (o, a, b) -> {
        loadIndustries();
        reload();
    };
    private int loadedVersion = -1;
    private String loadedKey;

    public DashboardViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.snapshot = new AsyncValue<>(ctx.tasks());
        ctx.selection().districtProperty().addListener(reload);
        ctx.selection().industryProperty().addListener(reload);
        ctx.dataVersionProperty().addListener(dataChanged);
    }

    /** Loads what is stale: called when the screen is shown. */
    public void refreshIfStale() {
        if (industries.isEmpty() || loadedVersion != ctx.dataVersion()) {
            loadIndustries();
        }
        if (loadedVersion != ctx.dataVersion() || !key().equals(loadedKey)) {
            reload();
        }
    }

    public void reload() {
        loadedVersion = ctx.dataVersion();
        loadedKey = key();
        String code = ctx.selection().district();
        String industry = ctx.selection().industry();
        if (code == null) {
            snapshot.clear();
            return;
        }
        snapshot.load(() -> ctx.app().districts().snapshot(code, industry));
    }

    private String key() {
        return ctx.selection().district() + "|" + ctx.selection().industry();
    }

    private void loadIndustries() {
        ctx.tasks().execute(BackgroundTask.of(() -> IndustryOption.list(ctx.app().reference().industries(), true))
                .onSuccess(list -> industries.setAll(list)));
    }

    public AsyncValue<DistrictSnapshot> snapshot() {
        return snapshot;
    }

    public ObservableList<IndustryOption> industries() {
        return industries;
    }

    public UiContext context() {
        return ctx;
    }

    /** Adds the shown district to the comparison list and opens 상권 비교. */
    public void addToCompare() {
        String code = ctx.selection().district();
        if (code != null && !ctx.selection().compareDistricts().contains(code)
                && ctx.selection().compareDistricts().size() < kr.sanggwon.district.CompareService.MAX) {
            ctx.selection().compareDistricts().add(code);
        }
        ctx.navigator().show("compare");
    }

    public void dispose() {
        ctx.selection().districtProperty().removeListener(reload);
        ctx.selection().industryProperty().removeListener(reload);
        ctx.dataVersionProperty().removeListener(dataChanged);
    }

}
