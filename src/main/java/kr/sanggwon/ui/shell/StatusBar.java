package kr.sanggwon.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ingest.DataStatus;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * Bottom line: data vintage (latest quarter), what is loaded, import state, estimate-model training (progress and
 * cancel, or how the last training ended), data folder. Refreshes on data changes.
 */
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
        var db = ctx.app().database();
        folder.setText(db.embedded() ? Messages.get("ui.status.folder", db.folder().toString())
                : Messages.get("settings.db.inUseServer", db.location().safeUrl()));
        importState.textProperty().bind(ctx.dataState().statusProperty());
        // when the window is narrow, the data folder gives way first; the rest keeps its text
        for (Label l : new Label[] {vintage, contents, importState}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        folder.setMinWidth(0);
        folder.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);   // keep the folder's own name
        folder.setTooltip(new Tooltip(folder.getText()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        box.getChildren().addAll(vintage, contents, spacer, importState, elsewhereNotice(ctx.dataState()),
                training(ctx.retrainer()), trainNotice(ctx.retrainer()), folder);
        ctx.dataVersionProperty().addListener((o, a, b) -> refresh());
    }

    /** "예상 매출 모델 학습 중… 42%" with a small bar and a 취소 link; shown while the retrainer runs. */
    private static Region training(ModelRetrainer retrainer) {
        Label text = new Label();
        text.setId("status-training");
        text.getStyleClass().add(Styles.STATUS_BUSY);
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            double p = retrainer.progressProperty().get();
            return Messages.get("estimate.retrain.running", p < 0 ? "" : Math.round(p * 100) + "%");
        }, retrainer.progressProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(retrainer.progressTextProperty());
        text.setTooltip(tip);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(90);
        bar.progressProperty().bind(retrainer.progressProperty());
        Hyperlink cancel = new Hyperlink(Messages.get("estimate.retrain.cancel"));
        cancel.setId("status-training-cancel");
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> retrainer.cancel());
        text.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, text, bar, cancel);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(retrainer.runningProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** "다른 곳에서 데이터가 바뀌어 다시 읽었습니다 (14:32)": shown after another app instance changed a shared database. */
    private static Label elsewhereNotice(DataState data) {
        Label l = new Label();
        l.setId("status-data-elsewhere");
        l.getStyleClass().add(Styles.STATUS_ITEM);
        l.setMinWidth(Region.USE_PREF_SIZE);
        data.lastChangeProperty().addListener((o, a, change) -> l.setText(
                change != null && change.cause() == kr.sanggwon.store.DataVersionService.Cause.ELSEWHERE
                        ? Messages.get("ui.status.changedElsewhere",
                                java.time.LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")))
                        : ""));
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** How the last training ended ("모델 갱신됨 14:32 (3.2초)"); hidden while training or before the first. */
    private static Label trainNotice(ModelRetrainer retrainer) {
        Label l = new Label();
        l.setId("status-training-notice");
        l.getStyleClass().add(Styles.STATUS_ITEM);
        l.textProperty().bind(retrainer.noticeProperty());
        l.setMinWidth(0);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(retrainer.noticeDetailProperty());
        l.setTooltip(tip);
        l.visibleProperty().bind(retrainer.noticeProperty().isNotEmpty().and(retrainer.runningProperty().not()));
        l.managedProperty().bind(l.visibleProperty());
        return l;
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
        // the same reference quarter as 상권 현황's: the latest quarter of sales/store data, else of any data (said so)
        boolean salesOrStores = s.latestQuarter() != null && s.latestQuarter() > 0;
        vintage.setText(latest == null ? Messages.get("ui.status.noData")
                : Messages.get(salesOrStores ? "ui.status.vintage" : "ui.status.vintageOther", Formats.quarter(latest)));
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
