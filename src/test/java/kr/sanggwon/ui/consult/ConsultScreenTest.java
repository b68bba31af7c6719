package kr.sanggwon.ui.consult;

import static kr.sanggwon.ui.testing.ScreenFixture.fire;
import static kr.sanggwon.ui.testing.ScreenFixture.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/**
 * The consultant's main path in 상담 on real 행정동 data: set the passphrase, a client (an empty name is refused),
 * a visit (an impossible date is refused), save the 예상 매출 shown as a scenario into it, and find it back — then
 * lock and unlock (a wrong passphrase is refused).
 */
@ExtendWith(ApplicationExtension.class)
class ConsultScreenTest {
    static final String PASS = "상담 암호 2026!";
    @TempDir
    static Path dataDir;
    static ScreenFixture screens;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void loadAndTrain() throws Exception {
        screens = ScreenFixture.open(dataDir, TestData.require(TestData.seoul("추정매출-행정동")),
                TestData.require(TestData.seoul("길단위인구-행정동")));
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

    private static String message(FxRobot robot) {
        return robot.lookup("#consult-message").queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void createClientRecordVisitSaveEstimateAsScenarioAndFindItBack(FxRobot robot) throws Exception {
        robot.clickOn("#nav-consult");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-set-up").tryQuery().isPresent(), 20);
        UiTestSupport.screenshot(shell.scene(), "consult-set-up");
        type(robot, "#consult-consultant", "한상담");
        type(robot, "#consult-new-pass", PASS);
        type(robot, "#consult-new-pass-repeat", PASS);
        fire(robot, "#consult-set-up");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-search").tryQuery().isPresent(), 30);

        fire(robot, "#client-save");
        UiTestSupport.waitUntil(() -> message(robot).equals("고객 이름을 입력하세요."), 10);
        type(robot, "#client-name", "윤가을");
        type(robot, "#client-phone", "010-4321-8765");
        type(robot, "#client-idea", "역삼동 테이크아웃 커피");
        type(robot, "#client-budget", "6000");
        fire(robot, "#client-save");
        ListView<?> clients = robot.lookup("#consult-clients").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> clients.getItems().size() == 1 && message(robot).contains("윤가을"), 10);

        type(robot, "#consultation-date", "2026-02-30");
        type(robot, "#consultation-place", "역삼역 카페");
        type(robot, "#consultation-follow-up", java.time.LocalDate.now().plusDays(14).toString());
        fire(robot, "#consultation-save");
        UiTestSupport.waitUntil(() -> message(robot).contains("없는 날짜입니다: 2026-02-30"), 10);
        type(robot, "#consultation-date", java.time.LocalDate.now().toString());
        fire(robot, "#consultation-save");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-consultations").queryAs(ListView.class).getItems().size() == 1
                && shell.window().context().openCase().isOpen(), 10);
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-followups").queryAs(ListView.class).getItems().size() == 1, 10);

        // 예상 매출 → save as scenario into the open consultation
        robot.clickOn("#nav-estimate");
        UiTestSupport.waitUntil(() -> robot.lookup("#estimate-district").tryQuery().isPresent(), 30);
        javafx.scene.control.ComboBox<EstimateService.DistrictChoice> district = robot.lookup("#estimate-district")
                .queryAs(javafx.scene.control.ComboBox.class);
        UiTestSupport.waitUntil(() -> !district.getItems().isEmpty(), 30);
        robot.interact(() -> district.setValue(district.getItems().stream().filter(d -> d.code().equals("11680640")).findFirst()
                .orElseThrow()));
        UiTestSupport.waitUntil(() -> robot.lookup("#estimate-monthly").tryQuery().isPresent(), 30);
        fire(robot, "#estimate-save-scenario");
        UiTestSupport.waitUntil(() -> shell.dialogs().messages.stream().anyMatch(m -> m.contains("윤가을")), 20);

        robot.clickOn("#nav-consult");
        ListView<?> scenarios = robot.lookup("#consult-scenarios").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> scenarios.getItems().size() == 1, 20);
        robot.interact(() -> scenarios.getSelectionModel().select(0));
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-scenarios").tryQuery().isPresent(), 5);
        UiTestSupport.screenshot(shell.scene(), "consult");

        // lock, wrong passphrase, unlock
        fire(robot, "#consult-lock");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-unlock").tryQuery().isPresent(), 10);
        assertThat(shell.window().context().openCase().isOpen()).isFalse();
        type(robot, "#consult-pass", "틀린 암호 입니다");
        fire(robot, "#consult-unlock");
        UiTestSupport.waitUntil(() -> message(robot).contains("암호가 틀렸습니다"), 20);
        type(robot, "#consult-pass", PASS);
        fire(robot, "#consult-unlock");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-clients").tryQuery().isPresent()
                && robot.lookup("#consult-clients").queryAs(ListView.class).getItems().size() == 1, 30);
    }
}
