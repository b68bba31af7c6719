package kr.sanggwon.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Progress;
import kr.sanggwon.recommend.RankedDistrict;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * 유망 상권 on the bundled sample: pick 커피-음료 and one 자치구 (the sample city's gu names are fictional, so its
 * largest gu, 가람구, stands in for 관악구), move a weight and see the order change; screenshots in both languages.
 */
@ExtendWith(ApplicationExtension.class)
class RecommendScreenTest {
    private static final String COFFEE = "CS100010";
    private static final String GU = "가람구";
    @TempDir
    static Path dataDir;
    static ScreenFixture screens;
    static AppContext app;
    UiTestSupport.Shell shell;
    Stage stage;

    @BeforeAll
    static void loadSample() throws Exception {
        screens = ScreenFixture.open(dataDir);
        app = screens.app();
        app.sampleLoader().loadSample(Progress.NONE);
    }

    @AfterAll
    static void closeData() {
        screens.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = screens.show(stage);
    }

    @AfterEach
    void close() {
        screens.closeShell();
    }

    @SuppressWarnings("unchecked")
    private TableView<RankedDistrict> table(FxRobot robot) {
        return robot.lookup("#recommend-table").queryAs(TableView.class);
    }

    private List<String> order(FxRobot robot) {
        return table(robot).getItems().stream().map(r -> r.district().code()).toList();
    }

    @Test
    void pickingAnIndustryAndAGuThenMovingAWeightReRanksAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> {
            shell.window().context().selection().setIndustry(COFFEE);
            shell.window().show("recommend");
        });
        UiTestSupport.waitUntil(() -> !table(robot).getItems().isEmpty(), 30);
        int seoul = table(robot).getItems().size();
        // the gu menu fills itself when shown; its item is ticked directly (a robot click into a popup menu is timing-
        // sensitive under a loaded machine), which runs the same selection listener as a click
        javafx.scene.control.MenuButton guMenu = robot.lookup("#recommend-gu").queryAs(javafx.scene.control.MenuButton.class);
        robot.interact(guMenu::show);
        UiTestSupport.waitUntil(() -> guMenu.getItems().stream().anyMatch(i -> GU.equals(i.getText())), 10);
        robot.interact(() -> {
            guMenu.getItems().stream().filter(i -> GU.equals(i.getText())).findFirst()
                    .map(javafx.scene.control.CheckMenuItem.class::cast).orElseThrow().setSelected(true);
            guMenu.hide();
        });
        UiTestSupport.waitUntil(() -> table(robot).getItems().size() < seoul, 10);
        assertThat(table(robot).getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.district().guName()).isEqualTo(GU));
        List<String> before = order(robot);
        robot.interact(() -> {
            robot.lookup("#recommend-weight-SALES").queryAs(Slider.class).setValue(0);
            robot.lookup("#recommend-weight-COMPETITION").queryAs(Slider.class).setValue(5);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> after = order(robot);
        assertThat(after).containsExactlyInAnyOrderElementsOf(before).isNotEqualTo(before);
        // the first row now has the best competition part among the shown rows
        RankedDistrict top = table(robot).getItems().get(0);
        double best = table(robot).getItems().stream().mapToDouble(r -> r.parts().get(kr.sanggwon.recommend.Part.COMPETITION))
                .max().orElseThrow();
        assertThat(top.parts().get(kr.sanggwon.recommend.Part.COMPETITION)).isGreaterThan(best - 1.5);
        assertThat(robot.lookup("#recommend-heading").queryLabeled().getText()).contains("커피");
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        UiTestSupport.waitUntil(() -> !robot.lookup("#recommend-expected").queryLabeled().getText().isEmpty()
                && !robot.lookup("#recommend-expected").queryLabeled().getText().contains("…"), 30);
        UiTestSupport.screenshot(shell.scene(), "recommend");
    }

    @Test
    void screenshotsInKoreanAndEnglishAtOneAndAHalfTimesTheText(FxRobot robot) throws Exception {
        for (Locale lang : List.of(Locale.KOREAN, Locale.ENGLISH)) {
            robot.interact(() -> {
                shell.window().switchLanguage(lang);
                shell.window().setFontScale(150);
                shell.window().context().selection().setIndustry(COFFEE);
                stage.setWidth(960);
                stage.setHeight(720);
                shell.window().show("recommend");
            });
            UiTestSupport.waitUntil(() -> !table(robot).getItems().isEmpty(), 30);
            Path shot = UiTestSupport.screenshot(shell.scene(), "recommend-" + lang.getLanguage() + "-150");
            assertThat(shot).exists();
        }
    }
}
