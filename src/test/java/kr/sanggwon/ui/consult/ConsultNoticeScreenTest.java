package kr.sanggwon.ui.consult;

import static kr.sanggwon.ui.testing.ScreenFixture.fire;
import static kr.sanggwon.ui.testing.ScreenFixture.label;
import static kr.sanggwon.ui.testing.ScreenFixture.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.ui.Styles;
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
 * 상담's message lines tell a refusal from a confirmation by style and by a word ("확인 필요" / "완료"), not by colour
 * alone; and the 상담 screen's idle check stops when the screen is dropped (here by a language switch).
 */
@ExtendWith(ApplicationExtension.class)
class ConsultNoticeScreenTest {
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

    /** The line shows {@code part} as a refusal: error style, the "확인 필요" badge, no success style. */
    private static boolean refused(FxRobot robot, String id, String part) {
        Label l = label(robot, id);
        Label kind = label(robot, id + "-kind");
        return l.isVisible() && l.getText().contains(part) && l.getStyleClass().contains(Styles.ERROR) && !l.getStyleClass().contains(Styles.OK)
                && kind.getText().equals("확인 필요") && kind.getStyleClass().contains(Styles.ERROR);
    }

    private static boolean confirmed(FxRobot robot, String id, String part) {
        Label l = label(robot, id);
        Label kind = label(robot, id + "-kind");
        return l.isVisible() && l.getText().contains(part) && l.getStyleClass().contains(Styles.OK) && !l.getStyleClass().contains(Styles.ERROR)
                && kind.getText().equals("완료") && kind.getStyleClass().contains(Styles.OK);
    }

    @Test
    void refusalsShowTheErrorStyleAndBadgeAndConfirmationsTheSuccessOnes(FxRobot robot) throws Exception {
        ScreenFixture.setUpCaseFiles(robot, PASS);
        ConsultViewModel vm = ((ConsultScreen) shell.window().screen("consult")).viewModel();
        assertThat(label(robot, "#consult-message").isVisible()).isFalse();   // nothing to say yet: no empty badge

        fire(robot, "#client-save");   // no name
        UiTestSupport.waitUntil(() -> refused(robot, "#consult-message", "고객 이름을 입력하세요."), 10);
        assertThat(vm.refusedProperty().get()).isTrue();
        UiTestSupport.screenshot(shell.scene(), "consult-notice-refused");

        type(robot, "#client-name", "오하람");
        fire(robot, "#client-save");
        UiTestSupport.waitUntil(() -> confirmed(robot, "#consult-message", "오하람"), 10);
        assertThat(vm.refusedProperty().get()).isFalse();
        UiTestSupport.screenshot(shell.scene(), "consult-notice-ok");

        // 관심 목록: adding without a district is refused; 사후 점검: an impossible month is refused, a real one recorded
        UiTestSupport.waitUntil(() -> !robot.lookup("#watch-card").query().isDisabled(), 10);
        fire(robot, "#watch-add");
        UiTestSupport.waitUntil(() -> refused(robot, "#watch-message", "상권"), 10);
        type(robot, "#actual-month", "2026-13");
        type(robot, "#actual-sales", "1200");
        fire(robot, "#actual-save");
        UiTestSupport.waitUntil(() -> refused(robot, "#actual-message", "2026-13"), 10);
        type(robot, "#actual-month", "2025-06");
        fire(robot, "#actual-save");
        UiTestSupport.waitUntil(() -> confirmed(robot, "#actual-message", "2025-06"), 10);
    }

    @Test
    void theIdleCheckStopsWhenTheScreenIsDropped(FxRobot robot) {
        robot.clickOn("#nav-consult");
        UiTestSupport.waitUntil(() -> shell.window().screen("consult") != null, 20);
        ConsultScreen first = (ConsultScreen) shell.window().screen("consult");
        UiTestSupport.waitUntil(() -> first.viewModel().idleCheckRunning(), 10);

        robot.interact(() -> shell.window().switchLanguage(Locale.ENGLISH));   // every screen is dropped and rebuilt
        UiTestSupport.waitUntil(() -> shell.window().screen("consult") != first, 20);
        assertThat(first.viewModel().idleCheckRunning()).isFalse();
        robot.clickOn("#nav-consult");
        UiTestSupport.waitUntil(() -> shell.window().screen("consult") instanceof ConsultScreen s && s.viewModel().idleCheckRunning(), 20);

        ConsultScreen second = (ConsultScreen) shell.window().screen("consult");
        robot.interact(() -> shell.window().close());   // closing the window drops the screens too
        assertThat(second.viewModel().idleCheckRunning()).isFalse();
        robot.interact(() -> shell.window().switchLanguage(Locale.KOREAN));
    }
}
