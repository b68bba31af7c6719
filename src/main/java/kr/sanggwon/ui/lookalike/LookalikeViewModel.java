package kr.sanggwon.ui.lookalike;

import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sanggwon.district.CompareService;
import kr.sanggwon.district.Lookalike;
import kr.sanggwon.ui.district.AsyncValue;
import kr.sanggwon.ui.district.IndustryOption;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/** State of 유사 상권 찾기: districts most similar to the selected one (for the selected industry). */
public final class LookalikeViewModel {
    public static final String SCREEN = "lookalike";
    public static final int TOP = 20;

    private final UiContext ctx;
    private final AsyncValue<Lookalike> result;
    private final ObservableList<IndustryOption> industries = FXCollections.observableArrayList();
    private final ChangeListener<Object> reload = (o, a, b) -> reload();
    private final ChangeListener<Number> dataChanged = (o, a, b) -> {
        loadIndustries();
        reload();
    };
    private int loadedVersion = -1;
    private String loadedKey;

    public LookalikeViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.result = new AsyncValue<>(ctx.tasks());
        ctx.selection().districtProperty().addListener(reload);
        ctx.selection().industryProperty().addListener(reload);
        ctx.dataVersionProperty().addListener(dataChanged);
    }

    public void refreshIfStale() {
        if (industries.isEmpty() || loadedVersion != ctx.dataVersion()) {
            loadIndustries();
        }
        if (loadedVersion != ctx.dataVersion() || !key().equals(loadedKey)) {
            reload();
        }
    }

    private String key() {
        return ctx.selection().district() + "|" + ctx.selection().industry();
    }

    public void reload() {
        loadedVersion = ctx.dataVersion();
        loadedKey = key();
        String code = ctx.selection().district();
        String industry = ctx.selection().industry();
        if (code == null) {
            result.clear();
            return;
        }
        result.load(() -> ctx.app().lookalike().similar(code, industry, TOP));
    }

    private void loadIndustries() {
        ctx.tasks().execute(BackgroundTask.of(() -> IndustryOption.list(ctx.app().reference().industries(), true))
                .onSuccess(industries::setAll));
    }

    public void open(String code) {
        ctx.selection().setDistrict(code);
        ctx.navigator().show("dashboard");
    }

    /** Compares the reference district with {@code code} (and keeps earlier picks, up to four). */
    public void compareWith(String code) {
        var list = ctx.selection().compareDistricts();
        String ref = ctx.selection().district();
        if (ref != null && !list.contains(ref)) {
            if (list.size() >= CompareService.MAX) {
                list.remove(0);
            }
            list.add(ref);
        }
        if (!list.contains(code)) {
            if (list.size() >= CompareService.MAX) {
                list.remove(0);
            }
            list.add(code);
        }
        ctx.navigator().show("compare");
    }

    public AsyncValue<Lookalike> result() {
        return result;
    }

    public ObservableList<IndustryOption> industries() {
        return industries;
    }

    public UiContext context() {
        return ctx;
    }

    public void dispose() {
        ctx.selection().districtProperty().removeListener(reload);
        ctx.selection().industryProperty().removeListener(reload);
        ctx.dataVersionProperty().removeListener(dataChanged);
    }
}
