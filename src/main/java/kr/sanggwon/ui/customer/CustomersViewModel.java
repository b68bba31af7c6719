package kr.sanggwon.ui.customer;

import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sanggwon.customer.CustomerProfile;
import kr.sanggwon.ui.district.AsyncValue;
import kr.sanggwon.ui.district.IndustryOption;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/** State of 고객 분석: the customer profile of the selected district and industry, reloaded on selection/data changes. */
public final class CustomersViewModel {
    public static final String SCREEN = "customers";

    private final UiContext ctx;
    private final AsyncValue<CustomerProfile> profile;
    private final ObservableList<IndustryOption> industries = FXCollections.observableArrayList();
    private final ChangeListener<Object> reload = (o, a, b) -> reload();
    private final ChangeListener<Number> dataChanged = (o, a, b) -> {
        loadIndustries();
        reload();
    };
    private int loadedVersion = -1;
    private String loadedKey;

    public CustomersViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.profile = new AsyncValue<>(ctx.tasks());
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

    public void reload() {
        loadedVersion = ctx.dataVersion();
        loadedKey = key();
        String code = ctx.selection().district();
        String industry = ctx.selection().industry();
        if (code == null) {
            profile.clear();
            return;
        }
        profile.load(() -> ctx.app().customers().profile(code, industry));
    }

    private String key() {
        return ctx.selection().district() + "|" + ctx.selection().industry();
    }

    private void loadIndustries() {
        ctx.tasks().execute(BackgroundTask.of(() -> IndustryOption.list(ctx.app().reference().industries(), true))
                .onSuccess(industries::setAll));
    }

    public AsyncValue<CustomerProfile> profile() {
        return profile;
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
