package kr.sanggwon.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.ui.importer.ImportScreen;
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
 * The full window with automatic retraining on (as in the app), on the real 추정매출-행정동 file without models: the
 * shell trains at start-up and again after an import through 데이터 가져오기, the 예상 매출 screen is never opened, and
 * the status bar says how it ended.
 */
@ExtendWith(ApplicationExtension.class)
class RetrainStatusBarTest {
    @TempDir
    static Path dataDir;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void salesWithoutModels() throws Exception {
        app = UiTestSupport.openData(dataDir, TestData.require(TestData.seoul("추정매출-행정동")));
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
    void trainsAtStartUpAndAfterAnImportWithoutTheEstimateScreenAndSaysSoInTheStatusBar(FxRobot robot) throws Exception {
        ModelRetrainer retrainer = shell.window().context().retrainer();
        UiTestSupport.waitUntil(() -> retrainer.trainings() == 1 && !retrainer.isRunning(), 120);
        Label notice = robot.lookup("#status-training-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("예상 매출 모델 갱신됨");
        assertThat(robot.lookup("#status-training").queryAs(Label.class).getParent().isVisible()).isFalse();
        assertThat(app.estimateService().modelStatus().stale()).isFalse();

        robot.clickOn("#nav-import");
        long before = app.estimateService().dataVersion();
        robot.interact(() -> ((ImportScreen) shell.window().screen("import")).viewModel()
                .addFiles(List.of(TestData.require(TestData.seoul("길단위인구-행정동")))));
        // look at the status bar while it trains (when the poll catches it; training here takes about a second)
        UiTestSupport.waitUntil(() -> retrainer.isRunning() || retrainer.trainings() == 2, 120);
        if (retrainer.isRunning()) {
            UiTestSupport.screenshot(shell.scene(), "status-training");
        }
        UiTestSupport.waitUntil(() -> retrainer.trainings() == 2 && !retrainer.isRunning(), 120);
        assertThat(app.estimateService().dataVersion()).isGreaterThan(before);
        assertThat(app.estimateService().modelStatus().stale()).isFalse();
        assertThat(app.estimateService().modelStatus().trainedForDataVersion()).isEqualTo(app.estimateService().dataVersion());
        assertThat(notice.getText()).contains("갱신됨");
        assertThat(shell.window().screen("estimate")).as("the 예상 매출 screen was never built").isNull();
        assertThat(shell.dialogs().errors).isEmpty();
        UiTestSupport.screenshot(shell.scene(), "status-trained");
    }
}
