package kr.sanggwon.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.FontSupport;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.ui.shell.DeskPreferences;
import kr.sanggwon.ui.shell.FakeDialogService;
import kr.sanggwon.ui.shell.MainWindow;
import kr.sanggwon.ui.shell.Selection;
import kr.sanggwon.ui.task.QueuedTaskRunner;
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
 * 상권 찾기 on a cold start: while the catalog is still loading the empty table says so (with a spinner) and never
 * claims there are no districts; the "no districts" hint appears only when the loaded data really has none.
 * Background work is held in a queue, so "still loading" lasts as long as the test wants.
 */
@ExtendWith(ApplicationExtension.class)
class SearchLoadingStateTest {
    @TempDir
    static Path dir;
    static AppContext withDistricts;
    static AppContext empty;
    Stage stage;
    QueuedTaskRunner tasks;
    DeskPreferences prefs;

    @BeforeAll
    static void open() throws Exception {
        withDistricts = UiTestSupport.openData(dir.resolve("full"), TestData.require(TestData.seoul("영역-상권")));
        empty = AppContext.open(dir.resolve("empty"));
    }

    @AfterAll
    static void close() {
        withDistricts.close();
        empty.close();
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.KOREAN);
        this.stage = stage;
    }

    @AfterEach
    void clear() {
        if (prefs != null) {
            prefs.clear();
        }
    }

    private MainWindow show(FxRobot robot, AppContext app) {
        tasks = new QueuedTaskRunner();
        prefs = UiTestSupport.tempPreferences();
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> {
            w[0] = new MainWindow(stage, app, prefs, FontSupport.detect(), tasks, new FakeDialogService(),
                    Selection.remembered(prefs), false);
            stage.setScene(w[0].scene());
            stage.setWidth(MainWindow.DEFAULT_WIDTH);
            stage.setHeight(MainWindow.DEFAULT_HEIGHT);
            stage.show();
            w[0].show("search");
        });
        UiTestSupport.waitUntil(() -> tasks.pending() > 0, 10);   // the screen asked for its catalog
        return w[0];
    }

    /** The text the empty results table shows. */
    private static String placeholder(FxRobot robot) {
        TableView<?> table = robot.lookup("#search-results").queryAs(TableView.class);
        return table.getPlaceholder().lookupAll(".label").stream().filter(n -> n instanceof Label && n.isVisible())
                .map(n -> ((Label) n).getText()).findFirst().orElse("");
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).query().isVisible();
    }

    @Test
    void whileTheCatalogLoadsTheScreenSaysLoadingNotNoDistricts(FxRobot robot) throws Exception {
        show(robot, withDistricts);
        assertThat(placeholder(robot)).isEqualTo("상권 목록을 불러오는 중…");
        assertThat(visible(robot, "#search-loading")).as("a progress indicator turns").isTrue();
        assertThat(robot.lookup("#search-loading").queryAs(ProgressIndicator.class).isIndeterminate()).isTrue();
        assertThat(visible(robot, "#search-go-import")).as("no import hint while loading").isFalse();
        assertThat(robot.lookup("#search-count").queryAs(Label.class).getText()).isEqualTo("불러오는 중…");
        assertThat(visible(robot, "#map-loading")).as("the empty map says so too").isTrue();
        UiTestSupport.screenshot(stage.getScene(), "search-loading");

        robot.interact(tasks::runAll);
        TableView<?> table = robot.lookup("#search-results").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1650);
        assertThat(visible(robot, "#map-loading")).isFalse();
        assertThat(robot.lookup("#search-count").queryAs(Label.class).getText()).isEqualTo("1,650개 / 전체 1,650개");
    }

    @Test
    void theNoDistrictsHintAppearsOnlyOnceLoadedDataHasNone(FxRobot robot) {
        show(robot, empty);
        assertThat(placeholder(robot)).isEqualTo("상권 목록을 불러오는 중…");
        assertThat(visible(robot, "#search-go-import")).isFalse();

        robot.interact(tasks::runAll);
        assertThat(placeholder(robot)).startsWith("상권 목록이 없습니다.");
        assertThat(visible(robot, "#search-loading")).isFalse();
        assertThat(visible(robot, "#search-go-import")).isTrue();
        assertThat(robot.lookup("#search-go-import").queryAs(Button.class).getText()).isEqualTo("데이터 가져오기로 가기");
    }
}
