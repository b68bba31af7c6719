package kr.sanggwon.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Progress;
import kr.sanggwon.ui.chart.Charts;
import kr.sanggwon.ui.consult.OpenCase;
import kr.sanggwon.ui.shell.DataState;
import kr.sanggwon.ui.shell.DeskPreferences;
import kr.sanggwon.ui.shell.DialogService;
import kr.sanggwon.ui.shell.FakeDialogService;
import kr.sanggwon.ui.shell.MainWindow;
import kr.sanggwon.ui.shell.ModelRetrainer;
import kr.sanggwon.ui.shell.Navigator;
import kr.sanggwon.ui.shell.Selection;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.shell.WorkspaceSession;
import kr.sanggwon.ui.task.FxTaskRunner;
import kr.sanggwon.ui.task.TaskRunner;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the full main window for TestFX tests on a data folder loaded with real files, and writes screenshots to
 * docs/screenshots/. Typical use:
 * <pre>
 * static AppContext app;                        // @BeforeAll: app = UiTestSupport.openData(tempDir, TestData.seoul("영역-상권"));
 * UiTestSupport.Shell shell;                    // @Start:     shell = UiTestSupport.show(stage, app);
 *                                               // @AfterEach: shell.close();  @AfterAll: app.close();
 * </pre>
 */
public final class UiTestSupport {
    /**
     * target/screenshots by default so a test run never rewrites tracked files; refresh the committed ones with
     * {@code mvn -B verify -Dsanggwon.screenshots=docs/screenshots}.
     */
    public static final Path SCREENSHOTS = Path.of(System.getProperty("sanggwon.screenshots", "target/screenshots"));

    private UiTestSupport() {
    }

    /** The shown window and what it was built with. */
    public record Shell(MainWindow window, FxTaskRunner tasks, FakeDialogService dialogs, DeskPreferences prefs) implements AutoCloseable {
        public Scene scene() {
            return window.scene();
        }

        @Override
        public void close() {
            tasks.close();
            prefs.clear();
        }
    }

    /** Opens (creating) the data folder and imports {@code files} synchronously, in order. */
    public static AppContext openData(Path dataDir, Path... files) throws IOException {
        AppContext app = AppContext.open(dataDir);
        for (Path f : files) {
            app.importService().importFile(f, Progress.NONE);
        }
        return app;
    }

    /** Preferences in a throw-away node, so tests never touch the user's settings. */
    public static DeskPreferences tempPreferences() {
        return new DeskPreferences(Preferences.userRoot().node("/kr/sanggwon/desk/test/" + UUID.randomUUID()));
    }

    /**
     * A context for view-model tests without a window: its own {@link DataState} and a retrainer of {@code app}'s
     * estimate models listening to it (automatic training off until the test switches it on).
     */
    public static UiContext context(AppContext app, TaskRunner tasks, DialogService dialogs, Selection selection,
                                    Navigator navigator, DeskPreferences prefs) {
        DataState data = new DataState(app.database().versions(), tasks::onUiThread);
        return new UiContext(app, tasks, dialogs, selection, navigator, prefs, new Charts("SansSerif", dialogs),
                WorkspaceSession.fixed(app), data, ModelRetrainer.forApp(app, tasks, prefs, data), new OpenCase());
    }

    /** Builds the main window on {@code stage} (call from TestFX's @Start, on the FX thread) and shows it. */
    public static Shell show(Stage stage, AppContext app) {
        FakeDialogService dialogs = new FakeDialogService();
        return show(stage, app, dialogs);
    }

    /** Background model retraining is off here (tests stay fast); {@link #show(Stage, AppContext, FakeDialogService, boolean)} can switch it on. */
    public static Shell show(Stage stage, AppContext app, FakeDialogService dialogs) {
        return show(stage, app, dialogs, false);
    }

    public static Shell show(Stage stage, AppContext app, FakeDialogService dialogs, boolean autoTrain) {
        DeskPreferences prefs = tempPreferences();
        FxTaskRunner tasks = new FxTaskRunner(2, dialogs::showError);
        MainWindow window = new MainWindow(stage, app, prefs, FontSupport.detect(), tasks, (DialogService) dialogs,
                Selection.remembered(prefs), autoTrain);
        stage.setScene(window.scene());
        stage.setWidth(MainWindow.DEFAULT_WIDTH);
        stage.setHeight(MainWindow.DEFAULT_HEIGHT);
        stage.show();
        return new Shell(window, tasks, dialogs, prefs);
    }

    /** Waits (polling FX events) until {@code condition} holds; fails after {@code seconds}. */
    public static void waitUntil(BooleanSupplier condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
    }

    /** Writes {name}.png of the scene into {@link #SCREENSHOTS}. */
    public static Path screenshot(Scene scene, String name) throws Exception {
        Path out = SCREENSHOTS.resolve(name + ".png");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            Snapshots.write(scene, out);
            return null;
        }).get(30, TimeUnit.SECONDS);
        return out;
    }
}
