package kr.sanggwon.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.store.BackupReason;
import kr.sanggwon.ui.UiTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 파일 › 백업: back up now and check the data from the menu, off the FX thread, with the result in a dialog. */
@ExtendWith(ApplicationExtension.class)
class BackupMenuTest {
    @TempDir
    static Path dataDir;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void realData() throws Exception {
        app = UiTestSupport.openData(dataDir, TestData.require(TestData.seoul("상주인구-상권")));
    }

    @AfterAll
    static void closeData() {
        app.close();
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.KOREAN);
        shell = UiTestSupport.show(stage, app);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void backUpNowThenCheckTheData(FxRobot robot) throws Exception {
        robot.interact(ResetToSampleTest.menuItem(robot, "menu-backup-now")::fire);
        UiTestSupport.waitUntil(() -> !shell.dialogs().messages.isEmpty() || !shell.dialogs().errors.isEmpty(), 120);
        assertThat(shell.dialogs().errors).isEmpty();
        assertThat(shell.dialogs().messages.get(0)).contains("백업을").contains(".sgbak");
        assertThat(app.backups().list()).extracting(e -> e.reason()).contains(BackupReason.MANUAL);

        robot.interact(ResetToSampleTest.menuItem(robot, "menu-backup-verify")::fire);
        UiTestSupport.waitUntil(() -> shell.dialogs().messages.size() > 1 || !shell.dialogs().errors.isEmpty(), 120);
        assertThat(shell.dialogs().errors).isEmpty();
        assertThat(shell.dialogs().messages.get(1)).contains("체크섬").contains("외래 키").contains("모든 점검을 통과했습니다");
        // a window fixed to one folder cannot close and reopen its workspace: restore is offered by the app's switcher only
        assertThat(ResetToSampleTest.menuItem(robot, "menu-backup-restore").isDisable()).isTrue();
    }
}
