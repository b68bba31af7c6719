package kr.sanggwon.ui.shell;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.sample.SampleLoader;
import kr.sanggwon.store.DatabaseLocation;
import kr.sanggwon.ui.FontSupport;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.task.BackgroundTask;
import kr.sanggwon.ui.task.TaskRunner;
import kr.sanggwon.workspace.Workspace;
import kr.sanggwon.workspace.WorkspaceHome;
import kr.sanggwon.workspace.WorkspaceMarker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's workspaces on one stage: shows the main window of the workspace in use, and switches to another by
 * closing this one's window and data and opening the other's (off the FX thread). An empty sample workspace is
 * loaded behind the shown window, with progress in the status bar, so the window never waits for the sample.
 */
public final class WorkspaceSwitcher implements WorkspaceSession {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSwitcher.class);
    private static final Logger STARTUP = LoggerFactory.getLogger("kr.sanggwon.startup");

    /** A workspace opened off the FX thread: its marker reconciled and remembered as the one in use. */
    public record Opened(Workspace workspace, AppContext app) {
    }

    private final Stage stage;
    private final WorkspaceHome home;
    private final DeskPreferences prefs;
    private final FontSupport fonts;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final boolean autoTrain;
    private Integer fontScaleOverride;
    private Workspace current;
    private AppContext app;
    private MainWindow window;
    private BackgroundTask<Optional<SampleLoader.Result>> sampleLoad;
    /** Done when the sample loading behind the window stopped (finished, failed or cancelled and wiped). */
    private CompletableFuture<Void> sampleStopped = CompletableFuture.completedFuture(null);
    /** Taken by the sample load when it starts, or by a stop before it started (then it never runs). */
    private AtomicBoolean sampleClaim = new AtomicBoolean(true);
    private boolean boundsRestored;

    public WorkspaceSwitcher(Stage stage, WorkspaceHome home, DeskPreferences prefs, FontSupport fonts, TaskRunner tasks,
                             DialogService dialogs, boolean autoTrain) {
        this.stage = stage;
        this.home = home;
        this.prefs = prefs;
        this.fonts = fonts;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.autoTrain = autoTrain;
    }

    /**
     * Opens {@code w}'s folder (database, migrations), writes its marker when it has none and remembers it as the
     * workspace in use. The kind shown from then on is the marker's. Call off the FX thread.
     */
    public static Opened open(WorkspaceHome home, Workspace w) {
        DatabaseLocation server = sharedLocation;
        if (server != null && SHARED_ID.equals(w.id())) {
            return openShared(home, server);
        }
        AppContext next = AppContext.openFolder(w.folder());
        try {
            WorkspaceMarker marker = next.workspaceMarker();
            Optional<WorkspaceMarker.Marker> m = marker.read();
            Workspace actual = w;
            if (m.isEmpty()) {
                marker.mark(w.kind(), w.name());
            } else {
                actual = new Workspace(w.id(), w.folder(), m.get().kind(), m.get().name() != null ? m.get().name() : w.name());
            }
            home.setCurrent(actual);
            return new Opened(actual, next);
        } catch (RuntimeException e) {
            next.close();
            throw e;
        }
    }

    /** The id of the shared server's workspace: not one of the home's folders, so never recorded as the one in use. */
    public static final String SHARED_ID = AppContext.SHARED_FOLDER;
    /** The shared server of this run (null: none); switching back to {@link #SHARED_ID} reopens it. */
    private static volatile DatabaseLocation sharedLocation;

    /**
     * Opens the shared PostgreSQL database as this run's workspace (the users' own data; never the sample). The home's
     * record of its workspace in use is left alone, so a start without the server opens the same folder as before.
     */
    public static Opened openShared(WorkspaceHome home, DatabaseLocation location) {
        AppContext app = AppContext.open(home.root(), location);
        sharedLocation = location;
        Workspace shared = new Workspace(SHARED_ID, app.database().folder(), kr.sanggwon.workspace.WorkspaceKind.OWN,
                Messages.get("store.db.workspaceName"));
        return new Opened(shared, app);
    }

    /** Forgets this run's shared server (a test that opened one puts the next test back to workspaces only). */
    static void forgetShared() {
        sharedLocation = null;
    }

    /** For the --font-scale option: applied to every window this switcher builds. */
    public void overrideFontScale(Integer percent) {
        this.fontScaleOverride = percent;
    }

    /** Shows the main window of an opened workspace (on the FX thread) and loads the sample behind it if needed. */
    public MainWindow show(Opened opened) {
        return show(opened, List.of());
    }

    private MainWindow show(Opened opened, List<Path> thenImport) {
        current = opened.workspace();
        app = opened.app();
        window = new MainWindow(stage, app, prefs, fonts, tasks, dialogs, Selection.remembered(prefs), autoTrain, this);
        if (fontScaleOverride != null) {
            window.overrideFontScale(fontScaleOverride);
        }
        stage.setScene(window.scene());
        if (!boundsRestored) {
            window.restoreBounds();
            boundsRestored = true;
        }
        stage.setOnCloseRequest(e -> window.close());
        if (current.isSample()) {
            loadSampleBehind(window, app);
        } else {
            kr.sanggwon.ui.backup.DailyBackup.start(app, tasks, dialogs);
        }
        if (!thenImport.isEmpty()) {
            window.importFiles(thenImport);
        }
        return window;
    }

    /** The shown window (null before the first {@link #show}). */
    public MainWindow window() {
        return window;
    }

    /** The open workspace's services. */
    public AppContext app() {
        return app;
    }

    @Override
    public Workspace current() {
        return current;
    }

    @Override
    public List<Workspace> list() {
        DatabaseLocation server = sharedLocation;
        if (server == null) {
            return home.list();
        }
        // the shared database of this run stays in the menu, so switching to the sample and back is possible
        List<Workspace> all = new java.util.ArrayList<>(home.list());
        all.add(new Workspace(SHARED_ID, home.root().resolve(SHARED_ID), kr.sanggwon.workspace.WorkspaceKind.OWN,
                Messages.get("store.db.workspaceName")));
        return all;
    }

    @Override
    public boolean canSwitch() {
        return true;
    }

    /** Switches after the current event (a menu action, a drop) is over: the switch replaces the whole window. */
    @Override
    public void open(Workspace target, List<Path> thenImport) {
        javafx.application.Platform.runLater(() -> switchTo(target, thenImport));
    }

    @Override
    public void reopenAfter(String title, java.util.function.Consumer<Path> whileClosed, String doneText) {
        Workspace same = current;
        javafx.application.Platform.runLater(() -> switchTo(same, List.of(), title, whileClosed, doneText));
    }

    @Override
    public void reopen(Workspace target, Runnable whileClosed) {
        javafx.application.Platform.runLater(() -> switchTo(target, List.of(), null, folder -> whileClosed.run(), null));
    }

    private void switchTo(Workspace target, List<Path> thenImport) {
        switchTo(target, thenImport, null, null, null);
    }

    private void switchTo(Workspace target, List<Path> thenImport, String title, java.util.function.Consumer<Path> whileClosed,
                          String doneText) {
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failed = new java.util.concurrent.atomic.AtomicReference<>();
        stopSampleLoad();
        if (window != null) {
            window.close();
        }
        AppContext old = app;
        Workspace previous = current;
        CompletableFuture<Void> loading = sampleStopped;
        app = null;
        window = null;
        stage.setScene(openingScene());
        tasks.execute(BackgroundTask.of(() -> {
            // a cancelled sample load wipes what it loaded; its database must stay open until then
            loading.join();
            if (old != null) {
                old.close();
            }
            if (whileClosed != null) {
                try {
                    whileClosed.accept(target.folder());
                } catch (RuntimeException e) {
                    failed.set(e);
                }
            }
            return open(home, target);
        }).onSuccess(o -> {
            if (whileClosed == null) {
                // the districts chosen in the other workspace do not exist here
                prefs.setDistrict(null);
                prefs.setCompareDistricts(List.of());
            }
            show(o, thenImport);
            if (failed.get() != null) {
                dialogs.showError(title, failed.get());
            } else if (doneText != null) {
                dialogs.showInfo(title, doneText);
            }
        }).onFailure(e -> {
            dialogs.showError(Messages.get("ui.workspace.openFailed"), e);
            if (previous != null && !previous.equals(target)) {
                switchTo(previous, List.of());
            }
        }));
    }

    @Override
    public void openNewOwn(List<Path> thenImport) {
        open(home.newOwn(null), thenImport);
    }

    @Override
    public void openSample() {
        open(home.sample(), List.of());
    }

    /** Closes the window and the data (the app is quitting). */
    public void close() {
        if (sampleLoad != null) {
            stopSampleLoad();
            try {
                // a cancelled load wipes the half-loaded sample (so the next start loads it whole) before the close
                sampleStopped.get(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.warn("sample loading did not stop in time: {}", e.toString());
            }
        }
        if (window != null) {
            window.close();
        }
        if (app != null) {
            app.close();
        }
    }

    /** Cancels the sample load; {@link #sampleStopped} completes once it can no longer touch the database. */
    private void stopSampleLoad() {
        if (sampleLoad != null) {
            sampleLoad.cancel();
            if (sampleClaim.compareAndSet(false, true)) {
                sampleStopped.complete(null);
            }
        }
    }

    private void loadSampleBehind(MainWindow w, AppContext a) {
        UiContext ctx = w.context();
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        AtomicBoolean claim = new AtomicBoolean(false);
        sampleStopped = stopped;
        sampleClaim = claim;
        BackgroundTask<Optional<SampleLoader.Result>> task = BackgroundTask.withProgress(p -> {
            if (!claim.compareAndSet(false, true)) {
                return Optional.empty();
            }
            try {
                return a.sampleLoader().loadIfEmpty(p);
            } finally {
                stopped.complete(null);
            }
        });
        sampleLoad = task;
        tasks.execute(task.onProgress(u -> {
            if (window == w) {
                ctx.dataState().busy(Messages.get("ui.workspace.sampleLoading", Math.round(u.fraction() * 100),
                        u.message() == null ? "" : u.message()));
            }
        }).onSuccess(r -> {
            if (r.isPresent() && window == w) {
                STARTUP.info("sample data loaded: jvm_uptime_ms={} rows={}", ManagementFactory.getRuntimeMXBean().getUptime(),
                        r.get().rows());
                // the screens heard of it from the sample loader's change event
            }
        }).onFailure(e -> {
            if (window == w) {
                dialogs.showError(Messages.get("ui.workspace.openFailed"), e);
            } else {
                LOG.info("sample loading stopped by a workspace switch: {}", e.toString());
            }
        }).onFinished(() -> {
            if (window == w) {
                ctx.dataState().idle();
            }
        }));
    }

    private Scene openingScene() {
        ProgressIndicator spinner = new ProgressIndicator();
        Label text = new Label(Messages.get("ui.workspace.opening"));
        VBox box = new VBox(spinner, text);
        box.getStyleClass().add(Styles.LOADING);
        Scene scene = new Scene(box, stage.getWidth() > 0 ? stage.getWidth() : MainWindow.DEFAULT_WIDTH,
                stage.getHeight() > 0 ? stage.getHeight() : MainWindow.DEFAULT_HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource(Styles.STYLESHEET).toExternalForm());
        return scene;
    }
}
