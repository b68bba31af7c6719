package kr.sanggwon.ui.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.digital.Adoption;
import kr.sanggwon.digital.DigitalCheckup;
import kr.sanggwon.digital.DigitalItem;
import kr.sanggwon.digital.DigitalWorld;
import kr.sanggwon.district.Fixture;
import kr.sanggwon.ui.LayoutCheck;
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
import org.testfx.util.WaitForAsyncUtils;

/** The 디지털 전환 진단 card in English at the narrowest window: a saved checkup reopens filled in and nothing is cut off. */
@ExtendWith(ApplicationExtension.class)
class DigitalScreenEnglishTest {
    static final String PASS = "digital screen in English 2026";
    @TempDir
    static Path dataDir;
    static Fixture world;
    static AppContext app;
    UiTestSupport.Shell shell;
    Stage stage;

    @BeforeAll
    static void caseFile() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        world = DigitalWorld.build(dataDir);
        app = world.app;
        ConsultService s = app.consult();
        s.vault().setUp(PASS.toCharArray(), PASS.toCharArray());
        long client = s.addClient(new ClientInput("Kim", null, null, null, null, null, null, null)).id();
        long k = s.addConsultation(client, new ConsultationInput(LocalDate.of(2026, 5, 6), null, null, null, null)).id();
        ScenarioSnapshot.EstimatePart e = new ScenarioSnapshot.EstimatePart("TRDAR", true, 20253, 20252, 4.0, 15_000_000,
                11_000_000.0, 20_000_000.0, 45_000_000, null, null, null, List.of(), null, null, List.of(), List.of());
        long id = s.saveSnapshot(k, new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, "Gana cafe", Instant.now().toString(), "en", 1,
                DigitalWorld.DISTRICT, "가나역", DigitalWorld.GU, DigitalWorld.COFFEE, "커피-음료", e, null, null, null, List.of())).id();
        app.digital().save(id, new DigitalCheckup(Map.of(DigitalItem.DELIVERY, Adoption.PLANNED, DigitalItem.ONLINE, Adoption.PLANNED,
                DigitalItem.BOOKS, Adoption.ADOPTED), 2_500_000, 200_000, 1, 40_000_000));
    }

    @AfterAll
    static void closeData() {
        world.close();
        Messages.setLocale(Locale.KOREAN);
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        shell = UiTestSupport.show(stage, app);
    }

    @AfterEach
    void close() {
        shell.close();
        Messages.setLocale(Locale.KOREAN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSavedCheckupReopensInEnglishAndFitsTheNarrowestWindow(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setWidth(960));
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
        UiTestSupport.waitUntil(() -> robot.lookup("#digital-after-profit").tryQuery().isPresent(), 30);
        assertThat(robot.lookup("#digital-delivery-planned").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#digital-books-adopted").queryAs(RadioButton.class).getText()).isEqualTo("In use");
        assertThat(robot.lookup("#digital-rent").queryAs(javafx.scene.control.TextInputControl.class).getText()).isEqualTo("2,500,000");
        assertThat(robot.lookup("#digital-payback").queryAs(Label.class).getText()).startsWith("Earning back the one-off costs");
        robot.interact(() -> {
            javafx.scene.Node card = robot.lookup("#digital-checklist").query();
            javafx.scene.control.ScrollPane scroll = robot.lookup("#consult-screen .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
            double y = scroll.getContent().sceneToLocal(card.localToScene(0, 0)).getY();
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.min(1.0, (y - 10) / room));
        });
        UiTestSupport.screenshot(shell.scene(), "consult-digital-en-960");
        assertThat(WaitForAsyncUtils.asyncFx(() -> LayoutCheck.cutOff(shell.scene())).get(10, TimeUnit.SECONDS)).isEmpty();
    }
}
