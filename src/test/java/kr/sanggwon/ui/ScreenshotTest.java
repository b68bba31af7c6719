package kr.sanggwon.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.search.MapMetric;
import kr.sanggwon.ui.importer.ImportRow;
import kr.sanggwon.ui.importer.ImportScreen;
import kr.sanggwon.ui.search.SearchScreen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Writes Korean screenshots of the shell, 상권 찾기 and 데이터 가져오기 to docs/screenshots/ (look at them). */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    @TempDir
    static Path dataDir;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void loadData() throws Exception {
        app = UiTestSupport.openData(dataDir, TestData.require(TestData.seoul("영역-상권")),
                TestData.require(TestData.seoul("상권변화지표-상권")), TestData.require(TestData.seoul("점포-상권")),
                TestData.require(TestData.seoul("길단위인구-상권")),
                TestData.require(TestData.SEOUL.resolve("서울시 상권분석서비스(영역-상권).shp")));
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
    void searchScreenWithMapColouredByChangeIndex(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().show("search"));
        SearchScreen screen = (SearchScreen) shell.window().screen("search");
        UiTestSupport.waitUntil(() -> screen.viewModel().total() == 1650, 20);
        robot.interact(() -> screen.viewModel().metricProperty().set(MapMetric.CHANGE_INDEX));
        UiTestSupport.waitUntil(() -> screen.viewModel().metricValuesProperty().get().metric() == MapMetric.CHANGE_INDEX, 10);
        Path all = UiTestSupport.screenshot(shell.scene(), "search");
        robot.interact(() -> {
            screen.viewModel().metricProperty().set(MapMetric.FLOATING_POPULATION);
            robot.lookup("#search-field").queryAs(TextField.class).setText("관악구");
        });
        UiTestSupport.waitUntil(() -> screen.viewModel().metricValuesProperty().get().metric() == MapMetric.FLOATING_POPULATION, 10);
        Path filtered = UiTestSupport.screenshot(shell.scene(), "search-filtered");
        assertThat(Files.size(all)).isGreaterThan(20_000);
        assertThat(Files.size(filtered)).isGreaterThan(20_000);
    }

    @Test
    void englishAtOneAndAHalfTimesTheFontSizeStillFits(FxRobot robot) throws Exception {
        robot.interact(() -> {
            shell.window().switchLanguage(Locale.ENGLISH);
            shell.window().setFontScale(150);
            shell.window().show("search");
        });
        SearchScreen screen = (SearchScreen) shell.window().screen("search");
        UiTestSupport.waitUntil(() -> screen.viewModel().total() == 1650, 20);
        robot.interact(() -> robot.lookup("#search-field").queryAs(TextField.class).setText("ㅅㄹ"));
        Path png = UiTestSupport.screenshot(shell.scene(), "search-en-150");
        assertThat(Files.size(png)).isGreaterThan(20_000);
        robot.interact(() -> {
            shell.window().switchLanguage(Locale.KOREAN);
            shell.window().setFontScale(100);
        });
    }

    @Test
    void importScreenWithAResultRow(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().show("import"));
        ImportScreen screen = (ImportScreen) shell.window().screen("import");
        robot.interact(() -> screen.viewModel().addFiles(List.of(TestData.require(TestData.seoul("집객시설-상권")))));
        UiTestSupport.waitUntil(() -> screen.viewModel().rows().get(0).state() == ImportRow.State.DONE, 60);
        UiTestSupport.waitUntil(() -> screen.viewModel().history().size() == 6, 10);
        assertThat(screen.viewModel().history().get(0).datasetName()).isEqualTo("집객시설-상권");
        Path png = UiTestSupport.screenshot(shell.scene(), "import");
        javafx.scene.control.Label name = robot.lookup(".sg-import-file").queryAs(javafx.scene.control.Label.class);
        assertThat(name.getTextFill()).as("file name must be readable on the light card").isNotEqualTo(javafx.scene.paint.Color.WHITE);
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
