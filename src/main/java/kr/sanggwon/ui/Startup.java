package kr.sanggwon.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kr.sanggwon.store.DataDirectory;
import kr.sanggwon.store.DatabaseLocation;
import kr.sanggwon.ui.shell.WorkspaceSwitcher;
import kr.sanggwon.workspace.WorkspaceHome;

/**
 * Opens the workspace in use (H2 + Flyway) while the JavaFX toolkit starts, so the two slow parts of start-up overlap.
 * Begun in {@link DeskApp#main} before {@code Application.launch}; the app picks the result up in {@code start}.
 */
final class Startup {
    private static volatile Startup pending;

    private final AppOptions options;
    private final RuntimeException optionsError;
    private final CompletableFuture<Opened> context;

    /** The home of workspaces and the workspace in use, opened. */
    record Opened(WorkspaceHome home, WorkspaceSwitcher.Opened workspace) {
    }

    private Startup(AppOptions options, RuntimeException optionsError, CompletableFuture<Opened> context) {
        this.options = options;
        this.optionsError = optionsError;
        this.context = context;
    }

    /** Parses the options and starts opening the data folder on a daemon thread. */
    static void begin(String[] args) {
        AppOptions options;
        try {
            options = AppOptions.parse(java.util.List.of(args));
        } catch (RuntimeException e) {
            pending = new Startup(null, e, CompletableFuture.failedFuture(e));
            return;
        }
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = Executors.defaultThreadFactory().newThread(r);
            t.setDaemon(true);
            t.setName("desk-open");
            return t;
        });
        Path dir = options.dataDir();
        CompletableFuture<Opened> future = CompletableFuture.supplyAsync(() -> {
            WorkspaceHome home = WorkspaceHome.open(DataDirectory.resolve(dir));
            // --db-url, SANGGWON_DB_URL or the saved setting: a shared server replaces the workspace in use
            DatabaseLocation location = DatabaseLocation.resolve(options.dbUrl());
            if (!location.embedded()) {
                return new Opened(home, WorkspaceSwitcher.openShared(home, location));
            }
            return new Opened(home, WorkspaceSwitcher.open(home, home.current()));
        }, one);
        future.whenComplete((c, e) -> one.shutdown());
        pending = new Startup(options, null, future);
    }

    /** The started opening, or one begun now (when the app was launched without {@link DeskApp#main}). */
    static Startup take(java.util.List<String> rawArgs) {
        Startup s = pending;
        pending = null;
        if (s == null) {
            begin(rawArgs.toArray(String[]::new));
            s = pending;
            pending = null;
        }
        return s;
    }

    AppOptions options() {
        return options;
    }

    /** Non-null when the command line could not be read. */
    RuntimeException optionsError() {
        return optionsError;
    }

    CompletableFuture<Opened> context() {
        return context;
    }
}
