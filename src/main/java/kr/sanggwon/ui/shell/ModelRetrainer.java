package kr.sanggwon.ui.shell;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.common.UserException;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.estimate.ModelStatus;
import kr.sanggwon.estimate.TrainedModel;
import kr.sanggwon.estimate.Trainer;
import kr.sanggwon.ui.task.BackgroundTask;
import kr.sanggwon.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of estimate-model training in the app (issue 5: "retrained in the background after an import").
 * Created once per window next to its {@link UiContext} and handed to it; all state lives on the FX thread. What it
 * trains is a {@link Models} (the estimate service in the app, a fake in tests).
 * <ul>
 *   <li>When {@linkplain #setAutomatic automatic}: checks at {@link #start()} (models missing or older than the data,
 *       e.g. after a CLI import between sessions) and whenever the {@link DataState} becomes idle after the data changed,
 *       and then trains in the background through the {@link kr.sanggwon.ui.task.TaskRunner}.</li>
 *   <li>Only one training at a time: {@link #train()} (the 예상 매출 screen's button) does nothing while one runs.</li>
 *   <li>A user's cancel is remembered for that data version, also across restarts (in the preferences, with the data
 *       folder): no automatic retraining until the data changes again (the button still trains).</li>
 *   <li>An import (or a reset to the sample) that starts during training cancels it: the model would be stale the
 *       moment the import lands, and the CPU is better spent on the import. Training starts again once the import
 *       queue is idle.</li>
 *   <li>A failed training is not retried automatically for the same data version either.</li>
 * </ul>
 * Screens observe {@link #runningProperty()}, {@link #progressProperty()} and {@link #outcomeProperty()}.
 */
public final class ModelRetrainer {
    private static final Logger LOG = LoggerFactory.getLogger(ModelRetrainer.class);
    private static final String CANCEL_SETTING = "cancelledTraining";

    /** How a training ended. */
    public enum Kind { TRAINED, CANCELLED, INTERRUPTED, FAILED }

    /** The end of one training; a new object each time, so listeners see every outcome. */
    public record Outcome(Kind kind, long dataVersion, String text, Trainer.Result result, Throwable error) {
    }

    /** The models the retrainer keeps fresh. Every method runs off the FX thread. */
    public interface Models {
        /** The data version now and whether training is due for it (a cheap check first, then the exact one). */
        Due due();

        /** The data version now: what a training started now learns from. */
        long dataVersion();

        /** Trains and stores the models (slow). */
        Trainer.Result train(Progress progress);

        /** The estimate models of {@code app}'s data folder. */
        static Models of(AppContext app) {
            return new Models() {
                @Override
                public Due due() {
                    EstimateService service = app.estimateService();
                    ModelStatus s = service.modelStatus();
                    return new Due(s.dataVersion(), service.retrainingDue(s));
                }

                @Override
                public long dataVersion() {
                    return app.estimateService().dataVersion();
                }

                @Override
                public Trainer.Result train(Progress progress) {
                    return app.estimateService().train(progress);
                }
            };
        }
    }

    /** Whether training is due at a data version. */
    public record Due(long dataVersion, boolean needsTraining) {
    }

    private final Models models;
    private final TaskRunner tasks;
    /** Null in tests without preferences: a cancel is then remembered for this session only. */
    private final DeskPreferences preferences;
    /** The data folder a remembered cancel applies to. */
    private final String folder;
    private final DataState data;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper noticeDetail = new ReadOnlyStringWrapper(this, "noticeDetail", "");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private boolean automatic;
    private BackgroundTask<Trainer.Result> task;
    private volatile long trainingVersion = -1;
    private long lastKnownVersion = -1;
    /** Data version at which the user cancelled (or training failed): no automatic training for it. */
    private long skipVersion = -1;
    private boolean dataChanged;
    private boolean checking;
    private boolean checkAgain;
    private boolean interruptedByImport;
    private int trainings;

    public ModelRetrainer(Models models, Path folder, TaskRunner tasks, DeskPreferences preferences, DataState data) {
        this.models = models;
        this.folder = folder.toAbsolutePath().toString();
        this.tasks = tasks;
        this.preferences = preferences;
        this.data = data;
        data.versionProperty().addListener((o, a, b) -> {
            dataChanged = true;
            if (importsIdle()) {
                check();
            }
        });
        data.busyProperty().addListener((o, wasBusy, busy) -> {
            if (busy && task != null) {
                interruptedByImport = true;
                task.cancel();
            } else if (!busy && dataChanged) {
                check();
            }
        });
    }

    /** The retrainer of the estimate models in {@code app}'s data folder. */
    public static ModelRetrainer forApp(AppContext app, TaskRunner tasks, DeskPreferences preferences, DataState data) {
        return new ModelRetrainer(Models.of(app), app.database().folder(), tasks, preferences, data);
    }

    /** Switches automatic training on or off (on in the app; off in most tests so they stay fast). */
    public void setAutomatic(boolean automatic) {
        this.automatic = automatic;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    /** Start-up: trains in the background if the models are missing or older than the data (when automatic). */
    public void start() {
        check();
    }

    /**
     * Checks the models cheaply in the background and trains when they are stale, automatic training is on, no
     * import runs, and the user did not cancel training for this data version.
     */
    public void check() {
        if (!automatic) {
            return;
        }
        if (checking || running.get()) {
            checkAgain = true;
            return;
        }
        dataChanged = false;
        checking = true;
        tasks.execute(BackgroundTask.of(models::due)
                .onSuccess(this::checked)
                .onFailure(e -> LOG.warn("cannot check the estimate models: {}", e.toString()))
                .onFinished(() -> {
                    checking = false;
                    if (checkAgain) {
                        checkAgain = false;
                        check();
                    }
                }));
    }

    private void checked(Due c) {
        lastKnownVersion = c.dataVersion();
        if (c.needsTraining()) {
            maybeTrain(c.dataVersion());
        }
    }

    /**
     * Someone found the models stale at {@code dataVersion} (e.g. the 예상 매출 screen, which also notices models that
     * cannot be read any more): trains if automatic training would. Returns true when training runs now.
     */
    public boolean staleSeen(long dataVersion) {
        lastKnownVersion = Math.max(lastKnownVersion, dataVersion);
        return maybeTrain(dataVersion) || running.get();
    }

    private boolean maybeTrain(long dataVersion) {
        if (skipVersion < 0) {
            skipVersion = rememberedCancel();   // a cancel from an earlier session
        }
        if (!automatic || running.get() || dataVersion == skipVersion) {
            return false;
        }
        if (!importsIdle()) {
            dataChanged = true;   // look again when the import queue is idle, even if that import changes nothing
            return false;
        }
        return train();
    }

    /** Trains now in the background (the 예상 매출 screen's button). Returns false when a training already runs. */
    public boolean train() {
        if (running.get()) {
            return false;
        }
        BackgroundTask<Trainer.Result> t = BackgroundTask.withProgress(p -> {
            trainingVersion = models.dataVersion();
            return models.train(p);
        });
        task = t;
        LOG.info("estimate model training started");
        running.set(true);
        trainingVersion = -1;
        interruptedByImport = false;
        progress.set(-1);
        progressText.set(Messages.get("estimate.ui.trainingStarted"));
        notice.set("");
        t.onProgress(u -> {
                    progress.set(u.fraction());
                    if (u.message() != null && !u.message().isBlank()) {
                        progressText.set(u.message());
                    }
                })
                .onSuccess(r -> {
                    trainings++;
                    long v = r.models().stream().mapToLong(TrainedModel::dataVersion).min().orElse(version());
                    int last = r.models().stream().mapToInt(TrainedModel::lastQuarter).max().orElse(0);
                    String text = Messages.get("estimate.retrain.done", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm")),
                            Formats.number(r.millis() / 1000.0, 1));
                    LOG.info("estimate models trained for data version {} in {} ms", v, r.millis());
                    finish(new Outcome(Kind.TRAINED, v, text, r, null));
                    noticeDetail.set(Messages.get("estimate.retrain.doneDetail", v, last > 0 ? Formats.quarter(last) : "-"));
                })
                .onCancelled(() -> {
                    long v = version();
                    if (interruptedByImport) {
                        dataChanged = true;
                        finish(new Outcome(Kind.INTERRUPTED, v, Messages.get("estimate.retrain.interrupted"), null, null));
                    } else {
                        skipVersion = v;
                        rememberCancel(v);
                        finish(new Outcome(Kind.CANCELLED, v, Messages.get("estimate.retrain.cancelled"), null, null));
                    }
                })
                .onFailure(e -> {
                    long v = version();
                    skipVersion = v;
                    String why = e instanceof UserException u ? u.localized() : String.valueOf(e.getMessage());
                    LOG.warn("estimate model training failed: {}", e.toString());
                    finish(new Outcome(Kind.FAILED, v, Messages.get("estimate.retrain.failed", why), null, e));
                })
                .onFinished(() -> {
                    if (task == t) {
                        task = null;
                    }
                    // the data changed (or someone asked) while training: look again once imports are idle
                    if ((dataChanged || checkAgain) && importsIdle()) {
                        checkAgain = false;
                        check();
                    }
                });
        tasks.execute(t);
        return true;
    }

    private void finish(Outcome o) {
        noticeDetail.set(o.text());
        running.set(false);
        progress.set(-1);
        progressText.set("");
        notice.set(o.text());
        outcome.set(o);
    }

    private long version() {
        return trainingVersion >= 0 ? trainingVersion : lastKnownVersion;
    }

    /** Cancels the running training (a user's cancel: remembered for this data version). */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** Stops a running training without remembering it (the window closes). */
    public void shutdown() {
        automatic = false;
        if (task != null) {
            interruptedByImport = true;
            task.cancel();
        }
    }

    /** True while a training runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Training progress 0..1, or −1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the training does now (a short line from the trainer). */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** A short line about the last training's end for the status bar ("모델 갱신됨 14:32 (12.3초)"); empty when none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** A longer line for the notice's tooltip: which data the new models learned from ("데이터 #12, 2024년 4분기까지"). */
    public ReadOnlyStringProperty noticeDetailProperty() {
        return noticeDetail.getReadOnlyProperty();
    }

    /** The last training's outcome (null before the first). */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Trainings that finished successfully in this session. */
    public int trainings() {
        return trainings;
    }

    /** The user's cancel survives a restart: kept in the preferences with the data folder it applies to. */
    private void rememberCancel(long version) {
        if (preferences != null && version >= 0) {
            preferences.setScreenSetting("estimate", CANCEL_SETTING, folder + "|" + version);
        }
    }

    private long rememberedCancel() {
        if (preferences == null) {
            return -1;
        }
        String prefix = folder + "|";
        return preferences.screenSetting("estimate", CANCEL_SETTING).filter(v -> v.startsWith(prefix))
                .map(v -> {
                    try {
                        return Long.parseLong(v.substring(prefix.length()));
                    } catch (NumberFormatException e) {
                        return -1L;
                    }
                }).orElse(-1L);
    }

    private boolean importsIdle() {
        return !data.isBusy();
    }
}
