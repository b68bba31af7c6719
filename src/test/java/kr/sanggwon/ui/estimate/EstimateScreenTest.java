package kr.sanggwon.ui.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Progress;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.ui.testing.ScreenFixture;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 예상 매출 screen on the real 행정동 files (커피-음료), with models trained before the window opens. */
@ExtendWith(ApplicationExtension.class)
class EstimateScreenTest {
    @TempDir
    static Path dataDir;
    static ScreenFixture screens;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void loadAndTrain() throws Exception {
        screens = ScreenFixture.open(dataDir, TestData.require(TestData.seoul("영역-상권")), TestData.require(TestData.seoul("추정매출-행정동")),
                TestData.require(TestData.seoul("길단위인구-행정동")), TestData.require(TestData.seoul("소득소비-행정동")),
                TestData.require(TestData.seoul("집객시설-행정동")));
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

    @Test
    @SuppressWarnings("unchecked")
    void showsMonthlySalesRangeDriversAndComparablesForAChosenDong(FxRobot robot) throws Exception {
        robot.clickOn("#nav-estimate");
        javafx.scene.control.ComboBox<EstimateService.DistrictChoice> district = robot.lookup("#estimate-district").queryAs(javafx.scene.control.ComboBox.class);
        UiTestSupport.waitUntil(() -> !district.getItems().isEmpty(), 30);
        robot.interact(() -> district.setValue(district.getItems().stream().filter(d -> d.code().equals("11680640")).findFirst()
                .orElseThrow()));
        UiTestSupport.waitUntil(() -> robot.lookup("#estimate-monthly").tryQuery().isPresent()
                && robot.lookup("#estimate-provenance").queryAs(Label.class).getText().contains("모델")
                && robot.lookup("#estimate-comparables").queryAs(TableView.class).getItems().size() == 5
                && ((TableView<kr.sanggwon.estimate.ComparableCell>) robot.lookup("#estimate-comparables").queryAs(TableView.class))
                .getItems().stream().noneMatch(c -> c.district().equals("11680640")), 30);
        Label monthly = robot.lookup("#estimate-monthly").queryAs(Label.class);
        assertThat(monthly.getText()).startsWith("월 ").containsPattern("[만억]원");
        assertThat(robot.lookup("#estimate-quality").queryAs(Label.class).getText()).contains("검증 오차 중앙값");
        assertThat(robot.lookup("#estimate-drivers").queryAll()).isNotEmpty();
        UiTestSupport.screenshot(shell.scene(), "estimate");

        // optional store detail: 9 coffee shops already there → the 행정동 total is shared by 10
        String total = monthly.getText();
        robot.interact(() -> robot.lookup("#estimate-stores").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(9));
        UiTestSupport.waitUntil(() -> robot.lookup("#estimate-shop-note").tryQuery().isPresent(), 10);
        assertThat(robot.lookup("#estimate-shop-note").queryAs(Label.class).getText()).contains("10곳");
        assertThat(robot.lookup("#estimate-monthly").queryAs(Label.class).getText()).isNotEqualTo(total);
        assertThat(robot.lookup("#estimate-new-shop").queryAs(javafx.scene.control.CheckBox.class).isVisible()).isFalse();

        robot.clickOn("#estimate-carry");
        UiTestSupport.waitUntil(() -> "finance".equals(shell.window().context().navigator().current()), 10);
    }
}
