package kr.sanggwon.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
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

@ExtendWith(ApplicationExtension.class)
class ResetToSampleTest {
    @TempDir
    static Path dataDir;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void realData() throws Exception {
        app = UiTestSupport.openData(dataDir, TestData.require(TestData.seoul("영역-상권")));
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

    static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof Menu sub ? sub.getItems().stream() : Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void resetIsRefusedInAFolderOfRealDataAndLeavesItsDataAlone(FxRobot robot) throws Exception {
        // a reset replaces everything with the fictional city: it is for the sample workspace only
        robot.interact(menuItem(robot, "menu-reset-sample")::fire);
        UiTestSupport.waitUntil(() -> !shell.dialogs().errors.isEmpty(), 120);
        assertThat(shell.dialogs().errors.get(0)).isInstanceOf(kr.sanggwon.common.UserException.class)
                .hasMessageContaining("sample.error.ownWorkspace");
        assertThat(app.districtCatalog().search().size()).isEqualTo(1650);
        UiTestSupport.waitUntil(() -> !shell.window().context().dataState().isBusy(), 10);
    }
}
