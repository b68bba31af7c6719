package kr.sanggwon.ui.consult;

import static kr.sanggwon.ui.testing.ScreenFixture.fire;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.WatchData;
import kr.sanggwon.search.DistrictEntry;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.ui.testing.ScreenFixture;
import kr.sanggwon.ui.district.IndustryOption;
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
 * 관심 목록 on the 상담 screen: add a watched district found with the district search and an industry, import the
 * newest quarter through the import screen, get the notice ("관심 상권 2곳…") that opens 상담, see "연락할 곳" list
 * exactly the two districts that moved with the client's name — and, locked, the count without names.
 */
@ExtendWith(ApplicationExtension.class)
class WatchScreenTest {
    static final String PASS = "관심 목록 화면 2026";
    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;
    static ScreenFixture screens;
    static AppContext app;
    UiTestSupport.Shell shell;
    Stage stage;

    @BeforeAll
    static void caseFile() throws Exception {
        screens = ScreenFixture.open(dataDir, WatchData.older(files).toArray(Path[]::new));
        app = screens.app();
        ConsultService s = app.consult();
        s.vault().setUp(PASS.toCharArray(), PASS.toCharArray());
        long client = s.addClient(new ClientInput("문하늘", "010-2200-3300", null, "골목 커피 2호점", "CS100010", null, null, null)).id();
        s.watchList().add(client, WatchData.SALES_UP, null, "2호점 후보");
        s.watchList().add(client, WatchData.STEADY, null, null);
        s.addConsultation(client, new kr.sanggwon.consult.ConsultationInput(java.time.LocalDate.of(2026, 4, 2), "종로 카페", null, null, null));
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

    @Test
    @SuppressWarnings("unchecked")
    void addAWatchImportTheNewQuarterAndSeeWhomToCall(FxRobot robot) throws Exception {
        robot.clickOn("#nav-consult");
        UiTestSupport.waitUntil(() -> robot.lookup("#watch-card").tryQuery().isPresent(), 30);
        ListView<Object> clients = robot.lookup("#consult-clients").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> clients.getItems().size() == 1, 10);
        robot.interact(() -> clients.getSelectionModel().select(0));
        ListView<Object> entries = robot.lookup("#watch-entries").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> entries.getItems().size() == 2, 10);

        // find 나래시장 with the district search, pick 커피-음료, add it with a note
        ComboBox<DistrictEntry> district = robot.lookup("#watch-district").queryAs(ComboBox.class);
        UiTestSupport.waitUntil(() -> district.getItems().size() >= 3, 10);
        robot.interact(() -> robot.lookup("#watch-district-search").queryAs(TextInputControl.class).setText("나래"));
        UiTestSupport.waitUntil(() -> district.getItems().size() == 1, 10);
        robot.interact(() -> district.setValue(district.getItems().get(0)));
        ComboBox<IndustryOption> industry = robot.lookup("#watch-industry").queryAs(ComboBox.class);
        robot.interact(() -> industry.setValue(industry.getItems().stream().filter(i -> "CS100010".equals(i.code())).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#watch-note").queryAs(TextInputControl.class).setText("재래시장 옆 테이크아웃"));
        fire(robot, "#watch-add");
        UiTestSupport.waitUntil(() -> entries.getItems().size() == 3, 10);
        assertThat(robot.lookup("#watch-message").queryAs(Label.class).getText()).isEqualTo("관심 목록에 넣었습니다: 나래시장 · 커피-음료");
        fire(robot, "#watch-add");
        UiTestSupport.waitUntil(() -> robot.lookup("#watch-message").queryAs(Label.class).getText().contains("이미 있습니다"), 10);
        ListView<Object> contacts = robot.lookup("#watch-contacts").queryAs(ListView.class);
        assertThat(contacts.getItems()).isEmpty();

        // the newest quarter through the import screen: one notice for the two files, which opens 상담
        robot.clickOn("#nav-import");
        shell.dialogs().filesToOpen.add(WatchData.newest(files));
        robot.clickOn("#import-choose");
        UiTestSupport.waitUntil(() -> !shell.dialogs().notices.isEmpty(), 60);
        assertThat(shell.dialogs().notices).singleElement().asString()
                .startsWith("관심 상권 2곳이 크게 움직였습니다: 2024년 1분기 자료에서 관심 상권 3곳 중 2곳의")
                .endsWith("(고객 1명).\n눌러서 연락할 곳을 보세요.");
        robot.interact(() -> shell.dialogs().lastNoticeAction.run());
        assertThat(shell.window().current()).isEqualTo("consult");
        UiTestSupport.waitUntil(() -> contacts.getItems().size() == 2, 20);
        assertThat(contacts.getItems()).extracting(Object::toString).hasSize(2);
        ListView<Object> moves = robot.lookup("#watch-client-moves").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> moves.getItems().size() == 2, 10);
        String rows = String.join("\n", contacts.getItems().stream()
                .map(f -> ((kr.sanggwon.consult.WatchFinding) f).text()).toList());
        assertThat(rows).contains("문하늘 님 · 가람골목 · 전체 업종 · 2024년 1분기: 매출이 직전 분기보다 25.0% 늘었습니다",
                "문하늘 님 · 나래시장 · 커피-음료 · 2024년 1분기: 상권변화지표가 “정체”에서 “상권확장”으로 바뀌었습니다.")
                .doesNotContain("다온거리");
        assertThat(industry.getValue()).as("the industry picked stays picked after new data").isNotNull()
                .satisfies(i -> assertThat(i.code()).isEqualTo("CS100010"));
        UiTestSupport.screenshot(shell.scene(), "consult-watch-contacts");
        ScrollPane scroll = (ScrollPane) robot.lookup("#consult-screen").queryAs(javafx.scene.layout.StackPane.class).getChildren().get(0);
        robot.interact(() -> {   // scroll the client's 관심 목록 card to the top of the view for the screenshot
            javafx.scene.Node content = scroll.getContent();
            double y = content.sceneToLocal(robot.lookup("#watch-card").query().localToScene(0, 0)).getY();
            double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, (y - 12) / Math.max(1, range))));
        });
        UiTestSupport.screenshot(shell.scene(), "consult-watch");

        // with the client's consultation open, 상권 현황 offers "관심 목록에 넣기" for the district it shows
        ListView<Object> visits = robot.lookup("#consult-consultations").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> visits.getItems().size() == 1, 10);
        robot.interact(() -> visits.getSelectionModel().select(0));
        UiTestSupport.waitUntil(() -> shell.window().context().openCase().isOpen(), 10);
        robot.interact(() -> {
            shell.window().context().selection().setIndustry(null);
            shell.window().context().selection().setDistrict(WatchData.INDEX_SWITCH);
        });
        robot.clickOn("#nav-dashboard");
        UiTestSupport.waitUntil(() -> robot.lookup("#watch-add-here").tryQuery().filter(javafx.scene.Node::isVisible).isPresent(), 20);
        fire(robot, "#watch-add-here");
        UiTestSupport.waitUntil(() -> shell.dialogs().messages.stream().anyMatch(m -> m.contains("문하늘 님의 관심 목록에 넣었습니다: 나래시장 · 전체 업종")), 10);
        // and 유망 상권 for the row chosen, with the industry ranked for
        robot.interact(() -> shell.window().context().selection().setIndustry(WatchData.INDUSTRY));
        robot.clickOn("#nav-recommend");
        javafx.scene.control.TableView<kr.sanggwon.recommend.RankedDistrict> ranked =
                robot.lookup("#recommend-table").queryAs(javafx.scene.control.TableView.class);
        UiTestSupport.waitUntil(() -> ranked.getItems().size() == 3, 30);
        robot.interact(() -> ranked.getSelectionModel().select(ranked.getItems().stream()
                .filter(r -> r.district().code().equals(WatchData.STEADY)).findFirst().orElseThrow()));
        fire(robot, "#watch-add-here");
        UiTestSupport.waitUntil(() -> shell.dialogs().messages.stream().anyMatch(m -> m.contains("다온거리 · 커피-음료")), 10);

        robot.clickOn("#nav-consult");
        UiTestSupport.waitUntil(() -> contacts.getItems().size() == 3 && entries.getItems().size() == 5, 20);

        // at the narrowest window nothing of the 관심 목록 runs off the edge or is cut to "…"
        robot.interact(() -> stage.setWidth(960));
        UiTestSupport.waitUntil(() -> stage.getWidth() == 960, 5);
        List<String> cut = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> kr.sanggwon.ui.LayoutCheck.cutOff(shell.scene()))
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(cut).isEmpty();
        UiTestSupport.screenshot(shell.scene(), "consult-watch-960");

        // locked: the count, no names
        fire(robot, "#consult-lock");
        UiTestSupport.waitUntil(() -> robot.lookup("#watch-locked").tryQuery().isPresent()
                && !robot.lookup("#watch-locked").queryAs(Label.class).getText().isEmpty(), 20);
        assertThat(robot.lookup("#watch-locked").queryAs(Label.class).getText())
                .startsWith("관심 상권 3곳이 최근 분기에 크게 움직였습니다 (고객 1명).").doesNotContain("문하늘");
        assertThat(shell.dialogs().errors).isEmpty();
        List<String> seen = shell.dialogs().messages;
        assertThat(seen).noneMatch(m -> m.contains("오류"));
    }
    /** The real notice is a ControlsFX notification in the window's corner, in Korean, and clicking it runs the action. */
    @Test
    void theNoticeIsANotificationInTheCornerThatOpensOnClick(FxRobot robot) throws Exception {
        kr.sanggwon.ui.shell.FxDialogService real = new kr.sanggwon.ui.shell.FxDialogService(() -> shell.scene().getWindow(), null);
        java.util.concurrent.atomic.AtomicBoolean opened = new java.util.concurrent.atomic.AtomicBoolean();
        kr.sanggwon.consult.WatchList.Notice n = new kr.sanggwon.consult.WatchList.Notice(20241, 3, 2, 1);
        robot.interact(() -> real.notice(WatchNotice.title(n), WatchNotice.text(n, true), () -> opened.set(true)));
        UiTestSupport.waitUntil(() -> robot.lookup(".notification-bar").tryQuery().isPresent(), 10);
        javafx.scene.Node bar = robot.lookup(".notification-bar").query();
        UiTestSupport.screenshot(bar.getScene(), "consult-watch-notice");
        robot.clickOn(bar);
        UiTestSupport.waitUntil(opened::get, 10);
    }
}
