package kr.sanggwon.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
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

/**
 * 파일 > 샘플 데이터로 초기화 with automatic retraining on: training starts by itself once the reset is done, and the
 * status bar's 취소 stops it for good (for this data). The sample trains for many seconds, so the cancel lands.
 */
@ExtendWith(ApplicationExtension.class)
class RetrainAfterResetTest {
    @TempDir
    static Path dataDir;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void emptyFolder() throws Exception {
        app = UiTestSupport.openData(dataDir);
    }

    @AfterAll
    static void closeData() {
        app.close();
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.KOREAN);
        shell = UiTestSupport.show(stage, app, new FakeDialogService(), true);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void resetToTheSampleStartsTrainingByItselfAndTheStatusBarCancelStopsIt(FxRobot robot) {
        ModelRetrainer retrainer = shell.window().context().retrainer();
        robot.interact(ResetToSampleTest.menuItem(robot, "menu-reset-sample")::fire);
        UiTestSupport.waitUntil(() -> retrainer.isRunning() || retrainer.outcomeProperty().get() != null, 120);
        assertThat(shell.window().context().dataState().isBusy()).as("the reset is over").isFalse();
        assertThat(robot.lookup("#status-training").queryAs(Label.class).getText()).startsWith("예상 매출 모델 학습 중…");

        robot.clickOn("#status-training-cancel");
        UiTestSupport.waitUntil(() -> !retrainer.isRunning(), 60);
        assertThat(retrainer.outcomeProperty().get().kind()).isEqualTo(ModelRetrainer.Kind.CANCELLED);
        Label notice = robot.lookup("#status-training-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("취소");
        assertThat(app.estimateService().modelStatus().state()).isEqualTo("missing");
        assertThat(shell.window().screen("estimate")).as("no 예상 매출 screen involved").isNull();
        // that the cancel then holds until the data changes: ModelRetrainerTest
    }
}
