package kr.sanggwon.ui.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.UiTestSupport;
import org.testfx.api.FxRobot;

/**
 * The set-up every TestFX screen test repeated: a data folder (H2 in a {@code @TempDir}) with files loaded once per
 * class, the main window shown per test, and the global language set to Korean before and after each test (tests that
 * switch to English cannot leak it into the next class). Typical use:
 * <pre>
 * static ScreenFixture screens;                   // @BeforeAll: screens = ScreenFixture.open(dataDir, files...);
 * UiTestSupport.Shell shell;                      // @Start:     shell = screens.show(stage);
 *                                                 // @AfterEach: screens.closeShell();  @AfterAll: screens.close();
 * </pre>
 * Screenshots stay with {@link UiTestSupport#screenshot}; the robot helpers below act on the FX thread.
 */
public final class ScreenFixture implements AutoCloseable {
    private final AppContext app;
    private UiTestSupport.Shell shell;

    private ScreenFixture(AppContext app) {
        this.app = app;
    }

    /** Korean, then the data folder opened (created) with {@code files} imported in order. */
    public static ScreenFixture open(Path dataDir, Path... files) throws IOException {
        Messages.setLocale(Locale.KOREAN);
        return new ScreenFixture(UiTestSupport.openData(dataDir, files));
    }

    public AppContext app() {
        return app;
    }

    /** Korean, then the main window on {@code stage} (call from the test's {@code @Start}). */
    public UiTestSupport.Shell show(Stage stage) {
        Messages.setLocale(Locale.KOREAN);
        shell = UiTestSupport.show(stage, app);
        return shell;
    }

    /** The window shown by the last {@link #show}. */
    public UiTestSupport.Shell shell() {
        return shell;
    }

    /** After each test: the window's tasks and preferences closed, Korean again. */
    public void closeShell() {
        Messages.setLocale(Locale.KOREAN);
        if (shell != null) {
            shell.close();
            shell = null;
        }
    }

    /** After all tests: {@link #closeShell} and the database closed. */
    @Override
    public void close() {
        closeShell();
        app.close();
    }

    /** Sets a text field's text, as pasting would (no key events). */
    public static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    /** Fires a button or link, as a click would, without moving the mouse. */
    public static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(ButtonBase.class).fire());
    }

    public static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    /** 상담: sets up the case files with {@code passphrase} on a new data folder and waits for the client list. */
    public static void setUpCaseFiles(FxRobot robot, String passphrase) {
        robot.clickOn("#nav-consult");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-set-up").tryQuery().isPresent(), 20);
        type(robot, "#consult-new-pass", passphrase);
        type(robot, "#consult-new-pass-repeat", passphrase);
        fire(robot, "#consult-set-up");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-search").tryQuery().isPresent(), 30);
    }
}
