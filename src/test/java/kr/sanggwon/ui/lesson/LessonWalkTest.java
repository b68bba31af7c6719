package kr.sanggwon.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.lesson.Check;
import kr.sanggwon.lesson.Lesson;
import kr.sanggwon.lesson.LessonLibrary;
import kr.sanggwon.lesson.LessonSandbox;
import kr.sanggwon.lesson.LessonStep;
import kr.sanggwon.lesson.LocalText;
import kr.sanggwon.lesson.SeatProgress;
import kr.sanggwon.ui.LayoutCheck;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.ui.shell.ScreenCatalog;
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
 * Walks every lesson to its end on the class copy of the sample, answering as a learner does from what the screen
 * shows (and once wrongly, to see the hint); does "카페 입지 두 곳 비교하기" by keyboard alone at 200 %; checks
 * presentation mode fits 1280×720. Writes screenshots to docs/screenshots/lessons/ when asked to.
 */
@ExtendWith(ApplicationExtension.class)
class LessonWalkTest {
    @TempDir
    static Path home;
    static LessonSandbox sandbox;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void prepareClass() {
        sandbox = new LessonSandbox(home);
        sandbox.prepare(Progress.NONE);
        app = AppContext.openFolder(sandbox.classFolder());
    }

    @AfterAll
    static void closeData() {
        app.close();
    }

    private Stage stage;

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

    private LessonView lessons(FxRobot robot) {
        robot.interact(() -> shell.window().show("lesson"));
        return ((LessonScreen) shell.window().screen("lesson")).lessons();
    }

    @Test
    void everyLessonIsWalkedToItsEndByAnsweringFromTheScreen(FxRobot robot) throws Exception {
        assertThat(walkEveryLesson(robot, 100, "7")).as("a wrong answer was tried once").isTrue();
    }

    /**
     * The same walk at twice the text size: every step can be answered from the screen. (At 200 % with the lesson panel
     * beside it a screen scrolls sideways in a 1280 px window; the screenshots show it.)
     */
    @Test
    void everyLessonStepFitsAtTwiceTheTextSize(FxRobot robot) throws Exception {
        walkEveryLesson(robot, 200, "8");
    }

    /**
     * Walks every lesson to its end on one seat, a screenshot of each step ({@code lessons/ID-N}, at 200 %
     * {@code lessons/ID-200-N}); at 100 % also answers one number step wrongly first. Returns whether it did.
     */
    private boolean walkEveryLesson(FxRobot robot, int fontScale, String seat) throws Exception {
        robot.interact(() -> shell.window().setFontScale(fontScale));
        LessonView view = lessons(robot);
        assertThat(view.inClass()).isTrue();
        UiTestSupport.waitUntil(() -> robot.lookup("#lesson-seat").tryQuery().isPresent(), 20);
        robot.interact(() -> robot.lookup("#lesson-seat").queryAs(javafx.scene.control.TextField.class).setText(seat));
        boolean wrongTried = fontScale != 100;
        for (Lesson lesson : LessonLibrary.bundled()) {
            LessonCoach[] coach = new LessonCoach[1];
            robot.interact(() -> coach[0] = view.begin(lesson.id()));
            for (int i = 0; i < lesson.steps().size(); i++) {
                LessonStep step = lesson.steps().get(i);
                assertThat(ScreenCatalog.find(step.screen())).as(lesson.id()).isPresent();
                UiTestSupport.waitUntil(() -> coach[0].ring().ringed() != null, 40);
                assertThat(coach[0].ring().ringed().getId()).isEqualTo(step.control());
                assertThat(coach[0].ring().ringed().getStyle()).contains("-fx-border-width: 4");
                UiTestSupport.screenshot(shell.scene(), "lessons/" + lesson.id() + (fontScale == 100 ? "-" : "-" + fontScale + "-")
                        + (i + 1));
                if (!wrongTried && step.check().kind() == kr.sanggwon.lesson.CheckKind.NUMBER_SHOWN) {
                    answerNumber(robot, step.check(), "987654321");
                    robot.interact(() -> robot.lookup("#lesson-check").queryAs(Button.class).fire());
                    assertThat(label(robot, "#lesson-feedback")).startsWith("✘");
                    assertThat(label(robot, "#lesson-hint")).isEqualTo(step.check().hint().in(Locale.KOREAN));
                    wrongTried = true;
                }
                answerRight(robot, step);
                robot.interact(() -> robot.lookup("#lesson-check").queryAs(Button.class).fire());
                assertThat(label(robot, "#lesson-feedback")).as(lesson.id() + " step " + (i + 1)).startsWith("✔");
                if (i + 1 < lesson.steps().size()) {
                    robot.interact(() -> robot.lookup("#lesson-next").queryAs(Button.class).fire());
                }
            }
            assertThat(new SeatProgress(sandbox.classFolder()).stepsDone(seat, lesson.id())).isEqualTo(lesson.steps().size());
            robot.interact(() -> coach[0].close());
        }
        return wrongTried;
    }

    @Test
    void comparingTwoCafesIsDoneByKeyboardAloneAndFitsAtTwiceTheTextSize(FxRobot robot) throws Exception {
        LessonView view = lessons(robot);
        robot.interact(() -> shell.window().setFontScale(200));
        Lesson lesson = LessonLibrary.find("compare-two-cafes").orElseThrow();
        LessonCoach[] coach = new LessonCoach[1];
        robot.interact(() -> coach[0] = view.begin(lesson.id()));
        // step 1: the ringed box has the focus; type two names, Enter after each, then F8
        UiTestSupport.waitUntil(() -> coach[0].ring().ringed() != null
                && coach[0].ring().ringed().getScene().getFocusOwner() == coach[0].ring().ringed(), 40);
        // in a long test run an earlier test's window may still hold the keyboard: the keys must go to this one
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        UiTestSupport.waitUntil(() -> coach[0].ring().ringed().isFocused(), 20);
        UiTestSupport.screenshot(shell.scene(), "lessons/compare-two-cafes-200-1");
        robot.write("한빛역").type(KeyCode.ENTER);
        UiTestSupport.waitUntil(() -> shell.window().context().selection().compareDistricts().size() == 1, 20);
        robot.write("별내초등학교").type(KeyCode.ENTER);
        UiTestSupport.waitUntil(() -> shell.window().context().selection().compareDistricts().size() == 2, 20);
        robot.type(KeyCode.F8);
        assertThat(label(robot, "#lesson-feedback")).startsWith("✔");
        for (int i = 1; i < lesson.steps().size(); i++) {
            robot.type(KeyCode.F9);
            LessonStep step = lesson.steps().get(i);
            UiTestSupport.waitUntil(() -> robot.lookup("#" + step.check().answerControl()).tryQuery().isPresent(), 40);
            UiTestSupport.screenshot(shell.scene(), "lessons/compare-two-cafes-200-" + (i + 1));
            // F7 goes to the first choice; arrow keys move between choices and select them
            robot.type(KeyCode.F7);
            int right = rightChoice(robot, step.check());
            for (int k = 0; k < right; k++) {
                robot.type(KeyCode.DOWN);
            }
            robot.type(KeyCode.SPACE);
            robot.type(KeyCode.F8);
            assertThat(label(robot, "#lesson-feedback")).as("step " + (i + 1)).startsWith("✔");
        }
        assertThat(new SeatProgress(sandbox.classFolder()).stepsDone("1", lesson.id())).isEqualTo(lesson.steps().size());
        robot.interact(() -> coach[0].close());
    }

    @Test
    void theBreakEvenLessonIsDoneByKeyboardAlone(FxRobot robot) throws Exception {
        LessonView view = lessons(robot);
        robot.interact(() -> robot.lookup("#lesson-seat").queryAs(javafx.scene.control.TextField.class).setText("3"));
        Lesson lesson = LessonLibrary.find("break-even").orElseThrow();
        LessonCoach[] coach = new LessonCoach[1];
        robot.interact(() -> coach[0] = view.begin(lesson.id()));
        // step 1: the ringed 예상 매출 불러오기 has the focus; Space presses it, as soon as the screen is there
        UiTestSupport.waitUntil(() -> coach[0].ring().ringed() != null && coach[0].ring().ringed().isFocused(), 40);
        assertThat(coach[0].ring().ringed().getId()).isEqualTo("finance-use-estimate");
        robot.type(KeyCode.SPACE);
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            if (i > 0) {
                robot.type(KeyCode.F9);
                UiTestSupport.waitUntil(() -> coach[0].ring().ringed() != null
                        && step.control().equals(coach[0].ring().ringed().getId()), 40);
            }
            String shown = shownNumber(robot, step.check().answerControl());
            // F7 goes to the answer box; the learner types the number as the screen shows it, F8 checks
            robot.type(KeyCode.F7);
            robot.write(shown);
            robot.type(KeyCode.F8);
            assertThat(label(robot, "#lesson-feedback")).as("step " + (i + 1) + ": " + shown).startsWith("✔");
            UiTestSupport.screenshot(shell.scene(), "lessons/break-even-" + (i + 1));
        }
        assertThat(new SeatProgress(sandbox.classFolder()).stepsDone("3", lesson.id())).isEqualTo(lesson.steps().size());
        robot.interact(() -> coach[0].close());
    }

    /** The number the control shows, written as it is on screen (with its thousands commas), once it shows one. */
    private static String shownNumber(FxRobot robot, String id) {
        UiTestSupport.waitUntil(() -> robot.lookup("#" + id).tryQuery()
                .map(n -> ScreenReading.firstNumber(ScreenReading.text(n)).isPresent()).orElse(false), 90);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?[0-9][0-9,]*(?:\\.[0-9]+)?")
                .matcher(ScreenReading.text(robot.lookup("#" + id).query()));
        assertThat(m.find()).isTrue();
        return m.group();
    }

    @Test
    void presentationModeFitsAProjectorOf1280By720(FxRobot robot) throws Exception {
        LessonView view = lessons(robot);
        robot.interact(() -> {
            shell.window().stage().setWidth(1280);
            shell.window().stage().setHeight(720);
            robot.lookup("#lesson-presentation").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
        });
        assertThat(shell.window().fontScale()).isEqualTo(Presentation.SCALE);
        assertThat(robot.lookup("#nav-import").queryAs(Node.class).isVisible()).as("simplified menu").isFalse();
        assertThat(robot.lookup("#nav-dashboard").queryAs(Node.class).isVisible()).isTrue();
        robot.interact(() -> { });
        UiTestSupport.waitUntil(() -> robot.lookup("#lesson-class-status").tryQuery().isPresent(), 10);
        robot.interact(() -> assertThat(LayoutCheck.cutOff(shell.scene())).as("lesson screen").isEmpty());
        UiTestSupport.screenshot(shell.scene(), "lessons/presentation-1280x720");
        LessonCoach[] coach = new LessonCoach[1];
        robot.interact(() -> coach[0] = ((LessonScreen) shell.window().screen("lesson")).lessons().begin("read-district"));
        UiTestSupport.waitUntil(() -> coach[0].ring().ringed() != null, 40);
        robot.interact(() -> assertThat(LayoutCheck.cutOff(shell.scene())).as("search with the lesson panel").isEmpty());
        UiTestSupport.screenshot(shell.scene(), "lessons/presentation-step-1280x720");
        robot.interact(() -> {
            coach[0].close();
            Presentation.set(shell.window(), false);
        });
        assertThat(shell.window().fontScale()).as("the text size from before").isEqualTo(100);
    }

    private void answerRight(FxRobot robot, LessonStep step) {
        Check c = step.check();
        switch (c.kind()) {
            case NUMBER_SHOWN -> {
                // a ringed button is pressed first (수익 분석: take over the expected sales), as the step says
                UiTestSupport.waitUntil(() -> robot.lookup("#" + step.control()).tryQuery().isPresent(), 40);
                if (robot.lookup("#" + step.control()).query() instanceof Button b) {
                    // as a learner does: once the screen shows its district and industry
                    UiTestSupport.waitUntil(() -> robot.lookup("#finance-district").tryQuery()
                            .map(n -> ((javafx.scene.control.ComboBox<?>) n).getValue() != null).orElse(true)
                            && robot.lookup("#finance-industry").tryQuery()
                            .map(n -> ((javafx.scene.control.ComboBox<?>) n).getValue() != null).orElse(true), 60);
                    robot.interact(b::fire);
                }
                UiTestSupport.waitUntil(() -> robot.lookup("#" + c.answerControl()).tryQuery()
                        .map(n -> ScreenReading.firstNumber(ScreenReading.text(n)).isPresent()).orElse(false), 90);
                String shown = ScreenReading.text(robot.lookup("#" + c.answerControl()).query());
                answerNumber(robot, c, ScreenReading.firstNumber(shown).orElseThrow().toPlainString());
            }
            case CHOICE_SHOWN -> {
                int right = rightChoice(robot, c);
                robot.interact(() -> robot.lookup("#lesson-choice-" + right).queryAs(RadioButton.class).setSelected(true));
            }
            case DISTRICT_SELECTED -> {
                if (step.screen().equals("search")) {
                    robot.interact(() -> robot.lookup("#search-field").queryAs(javafx.scene.control.TextField.class).requestFocus());
                    robot.write("한빛역");
                    UiTestSupport.waitUntil(() -> robot.lookup("#search-results").queryAs(TableView.class).getItems().size() >= 1, 20);
                    robot.type(KeyCode.ENTER);
                } else {
                    TableView<?> table = robot.lookup("#recommend-table").queryAs(TableView.class);
                    UiTestSupport.waitUntil(() -> !table.getItems().isEmpty(), 60);
                    robot.interact(() -> table.getSelectionModel().select(0));
                    robot.interact(() -> robot.lookup(n -> n instanceof Button b
                            && Messages.get("recommend.ui.openDashboard").equals(b.getText())).queryAs(Button.class).fire());
                }
                UiTestSupport.waitUntil(() -> c.district().equals(shell.window().context().selection().district()), 20);
            }
            case COMPARE_COUNT -> {
                robot.interact(() -> robot.lookup("#compare-add-field").queryAs(javafx.scene.control.TextField.class).requestFocus());
                robot.write("한빛역").type(KeyCode.ENTER);
                robot.write("별내초등학교").type(KeyCode.ENTER);
                UiTestSupport.waitUntil(() -> shell.window().context().selection().compareDistricts().size() == 2, 20);
            }
        }
    }

    private void answerNumber(FxRobot robot, Check c, String text) {
        robot.interact(() -> robot.lookup("#lesson-answer").queryAs(javafx.scene.control.TextField.class).setText(text));
    }

    private static int rightChoice(FxRobot robot, Check c) {
        UiTestSupport.waitUntil(() -> robot.lookup("#" + c.answerControl()).tryQuery().isPresent(), 40);
        String shown = ScreenReading.text(robot.lookup("#" + c.answerControl()).query());
        for (int i = 0; i < c.choices().size(); i++) {
            LocalText choice = c.choices().get(i);
            if (shown.contains(c.statementFor(choice, Locale.KOREAN))) {
                return i;
            }
        }
        throw new AssertionError("no choice is stated by " + c.answerControl() + ": " + shown);
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
