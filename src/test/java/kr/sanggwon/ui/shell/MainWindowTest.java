package kr.sanggwon.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
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

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dataDir;
    static ScreenFixture screens;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void loadData() throws Exception {
        screens = ScreenFixture.open(dataDir, TestData.require(TestData.seoul("영역-상권")),
                TestData.require(TestData.seoul("상권변화지표-상권")));
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

    @Test
    void navigationShowsEveryCatalogEntryInKorean(FxRobot robot) {
        List<String> expected = List.of("상권 찾기", "상권 현황", "고객 분석", "상권 비교", "유사 상권", "예상 매출", "유망 상권",
                "수익 분석", "상담", "교육", "데이터 가져오기", "데이터 점검");
        for (int i = 0; i < expected.size(); i++) {
            String id = ScreenCatalog.entries().get(i).id();
            ToggleButton b = robot.lookup("#nav-" + id).queryAs(ToggleButton.class);
            assertThat(b.getText()).isEqualTo(expected.get(i));
            assertThat(b.isVisible()).isTrue();
        }
    }

    @Test
    void fontScaleGrowsWithControlPlusIsCappedAndRemembered(FxRobot robot) {
        javafx.scene.control.Label vintage = robot.lookup("#status-vintage").queryAs(javafx.scene.control.Label.class);
        double before = vintage.getFont().getSize();
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.EQUALS)
                .release(javafx.scene.input.KeyCode.CONTROL);
        UiTestSupport.waitUntil(() -> vintage.getFont().getSize() > before, 5);
        assertThat(shell.window().fontScale()).isEqualTo(110);
        assertThat(shell.prefs().fontScale()).isEqualTo(110);
        robot.interact(() -> shell.window().setFontScale(500));
        assertThat(shell.window().fontScale()).isEqualTo(200);
        UiTestSupport.waitUntil(() -> vintage.getFont().getSize() > 1.9 * before, 5);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT0)
                .release(javafx.scene.input.KeyCode.CONTROL);
        UiTestSupport.waitUntil(() -> vintage.getFont().getSize() == before, 5);
    }

    @Test
    void controlDigitOpensTheNthAvailableScreenAndSlotsSayWhyTheyAreNotThere(FxRobot robot) {
        List<String> available = ScreenCatalog.entries().stream().filter(ScreenCatalog.Entry::available).map(ScreenCatalog.Entry::id).toList();
        int n = Math.min(9, available.size());
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.valueOf("DIGIT" + n))
                .release(javafx.scene.input.KeyCode.CONTROL);
        UiTestSupport.waitUntil(() -> available.get(n - 1).equals(shell.window().current()), 5);
        // the tooltip of an available entry names the same shortcut
        ToggleButton last = robot.lookup("#nav-" + available.get(n - 1)).queryAs(ToggleButton.class);
        assertThat(last.getTooltip().getText()).contains("Ctrl+" + n);
        for (ScreenCatalog.Entry e : ScreenCatalog.entries()) {
            if (!e.available()) {
                ToggleButton slot = robot.lookup("#nav-" + e.id()).queryAs(ToggleButton.class);
                assertThat(slot.getTooltip()).as(e.id() + " says why it cannot be opened").isNotNull();
                assertThat(slot.getTooltip().getText()).contains("준비");
                robot.interact(slot::fire);
                assertThat(slot.isSelected()).isFalse();
                assertThat(shell.window().current()).isEqualTo(available.get(n - 1));
            }
        }
    }

    @Test
    void onlyTheShownScreensEntryLooksChosenAfterOpeningAnotherOne(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#nav-import").queryAs(ToggleButton.class).requestFocus();
            shell.window().show("search");
        });
        long focusedOthers = robot.lookup(".sg-nav-button").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.isFocused() && !b.getId().equals("nav-search")).count();
        assertThat(focusedOthers).isZero();
        assertThat(robot.lookup("#nav-search").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void closingRemembersWindowBoundsAndTheShownScreen(FxRobot robot) {
        robot.interact(() -> {
            shell.window().show("import");
            shell.window().stage().setWidth(1100);
            shell.window().close();
        });
        assertThat(shell.prefs().windowBounds()).get().extracting(DeskPreferences.WindowBounds::width).isEqualTo(1100.0);
        assertThat(shell.prefs().lastScreen()).contains("import");
    }

    @Test
    void koreanFontFamilyIsNamedOnTheRoot(FxRobot robot) {
        javafx.scene.control.Label vintage = robot.lookup("#status-vintage").queryAs(javafx.scene.control.Label.class);
        assertThat(vintage.getFont().getFamily()).isEqualTo(kr.sanggwon.ui.FontSupport.detect().family());
        assertThat(kr.sanggwon.ui.FontSupport.detect().koreanAvailable()).isTrue();
    }

    @Test
    void statusBarShowsTheLatestQuarterOfTheImportedData(FxRobot robot) {
        Label vintage = robot.lookup("#status-vintage").queryAs(Label.class);
        UiTestSupport.waitUntil(() -> vintage.getText().contains("분기"), 30);
        assertThat(vintage.getText()).isEqualTo("자료 기준: 2025년 2분기 (매출·점포 자료 없음)");
    }
}
