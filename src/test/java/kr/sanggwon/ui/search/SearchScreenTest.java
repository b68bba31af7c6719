package kr.sanggwon.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.search.KoreanMatcher;
import kr.sanggwon.search.MapMetric;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.ui.map.DistrictMapView;
import kr.sanggwon.ui.shell.ScreenCatalog;
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
class SearchScreenTest {
    @TempDir
    static Path dataDir;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void loadData() throws Exception {
        app = UiTestSupport.openData(dataDir, TestData.require(TestData.seoul("영역-상권")),
                TestData.require(TestData.seoul("상권변화지표-상권")), TestData.require(TestData.seoul("점포-상권")));
    }

    @AfterAll
    static void closeData() {
        app.close();
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.KOREAN);
        shell = UiTestSupport.show(stage, app);
        shell.window().show("search");
    }

    @AfterEach
    void close() {
        shell.close();
        Messages.setLocale(Locale.KOREAN);
    }

    @SuppressWarnings("unchecked")
    private TableView<SearchRow> results(FxRobot robot) {
        TableView<SearchRow> table = robot.lookup("#search-results").queryAs(TableView.class);
        UiTestSupport.waitUntil(() -> viewModel().total() == 1650, 20);
        return table;
    }

    private SearchViewModel viewModel() {
        return ((SearchScreen) shell.window().screen("search")).viewModel();
    }

    @Test
    void typingFiltersTheResultsAsYouType(FxRobot robot) {
        TableView<SearchRow> table = results(robot);
        assertThat(table.getItems()).hasSize(1650);
        robot.clickOn("#search-field").write("신림역");
        UiTestSupport.waitUntil(() -> table.getItems().size() < 1650, 5);
        assertThat(table.getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.name()).contains("신림역"));
        assertThat(table.getItems()).extracting(SearchRow::code).contains("3120157", "3110880", "3110877", "3110869");
        assertThat(robot.lookup("#search-count").queryAs(Label.class).getText())
                .isEqualTo(table.getItems().size() + "개 / 전체 1,650개");
    }

    @Test
    void initialConsonantsFindDistricts(FxRobot robot) {
        TableView<SearchRow> table = results(robot);
        robot.interact(() -> robot.lookup("#search-field").queryAs(TextField.class).setText("ㅅㄹㅇ"));
        assertThat(table.getItems()).extracting(SearchRow::code).contains("3120157", "3110880");
        assertThat(table.getItems()).allSatisfy(r -> assertThat(KoreanMatcher.matches("ㅅㄹㅇ",
                r.name() + "|" + r.district().guName() + "|" + r.district().dongName() + "|" + r.district().typeName())).isTrue());
    }

    @Test
    void guNameListsTheDistrictsOfThatGu(FxRobot robot) {
        TableView<SearchRow> table = results(robot);
        robot.interact(() -> robot.lookup("#search-field").queryAs(TextField.class).setText("관악구"));
        assertThat(table.getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.district().guName()).isEqualTo("관악구"));
    }

    @Test
    void doubleClickOpensTheDistrictAndNavigates(FxRobot robot) {
        TableView<SearchRow> table = results(robot);
        robot.interact(() -> robot.lookup("#search-field").queryAs(TextField.class).setText("신림역(신림)"));
        assertThat(table.getItems()).first().extracting(SearchRow::code).isEqualTo("3120157");
        javafx.scene.Node row = robot.lookup("#search-results .table-row-cell")
                .match((javafx.scene.control.TableRow<SearchRow> r) -> r.getItem() != null && r.getItem().code().equals("3120157"))
                .query();
        robot.doubleClickOn(row, MouseButton.PRIMARY);
        assertThat(shell.window().context().selection().district()).isEqualTo("3120157");
        boolean dashboardExists = ScreenCatalog.find("dashboard").orElseThrow().available();
        assertThat(shell.window().current()).isEqualTo(dashboardExists ? "dashboard" : "search");
    }

    @Test
    void rightClickOnAMapDistrictOpensItsExpectedSales(FxRobot robot) {
        results(robot);
        DistrictMapView map = robot.lookup("#district-map").queryAs(DistrictMapView.class);
        robot.interact(() -> robot.lookup("#search-field").queryAs(TextField.class).setText("신림역(신림)"));
        double[] p = map.screenPoint("3120157");
        assertThat(p).isNotNull();
        robot.clickOn(map.localToScreen(p[0], p[1]), MouseButton.SECONDARY);
        UiTestSupport.waitUntil(() -> robot.lookup("#search-menu-estimate").tryQuery().isPresent(), 5);
        robot.clickOn("이 지역 예상 매출 보기");
        assertThat(shell.window().context().selection().district()).isEqualTo("3120157");
        boolean estimateExists = ScreenCatalog.find("estimate").orElseThrow().available();
        assertThat(shell.window().current()).isEqualTo(estimateExists ? "estimate" : "search");
    }

    @Test
    void enterInTheSearchFieldOpensTheFirstResult(FxRobot robot) {
        results(robot);
        robot.clickOn("#search-field").write("강남역");
        robot.type(KeyCode.ENTER);
        assertThat(shell.window().context().selection().district()).isEqualTo("3120189");
    }

    @Test
    void mapShowsEveryDistrictAndOpensOneOnClick(FxRobot robot) {
        results(robot);
        DistrictMapView map = robot.lookup("#district-map").queryAs(DistrictMapView.class);
        robot.interact(() -> viewModel().metricProperty().set(MapMetric.CHANGE_INDEX));
        UiTestSupport.waitUntil(() -> viewModel().metricValuesProperty().get() != null
                && viewModel().metricValuesProperty().get().metric() == MapMetric.CHANGE_INDEX, 10);
        robot.interact(() -> robot.lookup("#search-field").queryAs(TextField.class).setText("신림역(신림)"));
        double[] p = map.screenPoint("3120157");
        assertThat(p).isNotNull();
        javafx.geometry.Point2D onScreen = map.localToScreen(p[0], p[1]);
        robot.moveTo(onScreen);
        assertThat(map.tooltip()).startsWith("신림역(신림) (3120157)").contains("상권변화지표").contains("2025년 2분기");
        robot.clickOn(onScreen, MouseButton.PRIMARY);
        assertThat(shell.window().context().selection().district()).isEqualTo("3120157");
    }

    @Test
    void switchingLanguageRebuildsTheNavigationInEnglish(FxRobot robot) {
        results(robot);
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem english = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> "menu-lang-en".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(english::fire);
        UiTestSupport.waitUntil(() -> robot.lookup("#nav-search").queryAs(ToggleButton.class).getText().equals("Find district"), 5);
        assertThat(robot.lookup("#nav-import").queryAs(ToggleButton.class).getText()).isEqualTo("Import data");
        assertThat(robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).getText()).isEqualTo("District overview");
        assertThat(shell.window().current()).isEqualTo("search");
        assertThat(shell.prefs().language()).isEqualTo("en");
        assertThat(robot.lookup("#search-open").queryAs(javafx.scene.control.Button.class).getText()).isEqualTo("Open district overview");
    }

    @Test
    void controlWithANumberJumpsToThatNavigationEntry(FxRobot robot) {
        results(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertThat(shell.window().current()).isEqualTo("search");
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        assertThat(shell.window().current()).isEqualTo("import");
    }
}
