package kr.sanggwon.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kr.sanggwon.AppContext;

/**
 * Opens the data folder (H2 + Flyway) while the JavaFX toolkit starts, so the two slow parts of start-up overlap.
 * Begun in {@link DeskApp#main} before {@code Application.launch}; the app picks the result up in {@code start}.
 */
final class Startup {
    private static volatile Startup pending;

    private final AppOptions options;
    private final RuntimeException optionsError;
    private final CompletableFuture<AppContext> context;

    private Startup(AppOptions options, RuntimeException optionsError, CompletableFuture<AppContext> context) {
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
        CompletableFuture<AppContext> future = CompletableFuture.supplyAsync(() -> AppContext.open(dir), one);
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

    CompletableFuture<AppContext> context() {
        return context;
    }
}
