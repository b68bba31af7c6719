package kr.sanggwon.ui.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.EditConflictException;
import kr.sanggwon.consult.FieldSurvey;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.Versioned;
import kr.sanggwon.digital.Adoption;
import kr.sanggwon.digital.DigitalCheckup;
import kr.sanggwon.digital.DigitalItem;
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

/**
 * 현장 조사 when someone else saved the scenario's survey after the card was opened: the save is refused, the dialog
 * shows both surveys with "keep mine" and "keep theirs" only (a scenario has one survey: no copy beside it), nothing is
 * overwritten until "keep mine" saves over theirs knowingly. The 디지털 진단 dialog in English alike.
 */
@ExtendWith(ApplicationExtension.class)
class SurveyConflictScreenTest {
    static final String PASS = "현장 조사 충돌 2026";
    @TempDir
    static Path dataDir;
    static AppContext app;
    static long scenarioId;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void caseFile() {
        Messages.setLocale(Locale.KOREAN);
        app = AppContext.open(dataDir);
        ConsultService s = app.consult();
        s.vault().setUp(PASS.toCharArray(), PASS.toCharArray());
        long client = s.addClient(new ClientInput("서충돌", null, null, "역삼동 샐러드 가게", null, null, null, null)).id();
        long k = s.addConsultation(client, new ConsultationInput(LocalDate.of(2026, 5, 6), null, null, null, null)).id();
        ScenarioSnapshot.EstimatePart e = new ScenarioSnapshot.EstimatePart("DONG", false, 20253, 20252, null, 96_000_000,
                72_000_000.0, 124_000_000.0, 288_000_000, null, null, new ScenarioSnapshot.NewShop(3, false, 4, 24_000_000, 18_000_000,
                31_000_000, 72_000_000, "4곳이 나눔"), List.of(), null, null, List.of(), List.of());
        scenarioId = s.saveSnapshot(k, new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, "역삼 후보", Instant.now().toString(), "ko", 1,
                "11680640", "역삼1동", "강남구", "CS100010", "커피-음료", e, null, null, null, List.of())).id();
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

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class).fire());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSurveySavedByAnotherConsultantMeanwhileIsNotOverwrittenUntilKeepMine(FxRobot robot) throws Exception {
        robot.clickOn("#nav-consult");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-clients").tryQuery().isPresent()
                && robot.lookup("#consult-clients").queryAs(ListView.class).getItems().size() == 1, 30);
        robot.interact(() -> robot.lookup("#consult-clients").queryAs(ListView.class).getSelectionModel().select(0));
        ListView<Object> visits = robot.lookup("#consult-consultations").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> visits.getItems().size() == 1, 10);
        robot.interact(() -> visits.getSelectionModel().select(0));
        ListView<Object> scenarios = robot.lookup("#consult-scenarios").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> scenarios.getItems().size() == 1, 10);
        robot.interact(() -> scenarios.getSelectionModel().select(0));
        UiTestSupport.waitUntil(() -> robot.lookup("#survey-card").query().isVisible(), 10);

        // the card is open with no survey saved; another consultant saves the scenario's first survey meanwhile
        app.consult().surveys().save(scenarioId, null, new FieldSurvey(null, 2, null, null, null, null, null, null, "다른 상담사: 2층"));

        type(robot, "#survey-floor", "1");
        type(robot, "#survey-notes", "내 조사: 1층 코너");
        fire(robot, "#survey-save");
        UiTestSupport.waitUntil(() -> robot.lookup("#conflict-dialog").tryQuery().isPresent(), 20);
        DialogPane pane = robot.lookup("#conflict-dialog").queryAs(DialogPane.class);
        assertThat(pane.getButtonTypes()).extracting(ButtonType::getText)
                .contains(Messages.get("consult.conflict.keepMine"), Messages.get("consult.conflict.keepTheirs"))
                .doesNotContain(Messages.get("consult.conflict.keepBoth"));
        assertThat(robot.lookup("#conflict-table").queryAs(javafx.scene.layout.GridPane.class).getChildren())
                .extracting(n -> ((Label) n).getText()).contains("다른 상담사: 2층", "내 조사: 1층 코너", "층");
        UiTestSupport.screenshot(pane.getScene(), "consult-survey-conflict");
        assertThat(app.consult().surveys().survey(scenarioId).orElseThrow().notes()).isEqualTo("다른 상담사: 2층");   // nothing overwritten

        ButtonType mine = pane.getButtonTypes().stream().filter(b -> b.getText().equals(Messages.get("consult.conflict.keepMine")))
                .findFirst().orElseThrow();
        robot.interact(() -> ((Button) pane.lookupButton(mine)).fire());
        UiTestSupport.waitUntil(() -> app.consult().surveys().survey(scenarioId).orElseThrow().notes().equals("내 조사: 1층 코너"), 20);
        Versioned<FieldSurvey> now = app.consult().surveys().saved(scenarioId).orElseThrow();
        assertThat(now.version()).isEqualTo(1);
        assertThat(now.value().floor()).isEqualTo(1);
    }

    @Test
    void theDigitalCheckupDialogInEnglish(FxRobot robot) throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        DigitalCheckup theirs = new DigitalCheckup(Map.of(DigitalItem.PAY, Adoption.ADOPTED), 3_300_000, 400_000, 1, 30_000_000);
        DigitalCheckup mine = theirs.with(DigitalItem.ORDER, Adoption.PLANNED);
        EditConflictException e = new EditConflictException(EditConflictException.Kind.DIGITAL, 12, new Versioned<>(theirs, 4));
        EditConflictPrompt prompt = EditConflictPrompt.digital(e, mine, c -> { });
        robot.interact(() -> new ConflictDialog(prompt).dialog(shell.scene().getWindow()).show());
        DialogPane pane = robot.lookup("#conflict-dialog").queryAs(DialogPane.class);
        assertThat(pane.getContent().lookupAll(".label")).extracting(n -> ((Label) n).getText())
                .anyMatch(t -> t.contains("digital check-up of scenario 12"));
        assertThat(pane.getButtonTypes()).extracting(ButtonType::getText)
                .contains("Save mine (overwrites theirs)", "Keep theirs (drop my changes)").doesNotContain("Keep both (save mine as a copy)");
        assertThat(prompt.rows()).filteredOn(EditConflictPrompt.Row::differs).extracting(EditConflictPrompt.Row::mine).containsExactly("Planned");
        UiTestSupport.screenshot(pane.getScene(), "consult-digital-conflict-en");
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }
}
