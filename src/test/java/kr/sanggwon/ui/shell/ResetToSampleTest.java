package kr.sanggwon.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.control.Label;
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
    void resetAfterConfirmationReplacesTheDataAndRefreshesTheStatusBar(FxRobot robot) throws Exception {
        int before = shell.window().context().dataVersion();
        robot.interact(menuItem(robot, "menu-reset-sample")::fire);
        UiTestSupport.waitUntil(() -> shell.window().context().dataVersion() > before, 120);
        assertThat(app.districtCatalog().search().size()).isLessThan(1650).isPositive();
        Label vintage = robot.lookup("#status-vintage").queryAs(Label.class);
        UiTestSupport.waitUntil(() -> vintage.getText().startsWith("매출·점포 자료 기준: 20"), 10);
        assertThat(shell.dialogs().messages).anyMatch(m -> m.contains("샘플 데이터로 초기화했습니다"));
        assertThat(shell.window().context().importStatusProperty().get()).isEmpty();
    }
}
