package kr.sanggwon.ui.consult;

import static kr.sanggwon.ui.testing.ScreenFixture.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Formats;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.FieldSurvey;
import kr.sanggwon.consult.ScenarioSnapshot;
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

/**
 * 현장 조사 on the 상담 screen: open a saved scenario, fill in the storefront checklist, see base → factors →
 * adjusted, untick a factor and tick it again (the figure comes back exactly).
 */
@ExtendWith(ApplicationExtension.class)
class SurveyScreenTest {
    static final String PASS = "현장 조사 화면 2026";
    @TempDir
    static Path dataDir;
    static ScreenFixture screens;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void caseFile() throws Exception {
        screens = ScreenFixture.open(dataDir);
        app = screens.app();
        ConsultService s = app.consult();
        s.vault().setUp(PASS.toCharArray(), PASS.toCharArray());
        long client = s.addClient(new ClientInput("한현장", null, null, "역삼동 샐러드 가게", null, null, null, null)).id();
        long k = s.addConsultation(client, new ConsultationInput(LocalDate.of(2026, 5, 6), "역삼역 2번 출구", null, null, null)).id();
        // 역삼1동's coffee sales shared by 3 shops already there and the new one: 2,400만원 a month for the new shop
        ScenarioSnapshot.EstimatePart e = new ScenarioSnapshot.EstimatePart("DONG", false, 20253, 20252, null, 96_000_000,
                72_000_000.0, 124_000_000.0, 288_000_000, null, null, new ScenarioSnapshot.NewShop(3, false, 4, 24_000_000, 18_000_000,
                31_000_000, 72_000_000, "4곳이 나눔"), List.of(), null, null, List.of(), List.of());
        s.saveSnapshot(k, new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, "역삼 2층 후보", Instant.now().toString(), "ko", 1,
                "11680640", "역삼1동", "강남구", "CS100010", "커피-음료", e, null, null, null, List.of()));
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

    private static String adjusted(FxRobot robot) {
        return robot.lookup("#survey-adjusted").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    @SuppressWarnings("unchecked")
    void fillTheSurveySeeTheAdjustedEstimateAndSwitchAFactorOffAndOn(FxRobot robot) throws Exception {
        robot.clickOn("#nav-consult");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-clients").tryQuery().isPresent()
                && robot.lookup("#consult-clients").queryAs(ListView.class).getItems().size() == 1, 30);
        ListView<Object> clients = robot.lookup("#consult-clients").queryAs(ListView.class);
        robot.interact(() -> clients.getSelectionModel().select(0));
        ListView<Object> visits = robot.lookup("#consult-consultations").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> visits.getItems().size() == 1, 10);
        robot.interact(() -> visits.getSelectionModel().select(0));
        ListView<Object> scenarios = robot.lookup("#consult-scenarios").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> scenarios.getItems().size() == 1, 10);
        robot.interact(() -> scenarios.getSelectionModel().select(0));
        UiTestSupport.waitUntil(() -> robot.lookup("#survey-card").query().isVisible(), 10);

        type(robot, "#survey-frontage", "4");
        type(robot, "#survey-floor", "2층");
        robot.interact(() -> robot.lookup("#survey-visibility").queryAs(ComboBox.class).setValue(FieldSurvey.Visibility.PARTIAL));
        robot.interact(() -> robot.lookup("#survey-corner").queryAs(CheckBox.class).setSelected(true));
        type(robot, "#survey-traffic", "12:00 10 60\n18:30 10 80");
        type(robot, "#survey-competitors", "그린볼 30\n샐러디 150");
        robot.interact(() -> robot.lookup("#survey-save").queryAs(javafx.scene.control.Button.class).fire());
        double all = 24_000_000 * 0.85 * 0.95 * 1.05 * 0.97;   // 2층, 일부만 보임, 코너, 50m 안 경쟁점 1곳 (traffic 420/h: no factor)
        UiTestSupport.waitUntil(() -> adjusted(robot).equals(Formats.money(Math.round(all))), 20);
        assertThat(robot.lookup("#survey-factor-corner").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.interact(() -> {   // bring the survey card into view for the picture
            javafx.scene.Node card = robot.lookup("#survey-card").query();
            javafx.scene.control.ScrollPane scroll = robot.lookup("#consult-screen .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
            double y = scroll.getContent().sceneToLocal(card.localToScene(0, 0)).getY();
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.min(1.0, (y - 10) / room));
        });
        UiTestSupport.screenshot(shell.scene(), "consult-survey");

        robot.interact(() -> robot.lookup("#survey-factor-corner").queryAs(CheckBox.class).fire());
        UiTestSupport.waitUntil(() -> adjusted(robot).equals(Formats.money(Math.round(24_000_000 * 0.85 * 0.95 * 0.97))), 20);
        robot.interact(() -> robot.lookup("#survey-factor-corner").queryAs(CheckBox.class).fire());
        UiTestSupport.waitUntil(() -> adjusted(robot).equals(Formats.money(Math.round(all))), 20);

        // a line that cannot be read is named, and the saved survey stays
        type(robot, "#survey-traffic", "점심때 많음");
        robot.interact(() -> robot.lookup("#survey-save").queryAs(javafx.scene.control.Button.class).fire());
        UiTestSupport.waitUntil(() -> robot.lookup("#survey-message").queryAs(Label.class).getText().contains("점심때 많음"), 10);
        assertThat(app.consult().surveys().survey(app.consult().clients().get(0).id() >= 0
                ? ((kr.sanggwon.consult.Scenario) scenarios.getItems().get(0)).id() : 0).orElseThrow().traffic()).hasSize(2);

        // 사후 점검: the shop opened; its actual sales are compared with the adjusted forecast of the chosen scenario
        type(robot, "#actual-month", "2025-09");
        type(robot, "#actual-sales", "2,200");
        robot.interact(() -> robot.lookup("#actual-save").queryAs(javafx.scene.control.Button.class).fire());
        ListView<Object> actuals = robot.lookup("#actual-rows").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> actuals.getItems().size() == 1, 20);
        assertThat(((kr.sanggwon.consult.AfterOpening.Compared) actuals.getItems().get(0)).forecast()).isCloseTo(all,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(robot.lookup("#actual-summary").queryAs(Label.class).getText()).contains("6개월");
        robot.interact(() -> {
            javafx.scene.Node card = robot.lookup("#actual-card").query();
            javafx.scene.control.ScrollPane scroll = robot.lookup("#consult-screen .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
            double y = scroll.getContent().sceneToLocal(card.localToScene(0, 0)).getY();
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.min(1.0, (y - 10) / room));
        });
        UiTestSupport.screenshot(shell.scene(), "consult-after-opening");
    }
}
