package kr.sanggwon.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import kr.sanggwon.ui.shell.MainWindow;
import kr.sanggwon.ui.testing.ScreenFixture;
import org.jfree.chart.fx.ChartViewer;
import org.testfx.util.WaitForAsyncUtils;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Screenshots of 예상 매출 (a 행정동 with sales), 상권 현황 and 고객 분석 (신림역 1번, a 상권 with little data) on real
 * files, in Korean and in English at 150 % text, as a consultant sees them (look at them).
 */
@ExtendWith(ApplicationExtension.class)
class RealDataScreensScreenshotTest {
    /** 신림역 1번: a 골목상권 with store counts only (no sales, no population at 상권 level in these files). */
    static final String LITTLE_DATA = "3110880";
    /** 신림동 (관악구): a 행정동 with sales of every industry. */
    static final String DONG = "11620695";

    @TempDir
    static Path dataDir;
    static ScreenFixture screens;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void loadAndTrain() throws Exception {
        screens = ScreenFixture.open(dataDir, TestData.require(TestData.seoul("영역-상권")), TestData.require(TestData.seoul("점포-상권")),
                TestData.require(TestData.seoul("추정매출-행정동")), TestData.require(TestData.seoul("길단위인구-행정동")),
                TestData.require(TestData.seoul("소득소비-행정동")), TestData.require(TestData.seoul("집객시설-행정동")),
                TestData.require(TestData.seoul("상주인구-상권")));
        app = screens.app();
        app.estimateService().train(Progress.NONE);
    }

    @AfterAll
    static void closeData() {
        screens.close();
    }

    @Start
    void start(Stage stage) {
        shell = screens.show(stage);
    }

    @AfterEach
    void close() {
        screens.closeShell();
    }

    private List<String> cutOff() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> LayoutCheck.cutOff(shell.scene())).get(10, TimeUnit.SECONDS);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ko, 150
            en, 150
            """)
    void screensOnRealData(String lang, int scale, FxRobot robot) throws Exception {
        robot.interact(() -> {
            shell.window().switchLanguage(Locale.forLanguageTag(lang));
            shell.window().setFontScale(scale);
            shell.window().context().selection().setIndustry("CS100010");
            shell.window().context().selection().setDistrict(DONG);
            shell.window().show("estimate");
        });
        UiTestSupport.waitUntil(() -> robot.lookup("#estimate-headline").tryQuery().isPresent(), 60);
        Path estimate = UiTestSupport.screenshot(shell.scene(), "real-estimate-" + lang + "-" + scale);
        // the headline sentence and the big figure are whole, table rows are tall enough, nothing runs off the edge
        assertThat(robot.lookup("#estimate-headline").queryAs(Label.class).getText())
                .contains(lang.equals("ko") ? "한 달 매출은 대체로" : "most likely");
        assertThat(cutOff()).isEmpty();
        robot.interact(() -> shell.window().stage().setWidth(960));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cutOff()).as("at the minimum width").isEmpty();
        robot.interact(() -> shell.window().stage().setWidth(MainWindow.DEFAULT_WIDTH));

        robot.interact(() -> {
            shell.window().context().selection().setDistrict(LITTLE_DATA);
            shell.window().show("dashboard");
        });
        UiTestSupport.waitUntil(() -> false == robot.lookup(".progress-indicator").tryQuery().map(javafx.scene.Node::isVisible).orElse(false), 30);
        UiTestSupport.waitUntil(() -> robot.lookup("#dashboard-title").tryQuery().isPresent(), 30);
        Path dashboard = UiTestSupport.screenshot(shell.scene(), "real-dashboard-little-" + lang + "-" + scale);
        // several warnings are one folded notice; a chart without data is a sentence naming the file to import
        assertThat((Object) robot.lookup("#dashboard-warnings").query()).isInstanceOf(TitledPane.class);
        assertThat(robot.lookup("#dashboard-warnings").queryAs(TitledPane.class).isExpanded()).isFalse();
        Node sales = robot.lookup("#dashboard-chart-sales").query();
        assertThat((Object) sales).isNotInstanceOf(ChartViewer.class);
        assertThat(robot.from(sales).lookup(".label").queryAllAs(Label.class)).anySatisfy(l -> assertThat(l.getText()).contains("추정매출-"));
        assertThat(cutOff()).isEmpty();

        robot.interact(() -> shell.window().show("customers"));
        Thread.sleep(2500);
        Path customers = UiTestSupport.screenshot(shell.scene(), "real-customers-little-" + lang + "-" + scale);
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).noneMatch(l -> l.getText() != null && l.getText().contains("_kpi"));
        for (Path p : new Path[] {estimate, dashboard, customers}) {
            assertThat(Files.size(p)).isGreaterThan(10_000);
        }
        robot.interact(() -> {
            shell.window().switchLanguage(Locale.KOREAN);
            shell.window().setFontScale(100);
        });
    }
}
