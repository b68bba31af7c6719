package kr.sanggwon.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Progress;
import kr.sanggwon.recommend.huff.HuffResult;
import kr.sanggwon.search.DistrictEntry;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.ui.testing.ScreenFixture;
import kr.sanggwon.ui.map.DistrictMapView;
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
 * 가게 자리 on the sample city: a click on the map places a new coffee shop and shows its share and rivals; marking one
 * of the owner's shops shows what the new shop takes from it; the distance-decay slider changes the answer.
 */
@ExtendWith(ApplicationExtension.class)
class HuffPaneTest {
    private static final String COFFEE = "CS100010";
    @TempDir
    static Path dataDir;
    static ScreenFixture screens;
    static AppContext app;
    static DistrictEntry busy;
    UiTestSupport.Shell shell;
    Stage stage;

    @BeforeAll
    static void loadSample() throws Exception {
        screens = ScreenFixture.open(dataDir);
        app = screens.app();
        app.sampleLoader().loadSample(Progress.NONE);
        String code;
        try (var c = app.database().connection(); var st = c.createStatement(); var rs = st.executeQuery(
                "SELECT district_code FROM stores_q WHERE industry_code = 'CS100010' AND lvl = 'T' AND quarter ="
                        + " (SELECT MAX(quarter) FROM stores_q) ORDER BY stores DESC, district_code LIMIT 1")) {
            rs.next();
            code = rs.getString(1);
        }
        busy = app.districtCatalog().search().entries().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
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

    private void open(FxRobot robot, Locale lang, int fontScale) {
        robot.interact(() -> {
            shell.window().switchLanguage(lang);
            shell.window().setFontScale(fontScale);
            stage.setWidth(960);
            stage.setHeight(760);
            shell.window().context().selection().setIndustry(COFFEE);
            shell.window().show("recommend");
        });
        UiTestSupport.waitUntil(() -> robot.lookup("#recommend-tabs").tryQuery().isPresent(), 20);
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#recommend-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().selectLast();
        });
        UiTestSupport.waitUntil(() -> map(robot) != null && map(robot).screenPoint(busy.code()) != null, 30);
    }

    private static DistrictMapView map(FxRobot robot) {
        return robot.lookup("#huff-map").tryQueryAs(DistrictMapView.class).orElse(null);
    }

    /** A left click on the map at a TM point, through the canvas's own mouse handler. */
    private static void click(FxRobot robot, double x, double y) {
        robot.interact(() -> {
            DistrictMapView map = map(robot);
            Canvas canvas = (Canvas) ((Pane) map.getChildren().get(0)).getChildren().get(0);
            double[] s = map.screenOf(x, y);
            // an event without a source takes scene coordinates; the canvas gets them back as its own
            javafx.geometry.Point2D p = canvas.localToScene(s[0], s[1]);
            Event.fireEvent(canvas, new MouseEvent(MouseEvent.MOUSE_CLICKED, p.getX(), p.getY(), 0, 0, MouseButton.PRIMARY, 1, false,
                    false, false, false, true, false, false, true, false, true, null));
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static String share(FxRobot robot) {
        return robot.lookup("#huff-share").queryLabeled().getText();
    }

    /** Scrolls the screen so the map's top is at the top of the view (for the screenshot). */
    private static void scrollToMap(FxRobot robot, boolean focusBusy) {
        robot.interact(() -> {
            Node n = map(robot);
            ScrollPane sp = null;
            for (Node p = n; p != null; p = p.getParent()) {
                if (p instanceof ScrollPane s) {
                    sp = s;
                    break;
                }
            }
            Bounds content = sp.getContent().getLayoutBounds();
            Bounds inContent = sp.getContent().sceneToLocal(n.localToScene(n.getLayoutBounds()));
            double room = content.getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (inContent.getMinY() - 150) / room)));
            if (focusBusy) {
                map(robot).focus(busy.x(), busy.y(), 700);
            }
        });
    }

    @Test
    void clickingASiteShowsTheShareAndMarkingMyShopShowsWhatItTakes(FxRobot robot) throws Exception {
        open(robot, Locale.KOREAN, 100);
        assertThat(robot.lookup("#huff-hint").queryLabeled().getText()).contains("지도에서 새 가게 자리를 누르세요");
        robot.interact(() -> map(robot).focus(busy.x(), busy.y(), 700));
        click(robot, busy.x() + 40, busy.y() - 30);
        UiTestSupport.waitUntil(() -> !share(robot).isEmpty(), 30);
        TableView<HuffResult.Competitor> rivals = table(robot, "#huff-competitors");
        assertThat(rivals.getItems()).isNotEmpty();
        assertThat(robot.lookup("#huff-sentence").queryLabeled().getText()).contains("커피-음료", "유동인구");

        robot.interact(() -> robot.lookup("#huff-mode-own").queryAs(ToggleButton.class).fire());
        assertThat(robot.lookup("#huff-hint").queryLabeled().getText()).contains("내 다른 가게");
        click(robot, busy.x() - 160, busy.y() + 60);
        TableView<HuffResult.OwnShop> own = table(robot, "#huff-own");
        UiTestSupport.waitUntil(() -> own.getItems().size() == 1, 30);
        assertThat(own.getItems().get(0).taken()).isPositive();
        assertThat(robot.lookup("#huff-sentence").queryLabeled().getText()).contains("내 다른 가게에서 옮겨 오는");

        List<HuffResult.Competitor> before = List.copyOf(rivals.getItems());
        robot.interact(() -> robot.lookup("#huff-lambda").queryAs(Slider.class).setValue(3.5));
        UiTestSupport.waitUntil(() -> !rivals.getItems().equals(before), 30);
        scrollToMap(robot, true);
        UiTestSupport.screenshot(shell.scene(), "huff");
    }

    @Test
    void englishAtOneAndAHalfTimesTheTextFits(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH, 150);
        // the ranking's first row is put in as the site with one button
        TableView<kr.sanggwon.recommend.RankedDistrict> ranked = table(robot, "#recommend-table");
        UiTestSupport.waitUntil(() -> !ranked.getItems().isEmpty(), 30);
        robot.interact(() -> ranked.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#huff-at-district").queryAs(javafx.scene.control.Button.class).fire());
        UiTestSupport.waitUntil(() -> !share(robot).isEmpty(), 30);
        assertThat(share(robot)).startsWith("Expected share");
        assertThat(robot.lookup("#huff-sentence").queryLabeled().getText()).contains("shops of the same industry");
        scrollToMap(robot, false);
        assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> kr.sanggwon.ui.LayoutCheck.cutOff(shell.scene()))
                .get(10, java.util.concurrent.TimeUnit.SECONDS)).isEmpty();
        UiTestSupport.screenshot(shell.scene(), "huff-en-150");
    }
}
