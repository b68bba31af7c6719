package kr.sanggwon.ui.health;

import javafx.beans.value.ChangeListener;
import kr.sanggwon.health.HealthReport;
import kr.sanggwon.ui.district.AsyncValue;
import kr.sanggwon.ui.shell.UiContext;

/** State of 데이터 점검: the health report of the current data, recomputed after every import. */
public final class HealthViewModel {
    public static final String SCREEN = "health";

    private final UiContext ctx;
    private final AsyncValue<HealthReport> report;
    private final ChangeListener<Number> dataChanged = (o, a, b) -> reload();
    private int loadedVersion = -1;

    public HealthViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.report = new AsyncValue<>(ctx.tasks());
        ctx.dataVersionProperty().addListener(dataChanged);
    }

    public void refreshIfStale() {
        if (loadedVersion != ctx.dataVersion() || report.get() == null) {
            reload();
        }
    }

    public void reload() {
        loadedVersion = ctx.dataVersion();
        report.load(() -> ctx.app().dataHealth().report());
    }

    /** Opens a district named in the report on 상권 현황. */
    public void open(String code) {
        ctx.selection().setDistrict(code);
        ctx.navigator().show("dashboard");
    }

    public AsyncValue<HealthReport> report() {
        return report;
    }

    public UiContext context() {
        return ctx;
    }

    public void dispose() {
        ctx.dataVersionProperty().removeListener(dataChanged);
    }
}
