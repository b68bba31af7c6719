package kr.sanggwon.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import kr.sanggwon.common.Messages;
import kr.sanggwon.errorlog.ErrorLog;
import kr.sanggwon.ui.FontSupport;
import kr.sanggwon.ui.LayoutCheck;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog of an unexpected error as the app shows it, in Korean and English: crash-dialog(-en).png. */
@ExtendWith(ApplicationExtension.class)
class CrashDialogScreenshotTest {
    @TempDir
    Path dataDir;
    private Stage stage;
    private Alert shown;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(new BorderPane(), 900, 600);
        scene.getStylesheets().setAll(MainWindow.class.getResource(Styles.STYLESHEET).toExternalForm(),
                FontSupport.detect().stylesheet(100));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (shown != null) {
                shown.close();
            }
            Messages.setLocale(Locale.KOREAN);
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void korean() throws Exception {
        shoot(Locale.KOREAN, "crash-dialog", "화면을 처리하다가");
    }

    @Test
    void english() throws Exception {
        shoot(Locale.ENGLISH, "crash-dialog-en", "Something went wrong while the app handled the screen");
    }

    private void shoot(Locale locale, String name, String expected) throws Exception {
        Messages.setLocale(locale);
        FxDialogService fx = new FxDialogService(() -> stage, null);
        // the real handler words the dialog; the fake records it so it can be shown without blocking
        FakeDialogService words = new FakeDialogService();
        new UncaughtErrors(ErrorLog.in(dataDir), words, Runnable::run, Thread.currentThread())
                .uncaughtException(Thread.currentThread(), new NullPointerException("Cannot invoke \"Kpi.value()\" because \"k\" is null"));
        String message = words.messages.get(0);
        String title = Messages.get("ui.crash.title");
        String text = message.substring(title.length() + 2);
        assertThat(text).contains(expected);

        Scene dialog = WaitForAsyncUtils.asyncFx(() -> {
            shown = fx.errorAlert(title, text, words.details.get(0));
            shown.show();
            return shown.getDialogPane().getScene();
        }).get(10, TimeUnit.SECONDS);
        Path png = UiTestSupport.screenshot(dialog, name);
        assertThat(png).exists();
        String label = WaitForAsyncUtils.asyncFx(() -> ((Label) shown.getDialogPane().lookup("#dialog-text")).getText()).get(10, TimeUnit.SECONDS);
        assertThat(label).contains(dataDir.resolve("logs").resolve("errors.log").toAbsolutePath().toString());
        assertThat(WaitForAsyncUtils.asyncFx(() -> LayoutCheck.cutOff(dialog)).get(10, TimeUnit.SECONDS)).isEmpty();
    }
}
