package kr.sanggwon.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.TrainedSample;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.LayoutCheck;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.wizard.PlainIndustries;
import kr.sanggwon.wizard.PlainIndustry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 창업 도우미 as an owner uses it on the bundled sample: from the start screen's button, answer what (카페), where
 * (a 자치구) and how much (typed as 5000만 / 250만), and get the one-page answer; at 100 % and 200 % text nothing is
 * cut off. The glossary screen finds 손익분기점. Screenshots of both.
 */
@ExtendWith(ApplicationExtension.class)
class WizardScreenTest {
    static final String GU = "가람구";
    @TempDir
    static Path dataDir;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void sample() {
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

    @Test
    void anOwnerGoesFromTheStartScreenThroughThreeQuestionsToAOnePageAnswer(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().show("search"));
        robot.clickOn("#start-wizard");
        assertThat(shell.window().current()).isEqualTo("wizard");
        answerCafe(robot);
        String title = robot.lookup("#wizard-answer-title").queryLabeled().getText();
        assertThat(title).contains("카페", GU, "5,000만원");
        assertThat(robot.lookup("#wizard-pick-0").queryLabeled().getText()).contains(GU);
        assertThat(robot.lookup("#wizard-sales-0").queryLabeled().getText()).contains("80% 범위");
        assertThat(robot.lookup("#wizard-break-even").queryLabeled().getText()).contains("손익분기");
        for (int i = 0; i < 3; i++) {
            assertThat(robot.lookup("#wizard-risk-" + i).queryLabeled().getText()).isNotBlank();
        }
        assertThat(check(LayoutCheck::cutOff)).isEmpty();
        assertThat(check(LayoutCheck::colourOnly)).isEmpty();
        UiTestSupport.screenshot(shell.scene(), "wizard");
        scrollToEnd(robot);
        UiTestSupport.screenshot(shell.scene(), "wizard-answer");

        robot.interact(() -> shell.window().setFontScale(200));
        robot.interact(() -> shell.window().show("wizard"));
        answerCafeDirectly(robot);
        assertThat(check(LayoutCheck::cutOff)).isEmpty();
        assertThat(check(LayoutCheck::colourOnly)).isEmpty();
        scrollToEnd(robot);
        UiTestSupport.screenshot(shell.scene(), "wizard-200");
        robot.interact(() -> shell.window().setFontScale(100));
    }

    @Test
    void theAnswerNamesRiskLevelsInWordsNotByColourAlone(FxRobot robot) {
        robot.interact(() -> shell.window().show("wizard"));
        answerCafe(robot);
        for (int i = 0; i < 3; i++) {
            Labeled risk = robot.lookup("#wizard-risk-" + i).queryLabeled();
            assertThat(risk.getAccessibleText()).matches("(주의|확인|참고): .+");
        }
    }

    @Test
    void theGlossarySearchFindsTheBreakEvenEntry(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().show("glossary"));
        robot.clickOn("#glossary-search").write("손익분기");
        UiTestSupport.waitUntil(() -> robot.lookup("#glossary-term").tryQueryAs(Labeled.class)
                .map(l -> l.getText().contains("손익분기점")).orElse(false), 10);
        UiTestSupport.screenshot(shell.scene(), "glossary");
    }

    private java.util.List<String> check(java.util.function.Function<javafx.scene.Scene, java.util.List<String>> check) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> check.apply(shell.scene())).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void theMainScreensShowNoMeaningByColourAloneAndCutNothingOff(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().context().selection().setIndustry("CS100010"));
        for (String screen : java.util.List.of("search", "dashboard", "estimate", "recommend", "finance", "glossary")) {
            robot.interact(() -> shell.window().show(screen));
            org.testfx.util.WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(check(LayoutCheck::colourOnly)).as(screen).isEmpty();
        }
    }

    /** The same answers set on the controls (at 200 % the fields sit below the fold of the scrolled page). */
    private void answerCafeDirectly(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<PlainIndustry> what = robot.lookup("#wizard-what").queryAs(ComboBox.class);
        robot.interact(() -> what.setValue(PlainIndustries.require("카페")));
        @SuppressWarnings("unchecked")
        ComboBox<String> gu = robot.lookup("#wizard-gu").queryAs(ComboBox.class);
        UiTestSupport.waitUntil(() -> gu.getItems().contains(GU), 30);
        robot.interact(() -> {
            robot.lookup("#wizard-where-gu").queryAs(javafx.scene.control.RadioButton.class).setSelected(true);
            gu.setValue(GU);
            robot.lookup("#wizard-budget").queryAs(javafx.scene.control.TextField.class).setText("5000만");
            robot.lookup("#wizard-rent").queryAs(javafx.scene.control.TextField.class).setText("250만");
            robot.lookup("#wizard-ask").queryButton().fire();
        });
        UiTestSupport.waitUntil(() -> robot.lookup("#wizard-answer-title").tryQuery().isPresent(), 60);
    }

    private void scrollToEnd(FxRobot robot) {
        robot.interact(() -> {
            javafx.scene.Node n = robot.lookup("#wizard-answer-box").query();
            while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof javafx.scene.control.ScrollPane sp) {
                sp.setVvalue(sp.getVmax());
            }
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private void answerCafe(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<PlainIndustry> what = robot.lookup("#wizard-what").queryAs(ComboBox.class);
        robot.interact(() -> what.setValue(PlainIndustries.require("카페")));
        @SuppressWarnings("unchecked")
        ComboBox<String> gu = robot.lookup("#wizard-gu").queryAs(ComboBox.class);
        UiTestSupport.waitUntil(() -> gu.getItems().contains(GU), 30);
        robot.clickOn("#wizard-where-gu");
        robot.interact(() -> gu.setValue(GU));
        robot.clickOn("#wizard-budget").write("5000만");
        robot.clickOn("#wizard-rent").write("250만");
        robot.type(KeyCode.ENTER);
        UiTestSupport.waitUntil(() -> robot.lookup("#wizard-answer-title").tryQuery().isPresent(), 60);
    }
}
