package kr.sanggwon.ui.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.DigitalCheckups;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.digital.Adoption;
import kr.sanggwon.digital.DigitalItem;
import kr.sanggwon.digital.DigitalWorld;
import kr.sanggwon.district.Fixture;
import java.util.concurrent.TimeUnit;
import kr.sanggwon.ui.LayoutCheck;
import kr.sanggwon.ui.UiTestSupport;
import org.testfx.util.WaitForAsyncUtils;
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
 * 디지털 전환 진단 on the 상담 screen: open a saved scenario, mark the tools in use and planned, give the rent and
 * staff, and see now → after and the support programmes; the result is saved on the scenario for the report.
 */
@ExtendWith(ApplicationExtension.class)
class DigitalScreenTest {
    static final String PASS = "디지털 화면 암호 2026";
    @TempDir
    static Path dataDir;
    static Fixture world;
    static AppContext app;
    static long scenarioId;
    static long cellTotalId;
    static final String CELL_TOTAL = "가나역 전체 (가게 수 없이)";
    UiTestSupport.Shell shell;
    Stage stage;

    @BeforeAll
    static void caseFile() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        world = DigitalWorld.build(dataDir);
        app = world.app;
        ConsultService s = app.consult();
        s.vault().setUp(PASS.toCharArray(), PASS.toCharArray());
        long client = s.addClient(new ClientInput("문디지", null, null, "가나역 카페", null, null, null, null)).id();
        long k = s.addConsultation(client, new ConsultationInput(LocalDate.of(2026, 5, 6), "가나역 3번 출구", null, null, null)).id();
        ScenarioSnapshot.EstimatePart e = new ScenarioSnapshot.EstimatePart("TRDAR", true, 20253, 20252, 4.0, 15_000_000,
                11_000_000.0, 20_000_000.0, 45_000_000, null, null, null, List.of(), null, null, List.of(), List.of());
        scenarioId = s.saveSnapshot(k, new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, "가나역 카페 1층", Instant.now().toString(), "ko", 1,
                DigitalWorld.DISTRICT, "가나역", DigitalWorld.GU, DigitalWorld.COFFEE, "커피-음료", e, null, null, null, List.of())).id();
        // an estimate saved without store details: 가나역's coffee sales of all shops together, not one shop's
        ScenarioSnapshot.EstimatePart cell = new ScenarioSnapshot.EstimatePart("DONG", false, 20253, 20252, null, 2_216_000_000.0,
                1_800_000_000.0, 2_700_000_000.0, 6_648_000_000.0, null, null, null, List.of(), null, null, List.of(), List.of());
        cellTotalId = s.saveSnapshot(k, new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, CELL_TOTAL, Instant.now().toString(), "ko", 1,
                DigitalWorld.DISTRICT, "가나역", DigitalWorld.GU, DigitalWorld.COFFEE, "커피-음료", cell, null, null, null, List.of())).id();
        s.saveSnapshot(k, new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, "비교만 한 시나리오", Instant.now().toString(), "ko", 1,
                DigitalWorld.DISTRICT, "가나역", DigitalWorld.GU, DigitalWorld.COFFEE, "커피-음료", null, null, null, null, List.of()));
    }

    @SuppressWarnings("unchecked")
    private static void pick(FxRobot robot, String title) {
        ListView<kr.sanggwon.consult.Scenario> scenarios = robot.lookup("#consult-scenarios").queryAs(ListView.class);
        robot.interact(() -> scenarios.getItems().stream().filter(x -> x.snapshot().title().equals(title)).findFirst()
                .ifPresent(x -> scenarios.getSelectionModel().select(x)));
    }

    @AfterAll
    static void closeData() {
        world.close();
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.KOREAN);
        this.stage = stage;
        shell = UiTestSupport.show(stage, app);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    private static void choose(FxRobot robot, DigitalItem item, Adoption a) {
        robot.interact(() -> robot.lookup("#digital-" + item.id() + "-" + a.id()).queryAs(RadioButton.class).fire());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    @SuppressWarnings("unchecked")
    void markToolsSeeNowAndAfterWithTheProgrammesAndTheResultIsSavedOnTheScenario(FxRobot robot) throws Exception {
        robot.clickOn("#nav-consult");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-clients").tryQuery().isPresent()
                && robot.lookup("#consult-clients").queryAs(ListView.class).getItems().size() == 1, 30);
        ListView<Object> clients = robot.lookup("#consult-clients").queryAs(ListView.class);
        robot.interact(() -> clients.getSelectionModel().select(0));
        ListView<Object> visits = robot.lookup("#consult-consultations").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> visits.getItems().size() == 1, 10);
        robot.interact(() -> visits.getSelectionModel().select(0));
        ListView<Object> scenarios = robot.lookup("#consult-scenarios").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> scenarios.getItems().size() == 3, 10);
        pick(robot, "가나역 카페 1층");
        UiTestSupport.waitUntil(() -> robot.lookup("#digital-card").query().isVisible(), 10);

        // a rent that cannot be read is named, and nothing is saved
        type(robot, "#digital-rent", "많이");
        robot.interact(() -> robot.lookup("#digital-save").queryAs(Button.class).fire());
        UiTestSupport.waitUntil(() -> text(robot, "#digital-message").contains("월세"), 10);
        assertThat(app.digital().checkup(scenarioId)).isEmpty();

        choose(robot, DigitalItem.PAY, Adoption.ADOPTED);
        choose(robot, DigitalItem.ORDER, Adoption.PLANNED);
        choose(robot, DigitalItem.MAP, Adoption.PLANNED);
        type(robot, "#digital-rent", "250만");
        type(robot, "#digital-maintenance", "20만");
        type(robot, "#digital-staff", "1");
        type(robot, "#digital-investment", "4000만");
        robot.interact(() -> robot.lookup("#digital-save").queryAs(Button.class).fire());
        UiTestSupport.waitUntil(() -> !text(robot, "#digital-after-profit").isEmpty(), 30);

        // the screen shows what was saved on the scenario (the report prints the same rows)
        ScenarioSnapshot.Attachment att = app.consult().scenario(scenarioId).snapshot().attachments().stream()
                .filter(a -> a.kind().equals(DigitalCheckups.KIND)).findFirst().orElseThrow();
        ScenarioSnapshot.AttachmentRow profit = att.rows().stream().filter(r -> r.label().equals("영업이익 (월)")).findFirst().orElseThrow();
        assertThat(profit.value()).contains(text(robot, "#digital-now-profit"), text(robot, "#digital-after-profit"));
        assertThat(app.digital().checkup(scenarioId).orElseThrow().state(DigitalItem.ORDER)).isEqualTo(Adoption.PLANNED);
        assertThat(robot.lookup("#digital-programme-smart_shop").tryQuery()).isPresent();
        assertThat(text(robot, "#digital-message")).contains("저장");
        robot.interact(() -> {   // bring the card into view for the picture
            javafx.scene.Node card = robot.lookup("#digital-checklist").query();
            javafx.scene.control.ScrollPane scroll = robot.lookup("#consult-screen .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
            double y = scroll.getContent().sceneToLocal(card.localToScene(0, 0)).getY();
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.min(1.0, (y - 10) / room));
        });
        UiTestSupport.screenshot(shell.scene(), "consult-digital");

        // a scenario without an estimate has no card; going back fills the card with what was saved
        pick(robot, "비교만 한 시나리오");
        UiTestSupport.waitUntil(() -> !robot.lookup("#digital-card").query().isVisible(), 10);
        assertThat(robot.lookup("#digital-rent").queryAs(TextInputControl.class).getText()).isEmpty();
        pick(robot, "가나역 카페 1층");
        UiTestSupport.waitUntil(() -> robot.lookup("#digital-order-planned").queryAs(RadioButton.class).isSelected()
                && "250만".equals(robot.lookup("#digital-rent").queryAs(TextInputControl.class).getText()), 10);
        UiTestSupport.waitUntil(() -> !text(robot, "#digital-after-profit").isEmpty(), 30);
        assertThat(text(robot, "#digital-payback")).startsWith("처음 드는 비용 회수");

        // at the window's narrowest the card still fits: nothing runs past the right edge
        robot.interact(() -> stage.setWidth(960));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> LayoutCheck.cutOff(shell.scene())).get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDongTotalSavedWithoutStoreDetailsIsRefusedByTheDigitalAndAfterOpeningCards(FxRobot robot) throws Exception {
        robot.clickOn("#nav-consult");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-clients").tryQuery().isPresent()
                && robot.lookup("#consult-clients").queryAs(ListView.class).getItems().size() == 1, 30);
        robot.interact(() -> robot.lookup("#consult-clients").queryAs(ListView.class).getSelectionModel().select(0));
        ListView<Object> visits = robot.lookup("#consult-consultations").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> visits.getItems().size() == 1, 10);
        robot.interact(() -> visits.getSelectionModel().select(0));
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-scenarios").queryAs(ListView.class).getItems().size() == 3, 10);
        pick(robot, CELL_TOTAL);
        UiTestSupport.waitUntil(() -> robot.lookup("#digital-card").query().isVisible(), 10);

        // the card says at once why it cannot run, before anything is filled in
        UiTestSupport.waitUntil(() -> text(robot, "#digital-message").contains("가게 한 곳"), 20);
        assertThat(text(robot, "#digital-message")).contains(CELL_TOTAL, "가나역");
        choose(robot, DigitalItem.ORDER, Adoption.PLANNED);
        type(robot, "#digital-rent", "250만");
        type(robot, "#digital-staff", "1");
        robot.interact(() -> robot.lookup("#digital-save").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.waitUntil(() -> text(robot, "#digital-message").contains("가게 한 곳"), 20);
        assertThat(text(robot, "#digital-after-profit")).isEmpty();
        assertThat(app.digital().checkup(cellTotalId)).isEmpty();

        // 사후 점검 against it is refused too, and nothing is recorded
        type(robot, "#actual-month", "2025-09");
        type(robot, "#actual-sales", "4,600");
        robot.interact(() -> robot.lookup("#actual-save").queryAs(Button.class).fire());
        UiTestSupport.waitUntil(() -> text(robot, "#actual-message").contains("가게 한 곳"), 20);
        assertThat(app.consult().afterOpening().portfolio().rows()).noneMatch(r -> r.scenarioTitle() != null
                && r.scenarioTitle().equals(CELL_TOTAL));
        robot.interact(() -> {   // bring the card into view for the picture
            javafx.scene.Node card = robot.lookup("#digital-card").query();
            javafx.scene.control.ScrollPane scroll = robot.lookup("#consult-screen .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
            double y = scroll.getContent().sceneToLocal(card.localToScene(0, 0)).getY();
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.min(1.0, (y - 10) / room));
        });
        UiTestSupport.screenshot(shell.scene(), "consult-digital-cell-total");
    }
}
