package kr.sanggwon.ui.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.workspace.WorkspaceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 상담 in the sample workspace explains that case files live in the user's own workspace and offers no forms. */
@ExtendWith(ApplicationExtension.class)
class SampleConsultScreenTest {
    @TempDir
    static Path dataDir;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void sample() {
        app = AppContext.open(dataDir);
        app.workspaceMarker().mark(WorkspaceKind.SAMPLE, null);
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
    void theSampleWorkspaceShowsWhereCaseFilesLiveInsteadOfThePassphraseForm(FxRobot robot) throws Exception {
        robot.clickOn("#nav-consult");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-sample").tryQuery().isPresent(), 20);
        assertThat(robot.lookup("#consult-set-up").tryQuery()).isEmpty();
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("내 작업공간에만"));
        assertThat(app.consult().vault().isSetUp()).isFalse();
        UiTestSupport.screenshot(shell.scene(), "consult-sample");
    }
}
