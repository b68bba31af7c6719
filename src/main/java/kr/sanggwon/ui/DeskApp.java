package kr.sanggwon.ui;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.errorlog.ErrorLog;
import kr.sanggwon.errorlog.SafeTrace;
import kr.sanggwon.store.DataDirectory;
import kr.sanggwon.ui.shell.DeskPreferences;
import kr.sanggwon.ui.shell.FxDialogService;
import kr.sanggwon.ui.shell.MainWindow;
import kr.sanggwon.ui.shell.UncaughtErrors;
import kr.sanggwon.ui.shell.WorkspaceSwitcher;
import kr.sanggwon.ui.task.BackgroundTask;
import kr.sanggwon.ui.task.FxTaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application (started by {@link kr.sanggwon.Launcher} when no CLI command is given) and the UI's
 * composition root: shows a loading window at once, opens the workspace in use off the FX thread, then the main
 * window (an empty sample workspace is loaded behind it, with progress in the status bar).
 */
public final class DeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DeskApp.class);
    private static final Logger STARTUP = LoggerFactory.getLogger("kr.sanggwon.startup");
    /** --snapshot waits at most this long for the first screen's data. */
    private static final long SNAPSHOT_TIMEOUT_MS = 60_000;

    private AppOptions options;
    private DeskPreferences prefs;
    private FxTaskRunner tasks;
    private WorkspaceSwitcher workspaces;
    private ErrorLog errorLog;

    private Startup startup;
    private final ProgressIndicator loadingSpinner = new ProgressIndicator();
    private final Label loadingText = new Label();

    public static void main(String[] args) {
        Startup.begin(args);
        Application.launch(DeskApp.class, args);
    }

    @Override
    public void init() {
        startup = Startup.take(getParameters().getRaw());
        options = startup.options() != null ? startup.options() : AppOptions.parse(java.util.List.of());
    }

    @Override
    public void start(Stage stage) {
        prefs = DeskPreferences.user();
        Messages.setLocale(Locale.forLanguageTag(options.lang() != null ? options.lang() : prefs.language()));
        errorLog = ErrorLog.in(DataDirectory.resolve(options.dataDir()));
        FxDialogService dialogs = new FxDialogService(() -> stage, getHostServices(), errorLog);
        UncaughtErrors errors = UncaughtErrors.install(errorLog, dialogs);
        tasks = new FxTaskRunner(2, errors::taskFailed);
        stage.setTitle(Messages.get("app.title"));
        loadingText.setText(Messages.get("ui.startup.opening"));
        stage.setScene(loadingScene());
        stage.setWidth(MainWindow.DEFAULT_WIDTH);
        stage.setHeight(MainWindow.DEFAULT_HEIGHT);
        stage.setOnShown(e -> STARTUP.info("loading window shown: jvm_uptime_ms={}", uptime()));
        stage.show();
        if (startup.optionsError() != null) {
            failToOpen(stage, startup.optionsError());
            return;
        }
        // the window comes first: an empty sample workspace is loaded behind it (WorkspaceSwitcher), not before it
        tasks.execute(BackgroundTask.of(() -> {
            FontSupport fonts = FontSupport.detect();
            return new Opened(join(startup), fonts);
        }).onSuccess(o -> showMain(stage, o, dialogs)).onFailure(e -> failToOpen(stage, e)));
    }

    private static Startup.Opened join(Startup s) throws Exception {
        try {
            return s.context().get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private record Opened(Startup.Opened started, FontSupport fonts) {
    }

    private Scene loadingScene() {
        VBox box = new VBox(loadingSpinner, loadingText);
        loadingText.setWrapText(true);
        loadingText.setMaxWidth(640);
        box.getStyleClass().add(Styles.LOADING);
        Scene scene = new Scene(box);
        scene.getStylesheets().add(DeskApp.class.getResource(Styles.STYLESHEET).toExternalForm());
        return scene;
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private void showMain(Stage stage, Opened opened, FxDialogService dialogs) {
        STARTUP.info("data folder open: jvm_uptime_ms={}", uptime());
        stage.setOnShown(null);
        workspaces = new WorkspaceSwitcher(stage, opened.started().home(), prefs, opened.fonts(), tasks, dialogs, true);
        workspaces.overrideFontScale(options.fontScale());
        MainWindow window = workspaces.show(opened.started().workspace());
        STARTUP.info("main window built: jvm_uptime_ms={}", uptime());
        // the first layout pulse of the main scene: it is on screen with the next render
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            window.scene().removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> afterShown(stage, opened.fonts()));
        };
        window.scene().addPostLayoutPulseListener(once[0]);
    }

    private void afterShown(Stage stage, FontSupport fonts) {
        STARTUP.info("main window shown: jvm_uptime_ms={}", uptime());
        if (options.snapshot() != null) {
            // the picture shows the first screen with its data: wait until its loads are done (not for model training)
            whenFirstScreenLoaded(() -> {
                try {
                    Snapshots.write(stage.getScene(), options.snapshot());
                    STARTUP.info("snapshot written: jvm_uptime_ms={}", uptime());
                } catch (java.io.IOException e) {
                    LOG.warn("cannot write snapshot {}: {}", options.snapshot(), e.getMessage());
                }
                if (options.exitAfterShown()) {
                    Platform.exit();
                }
            });
            if (options.exitAfterShown()) {
                return;
            }
        } else if (options.exitAfterShown()) {
            Platform.exit();
            return;
        }
        if (!fonts.koreanAvailable()) {
            Alert a = bilingual(Alert.AlertType.WARNING, "ui.font.missing");
            a.initOwner(stage);
            a.show();
        }
    }

    private void whenFirstScreenLoaded(Runnable action) {
        WhenLoaded loaded = new WhenLoaded(
                () -> tasks.activeTasks() - (workspaces.window().context().retrainer().runningProperty().get() ? 1 : 0),
                System::currentTimeMillis, SNAPSHOT_TIMEOUT_MS, action);
        javafx.animation.Timeline poll = new javafx.animation.Timeline();
        poll.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(100), e -> {
            if (loaded.check()) {
                poll.stop();
                if (loaded.timedOut()) {
                    LOG.warn("snapshot taken after {} ms although the screen was still loading", SNAPSHOT_TIMEOUT_MS);
                }
            }
        }));
        poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
        poll.play();
    }

    private void failToOpen(Stage stage, Throwable e) {
        Alert a;
        if (e instanceof UserException ue) {
            LOG.warn("cannot open data folder: {}", ue.key());
            a = bilingual(Alert.AlertType.ERROR, ue.key(), ue.args());
        } else {
            LOG.error("cannot open data folder: {}", SafeTrace.of(e));
            errorLog.record("startup", e);
            a = bilingual(Alert.AlertType.ERROR, "store.cannotOpen", String.valueOf(options == null ? "" : options.dataDir()),
                    String.valueOf(e.getMessage()));
        }
        a.initOwner(stage);
        a.showAndWait();
        Platform.exit();
    }

    /** Korean and English text in one dialog: shown before the user could pick a language. */
    static Alert bilingual(Alert.AlertType type, String key, Object... args) {
        Alert a = new Alert(type);
        a.setTitle(Messages.get(Locale.KOREAN, "app.title") + " / Sanggwon Desk");
        a.setHeaderText(null);
        Label text = new Label(Messages.get(Locale.KOREAN, key, args) + "\n\n" + Messages.get(Locale.ENGLISH, key, args));
        text.setWrapText(true);
        text.setMaxWidth(560);
        a.getDialogPane().setContent(text);
        a.getDialogPane().getStylesheets().add(DeskApp.class.getResource(Styles.STYLESHEET).toExternalForm());
        return a;
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.beginClosing();   // before the database closes under the loads still running
        }
        if (workspaces != null) {
            workspaces.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
