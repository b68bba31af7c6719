package kr.sanggwon.ui.consult;

import static kr.sanggwon.ui.testing.ScreenFixture.fire;
import static kr.sanggwon.ui.testing.ScreenFixture.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.ClientInput;
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
 * 상담 when someone else saved the client first: the save is refused, the dialog shows both versions side by side, and
 * "keep both" saves the consultant's version as a second client while theirs stays; "keep mine" then saves over theirs.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictDialogScreenTest {
    static final String PASS = "상담 암호 2026!";
    @TempDir
    static Path dataDir;
    static ScreenFixture screens;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void open() throws Exception {
        screens = ScreenFixture.open(dataDir);
        app = screens.app();
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

    private static void choose(FxRobot robot, String key) {
        DialogPane pane = robot.lookup("#conflict-dialog").queryAs(DialogPane.class);
        ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getText().equals(Messages.get(key))).findFirst().orElseThrow();
        robot.interact(() -> ((Button) pane.lookupButton(type)).fire());
    }

    @Test
    void aClientSavedByAnotherConsultantMeanwhileAsksWhatToKeep(FxRobot robot) throws Exception {
        ScreenFixture.setUpCaseFiles(robot, PASS);
        type(robot, "#client-name", "윤가을");
        type(robot, "#client-phone", "010-4321-8765");
        type(robot, "#client-notes", "보증금 3천 가능");
        fire(robot, "#client-save");
        ListView<?> clients = robot.lookup("#consult-clients").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> clients.getItems().size() == 1, 10);
        Client shown = (Client) clients.getItems().get(0);

        // another consultant (another app on the shared database) saves the same client first
        app.consult().updateClient(shown.id(), shown.version(), new ClientInput("윤가을", "010-4321-8765", null, "역삼동 커피", null,
                null, null, "다른 상담사: 보증금 5천까지"));

        type(robot, "#client-notes", "보증금 3천, 권리금 없음");
        fire(robot, "#client-save");
        UiTestSupport.waitUntil(() -> robot.lookup("#conflict-dialog").tryQuery().isPresent(), 10);
        DialogPane pane = robot.lookup("#conflict-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("다른 사용자가 먼저 저장했습니다");
        assertThat(robot.lookup("#conflict-table").queryAs(javafx.scene.layout.GridPane.class).getChildren())
                .extracting(n -> ((Label) n).getText())
                .contains("다른 사용자가 저장한 내용", "내가 고친 내용", "다른 상담사: 보증금 5천까지", "보증금 3천, 권리금 없음", "역삼동 커피");
        UiTestSupport.screenshot(pane.getScene(), "consult-conflict");
        assertThat(app.consult().client(shown.id()).notes()).isEqualTo("다른 상담사: 보증금 5천까지");   // nothing overwritten

        choose(robot, "consult.conflict.keepBoth");
        UiTestSupport.waitUntil(() -> clients.getItems().size() == 2, 10);
        assertThat(app.consult().client(shown.id()).notes()).isEqualTo("다른 상담사: 보증금 5천까지");
        assertThat(app.consult().clients()).extracting(Client::notes)
                .containsExactlyInAnyOrder("다른 상담사: 보증금 5천까지", "보증금 3천, 권리금 없음");
    }

    @Test
    void theDialogInEnglish(FxRobot robot) throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        Client theirs = new Client(7, "Yoon Gaeul", "010-4321-8765", null, "Coffee in Yeoksam", null, 50_000_000L, null,
                "Other consultant: deposit up to 50M", null, null, 3);
        kr.sanggwon.consult.EditConflictException e = new kr.sanggwon.consult.EditConflictException(
                kr.sanggwon.consult.EditConflictException.Kind.CLIENT, 7, theirs);
        EditConflictPrompt prompt = EditConflictPrompt.client(e, new ClientInput("Yoon Gaeul", "010-4321-8765", null, "Coffee in Yeoksam",
                null, 30_000_000L, null, "Deposit 30M, no premium"), c -> { });
        robot.interact(() -> {
            javafx.scene.control.Dialog<?> d = new ConflictDialog(prompt).dialog(shell.scene().getWindow());
            d.show();
        });
        DialogPane pane = robot.lookup("#conflict-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Someone else saved first");
        assertThat(pane.getButtonTypes()).extracting(ButtonType::getText)
                .contains("Save mine (overwrites theirs)", "Keep theirs (drop my changes)", "Keep both (save mine as a copy)");
        UiTestSupport.screenshot(pane.getScene(), "consult-conflict-en");
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        assertThat(pane.getButtonTypes()).hasSize(4);
    }
}
