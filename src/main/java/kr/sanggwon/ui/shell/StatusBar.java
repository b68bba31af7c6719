package kr.sanggwon.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ingest.DataStatus;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.task.BackgroundTask;

/** Bottom line: data vintage (latest quarter), what is loaded, import state, data folder. Refreshes on data changes. */
final class StatusBar {
    private final HBox box = new HBox();
    private final Label vintage = new Label(Messages.get("ui.status.loading"));
    private final Label contents = new Label();
    private final Label importState = new Label();
    private final Label folder = new Label();
    private final UiContext ctx;

    StatusBar(UiContext ctx) {
        this.ctx = ctx;
        box.getStyleClass().add(Styles.STATUS_BAR);
        vintage.setId("status-vintage");
        importState.setId("status-import");
        vintage.getStyleClass().add(Styles.STATUS_ITEM);
        contents.getStyleClass().add(Styles.STATUS_ITEM);
        importState.getStyleClass().add(Styles.STATUS_BUSY);
        folder.getStyleClass().add(Styles.STATUS_ITEM);
        folder.setText(Messages.get("ui.status.folder", ctx.app().database().folder().toString()));
        importState.textProperty().bind(ctx.importStatusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        box.getChildren().addAll(vintage, contents, spacer, importState, folder);
        ctx.dataVersionProperty().addListener((o, a, b) -> refresh());
    }

    Region view() {
        return box;
    }

    void refresh() {
        ctx.tasks().execute(BackgroundTask.of(() -> ctx.app().dataStatus().snapshot())
                .onSuccess(this::show)
                .onFailure(e -> vintage.setText(Messages.get("ui.status.unavailable"))));
    }

    private void show(DataStatus.Snapshot s) {
        Integer latest = latestQuarter(s);
        vintage.setText(latest == null ? Messages.get("ui.status.noData") : Messages.get("ui.status.vintage", Formats.quarter(latest)));
        contents.setText(Messages.get("ui.status.contents", s.districtsTrdar(), s.districtsAdstrd(), s.industries()));
    }

    /** The latest sales/stores quarter, else the latest quarter of any dataset. */
    static Integer latestQuarter(DataStatus.Snapshot s) {
        if (s.latestQuarter() != null && s.latestQuarter() > 0) {
            return s.latestQuarter();
        }
        return s.tables().stream().map(DataStatus.TableStatus::maxQuarter).filter(q -> q != null && q > 0)
                .max(Integer::compare).orElse(null);
    }
}
