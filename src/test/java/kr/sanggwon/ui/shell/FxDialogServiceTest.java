package kr.sanggwon.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.ConsultException;
import kr.sanggwon.errorlog.ErrorLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An unexpected error a screen shows (a failed load) goes to the error log too; a refusal the user can fix does not. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {
    @TempDir
    Path dataDir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private String shownText(FxDialogService dialogs, Throwable error) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((Label) dialogs.errorAlert("불러오기", error).getDialogPane().lookup("#dialog-text")).getText())
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void anUnexpectedErrorIsLoggedAndTheDialogSaysWhere() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        FxDialogService dialogs = new FxDialogService(() -> stage, null, ErrorLog.in(dataDir));
        String text = shownText(dialogs, new IllegalStateException("query failed for \"김철수\""));

        Path log = dataDir.resolve("logs").resolve("errors.log");
        assertThat(text).contains("예상하지 못한 오류").contains("오류 내용은 이 파일에도 적어 두었습니다: " + log.toAbsolutePath());
        assertThat(Files.readString(log)).contains("[shown] ").contains("java.lang.IllegalStateException: query failed for …")
                .doesNotContain("김철수");
    }

    @Test
    void aRefusalIsNotLogged() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        FxDialogService dialogs = new FxDialogService(() -> stage, null, ErrorLog.in(dataDir));
        String text = shownText(dialogs, new ConsultException("consult.vault.locked"));
        assertThat(text).isEqualTo(Messages.get("consult.vault.locked"));
        assertThat(dataDir.resolve("logs")).doesNotExist();
    }
}
