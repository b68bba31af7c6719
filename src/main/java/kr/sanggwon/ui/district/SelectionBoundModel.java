package kr.sanggwon.ui.district;

import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sanggwon.ui.shell.ScreenModel;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * A view model that shows one value computed for the selected district and industry: it reloads in the background
 * when either changes or new data is imported, and offers the industry choices for the screen's picker.
 */
public abstract class SelectionBoundModel<T> implements ScreenModel {
    protected final UiContext ctx;
    private final AsyncValue<T> value;
    private final ObservableList<IndustryOption> industries = FXCollections.observableArrayList();
    private final ChangeListener<Object> reload = (o, a, b) -> reload();
    private final ChangeListener<Number> dataChanged = (o, a, b) -> {
        loadIndustries();
        reload();
    };
    private int loadedVersion = -1;
    private String loadedKey;

    protected SelectionBoundModel(UiContext ctx) {
        this.ctx = ctx;
        this.value = new AsyncValue<>(ctx.tasks());
        ctx.selection().districtProperty().addListener(reload);
        ctx.selection().industryProperty().addListener(reload);
        ctx.dataVersionProperty().addListener(dataChanged);
    }

    /** The value for a district and an industry (null = all industries); runs off the FX thread. */
    protected abstract T compute(String district, String industry) throws Exception;

    /** Loads what is stale: called when the screen is shown. */
    @Override
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
            value.clear();
            return;
        }
        value.load(() -> compute(code, industry));
    }

    private String key() {
        return ctx.selection().district() + "|" + ctx.selection().industry();
    }

    private void loadIndustries() {
        ctx.tasks().execute(BackgroundTask.of(() -> IndustryOption.list(ctx.app().reference().industries(), true))
                .onSuccess(industries::setAll));
    }

    protected AsyncValue<T> value() {
        return value;
    }

    public ObservableList<IndustryOption> industries() {
        return industries;
    }

    public UiContext context() {
        return ctx;
    }

    @Override
    public void dispose() {
        ctx.selection().districtProperty().removeListener(reload);
        ctx.selection().industryProperty().removeListener(reload);
        ctx.dataVersionProperty().removeListener(dataChanged);
    }
}
