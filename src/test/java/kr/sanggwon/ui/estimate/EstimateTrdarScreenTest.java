package kr.sanggwon.ui.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.TrainedSample;
import kr.sanggwon.common.Messages;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.ui.testing.ScreenFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 예상 매출 screen at 상권 grain (sales per store) on the bundled sample, with models trained first. */
@ExtendWith(ApplicationExtension.class)
class EstimateTrdarScreenTest {
    /** 가람역 1번: a sample 상권 with 4 커피-음료 stores in the last quarter. */
    private static final String DISTRICT = "3118007";

    @TempDir
    static Path dataDir;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void sampleAndModels() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        app = TrainedSample.openCopy(dataDir);
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
        Messages.setLocale(Locale.KOREAN);
    }

    /** ADR 0019: the service returns keys and arguments, so the English screen reads its lines in English. */
    @Test
    void theEnglishScreenReadsTheEstimatesQualityModelAndShopLinesInEnglish(FxRobot robot) throws Exception {
        Estimate e = app.estimateService().estimate(DISTRICT, "CS100010");   // computed while the app is Korean
        robot.interact(() -> shell.window().switchLanguage(java.util.Locale.ENGLISH));
        robot.interact(() -> {
            shell.window().context().selection().setDistrict(DISTRICT);
            shell.window().context().selection().setIndustry("CS100010");
        });
        robot.clickOn("#nav-estimate");
        UiTestSupport.waitUntil(() -> robot.lookup("#estimate-quality").tryQuery().isPresent()
                && robot.lookup("#estimate-quality").queryAs(Label.class).getText().startsWith("Method:"), 30);
        assertThat(robot.lookup("#estimate-quality").queryAs(Label.class).getText())
                .isEqualTo(e.quality().line().render(java.util.Locale.ENGLISH)).doesNotContainPattern("[\\uAC00-\\uD7A3]");
        assertThat(robot.lookup("#estimate-provenance").queryAs(Label.class).getText())
                .isEqualTo(e.provenance().line().render(java.util.Locale.ENGLISH)).contains("2024 Q4");
        ScreenFixture.fire(robot, "#estimate-new-shop");
        UiTestSupport.waitUntil(() -> robot.lookup("#estimate-shop-note").tryQuery().isPresent(), 10);
        assertThat(robot.lookup("#estimate-shop-note").queryAs(Label.class).getText()).contains("Per-store value").doesNotContain("곳");
        UiTestSupport.screenshot(shell.scene(), "estimate-trdar-en");
    }

    @Test
    void countingTheNewShopSharesTheDistrictsSalesWithOneMoreStore(FxRobot robot) throws Exception {
        // the district and industry chosen elsewhere (e.g. 상권 찾기) carry over to the screen
        robot.interact(() -> {
            shell.window().context().selection().setDistrict(DISTRICT);
            shell.window().context().selection().setIndustry("CS100010");
        });
        robot.clickOn("#nav-estimate");
        UiTestSupport.waitUntil(() -> robot.lookup("#estimate-monthly").tryQuery().isPresent()
                && robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().startsWith("커피-음료 · 가람역 1번")), 30);
        Estimate e = app.estimateService().estimate(DISTRICT, "CS100010");
        assertThat(e.perStore()).isTrue();
        assertThat(e.stores()).isEqualTo(4);
        // the card says which method made the number and why it was chosen over the naive reference
        assertThat(robot.lookup("#estimate-quality").queryAs(Label.class).getText()).contains(EstimateService.methodName(e.quality().method()));
        assertThat(robot.lookup("#estimate-selection").queryAs(Label.class).getText()).isEqualTo(e.quality().selectionLine().render(Messages.locale())).isNotBlank();
        CheckBox newShop = robot.lookup("#estimate-new-shop").queryAs(CheckBox.class);
        assertThat(newShop.isVisible()).isTrue();
        String before = robot.lookup("#estimate-monthly").queryAs(Label.class).getText();

        robot.clickOn("#estimate-new-shop");
        UiTestSupport.waitUntil(() -> robot.lookup("#estimate-shop-note").tryQuery().isPresent(), 10);
        assertThat(robot.lookup("#estimate-shop-note").queryAs(Label.class).getText()).contains("4곳", "5곳");
        assertThat(robot.lookup("#estimate-monthly").queryAs(Label.class).getText()).isNotEqualTo(before);
        UiTestSupport.screenshot(shell.scene(), "estimate-trdar-new-shop");

        // 수익 분석으로 가져가기: the new shop's monthly point and range open in 수익 분석 with break-even and loss probability
        robot.clickOn("#estimate-carry");
        UiTestSupport.waitUntil(() -> robot.lookup("#finance-break-even").tryQuery().isPresent()
                && robot.lookup("#finance-loss").tryQuery().isPresent(), 30);
        assertThat(shell.window().context().navigator().current()).isEqualTo("finance");
        double shopMonthly = e.monthly() * 4 / 5;
        assertThat(robot.lookup("#finance-sales").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(kr.sanggwon.common.Formats.number(Math.round(shopMonthly), 0));
        assertThat(robot.lookup("#finance-break-even").queryAs(Label.class).getText()).containsPattern("[만억]원");
        assertThat(robot.lookup("#finance-loss").queryAs(Label.class).getText()).endsWith("%");
        assertThat(robot.lookup("#finance-target").queryAs(Label.class).getText()).contains("상위", "커피-음료");
        UiTestSupport.screenshot(shell.scene(), "finance");

        // further down: the Monte Carlo fan and the histogram of monthly profit over the same range
        javafx.scene.Node histogram = robot.lookup("#finance-histogram").query();
        robot.interact(() -> {
            for (javafx.scene.Parent p = histogram.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane scroll) {
                    double y = scroll.getContent().sceneToLocal(histogram.localToScene(0, 0)).getY();
                    double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(Math.min(1, Math.max(0, (y - 360) / room)) * scroll.getVmax());
                    break;
                }
            }
        });
        UiTestSupport.screenshot(shell.scene(), "finance-simulation");
    }
}
