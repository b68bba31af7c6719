package kr.sanggwon.ui.consult;

import static kr.sanggwon.ui.testing.ScreenFixture.fire;
import static kr.sanggwon.ui.testing.ScreenFixture.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Progress;
import kr.sanggwon.consult.Recomputed;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.digital.Adoption;
import kr.sanggwon.digital.DigitalCheckup;
import kr.sanggwon.digital.DigitalItem;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.ui.LayoutCheck;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.ui.testing.ScreenFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Issue #11's "done when", walked as a new consultant on the real 행정동 files: a client, a visit, two scenarios saved
 * from 예상 매출, the field survey on one of them with its adjusted estimate, and the PDF the owner takes home — its
 * text holds the client's Korean name and the adjusted figures. Then newer data arrives: the scenario is recomputed
 * part by part and kept as saved. Screenshots of every 상담 part in Korean and English at 100 %, each checked for
 * cut-off text.
 */
@ExtendWith(ApplicationExtension.class)
class ConsultWalkTest {
    static final String PASS = "상담 걷기 2026!";
    static final String YEOKSAM = "11680640";
    @TempDir
    static Path dataDir;
    @TempDir
    Path out;
    static ScreenFixture screens;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void loadAndTrain() throws Exception {
        screens = ScreenFixture.open(dataDir, TestData.require(TestData.seoul("추정매출-행정동")));
        app = screens.app();
        app.estimateService().train(Progress.NONE);
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

    @SuppressWarnings("unchecked")
    private static <T> ListView<T> list(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ListView.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** Scrolls 상담 so that {@code id} is at the top of the viewport. */
    private static void scrollTo(FxRobot robot, String id) {
        robot.interact(() -> {
            Node card = robot.lookup(id).query();
            ScrollPane scroll = robot.lookup("#consult-screen .scroll-pane").queryAs(ScrollPane.class);
            double y = scroll.getContent().sceneToLocal(card.localToScene(0, 0)).getY();
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1.0, (y - 10) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(FxRobot robot, String id, String name) throws Exception {
        if (id != null) {
            scrollTo(robot, id);
        }
        UiTestSupport.screenshot(shell.scene(), name);
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> LayoutCheck.cutOff(shell.scene())).get(10, TimeUnit.SECONDS);
        assertThat(cut).as(name + ": nothing cut off").isEmpty();
    }

    /** Chooses the client, the visit and the scenario titled {@code title} on the (possibly rebuilt) 상담 screen. */
    private void open(FxRobot robot, String title) {
        robot.clickOn("#nav-consult");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-clients").tryQuery().isPresent()
                && list(robot, "#consult-clients").getItems().size() == 1, 30);
        robot.interact(() -> list(robot, "#consult-clients").getSelectionModel().select(0));
        UiTestSupport.waitUntil(() -> list(robot, "#consult-consultations").getItems().size() == 1, 10);
        robot.interact(() -> list(robot, "#consult-consultations").getSelectionModel().select(0));
        ListView<Scenario> scenarios = list(robot, "#consult-scenarios");
        UiTestSupport.waitUntil(() -> scenarios.getItems().size() == 2, 20);
        robot.interact(() -> scenarios.getSelectionModel().select(scenarios.getItems().stream()
                .filter(s -> s.snapshot().title().equals(title)).findFirst().orElseThrow()));
        UiTestSupport.waitUntil(() -> robot.lookup("#survey-card").query().isVisible(), 10);
    }

    @Test
    @SuppressWarnings("unchecked")
    void clientVisitTwoScenariosSurveyPdfThenRecomputeAndScreenshotsInBothLanguages(FxRobot robot) throws Exception {
        long started = System.nanoTime();
        robot.clickOn("#nav-consult");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-set-up").tryQuery().isPresent(), 20);
        type(robot, "#consult-consultant", "한상담");
        type(robot, "#consult-new-pass", PASS);
        type(robot, "#consult-new-pass-repeat", PASS);
        fire(robot, "#consult-set-up");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-search").tryQuery().isPresent(), 30);
        type(robot, "#client-name", "황보미래");
        type(robot, "#client-phone", "010-5555-0101");
        type(robot, "#client-idea", "역삼동 샐러드 가게");
        fire(robot, "#client-save");
        UiTestSupport.waitUntil(() -> list(robot, "#consult-clients").getItems().size() == 1, 10);
        type(robot, "#consultation-date", java.time.LocalDate.now().toString());
        type(robot, "#consultation-place", "역삼역 2번 출구");
        fire(robot, "#consultation-save");
        UiTestSupport.waitUntil(() -> shell.window().context().openCase().isOpen(), 10);

        // two scenarios from 예상 매출: 역삼1동 and another 행정동
        robot.clickOn("#nav-estimate");
        ComboBox<EstimateService.DistrictChoice> district = robot.lookup("#estimate-district").queryAs(ComboBox.class);
        UiTestSupport.waitUntil(() -> !district.getItems().isEmpty(), 30);
        EstimateService.DistrictChoice yeoksam = district.getItems().stream().filter(d -> d.code().equals(YEOKSAM)).findFirst().orElseThrow();
        EstimateService.DistrictChoice other = district.getItems().stream().filter(d -> !d.code().equals(YEOKSAM)).findFirst().orElseThrow();
        // the owner's shop would be the 9th coffee shop there: the estimate is per shop, not the whole 행정동
        robot.interact(() -> robot.lookup("#estimate-stores").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(8));
        for (EstimateService.DistrictChoice d : List.of(yeoksam, other)) {
            int before = shell.dialogs().messages.size();
            robot.interact(() -> district.setValue(d));
            UiTestSupport.waitUntil(() -> robot.lookup("#estimate-monthly").tryQuery().isPresent()
                    && !robot.lookup("#estimate-save-scenario").queryAs(ButtonBase.class).isDisabled(), 30);
            WaitForAsyncUtils.waitForFxEvents();
            fire(robot, "#estimate-save-scenario");
            UiTestSupport.waitUntil(() -> shell.dialogs().messages.size() > before, 20);
        }
        robot.clickOn("#nav-consult");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-scenarios").tryQuery().isPresent(), 20);
        ListView<Scenario> scenarios = list(robot, "#consult-scenarios");
        UiTestSupport.waitUntil(() -> scenarios.getItems().size() == 2, 20);
        Scenario first = scenarios.getItems().stream().filter(s -> s.snapshot().district().equals(YEOKSAM)).findFirst().orElseThrow();
        String title = first.snapshot().title();
        assertThat(scenarios.getItems()).extracting(s -> s.snapshot().district()).containsExactlyInAnyOrder(YEOKSAM, other.code());
        assertThat(first.snapshot().estimate().newShop()).as("saved per shop").isNotNull();

        // 현장 조사 on the first: corner, 2층 — the adjusted estimate shows at once
        robot.interact(() -> scenarios.getSelectionModel().select(first));
        UiTestSupport.waitUntil(() -> robot.lookup("#survey-card").query().isVisible(), 10);
        type(robot, "#survey-floor", "2");
        robot.interact(() -> robot.lookup("#survey-corner").queryAs(CheckBox.class).setSelected(true));
        fire(robot, "#survey-save");
        double adjusted = Recomputed.monthly(first.snapshot().estimate()) * 0.85 * 1.05;
        String adjustedText = Formats.money(Math.round(adjusted));
        UiTestSupport.waitUntil(() -> text(robot, "#survey-adjusted").equals(adjustedText), 20);
        shoot(robot, "#survey-card", "consult-walk-survey-ko");

        // the PDF for the owner: Korean name and the adjusted figure in its text
        Path pdf = out.resolve("황보미래.pdf");
        shell.dialogs().saveTargets.add(pdf);
        shell.dialogs().confirmAnswer = false;
        fire(robot, "#report-full");
        UiTestSupport.waitUntil(() -> java.nio.file.Files.exists(pdf) && text(robot, "#report-status").contains(pdf.toString()), 90);
        String pdfText;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pdfText = new PDFTextStripper().getText(doc);
        }
        assertThat(pdfText).contains("황보미래", "현장 조사").doesNotContain("\uFFFD");
        assertThat(pdfText.replaceAll("\\s", "")).contains(adjustedText.replaceAll("\\s", ""));
        double walkSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(walkSeconds).as("the walk, client to PDF").isLessThan(600);

        // digital check, watch list and a month after opening, for the pictures of those parts
        Scenario surveyed = app.consult().scenarios(first.consultationId()).stream().filter(s -> s.id() == first.id()).findFirst().orElseThrow();
        app.digital().save(surveyed.id(), new DigitalCheckup(Map.of(DigitalItem.PAY, Adoption.ADOPTED, DigitalItem.ORDER, Adoption.PLANNED,
                DigitalItem.MAP, Adoption.PLANNED), 3_300_000, 400_000, 1, 30_000_000));
        app.consult().watchList().add(app.consult().clients().get(0).id(), YEOKSAM, "CS100010", "임대 문의 중");
        type(robot, "#actual-month", "2025-09");
        type(robot, "#actual-sales", "2,400");
        fire(robot, "#actual-save");
        UiTestSupport.waitUntil(() -> list(robot, "#actual-rows").getItems().size() == 1, 20);

        for (String lang : List.of("ko", "en")) {
            robot.interact(() -> shell.window().switchLanguage(Locale.forLanguageTag(lang)));
            open(robot, title);
            shoot(robot, null, "consult-clients-" + lang);
            shoot(robot, "#consult-scenarios", "consult-scenario-" + lang);
            shoot(robot, "#survey-card", "consult-survey-" + lang);
            UiTestSupport.waitUntil(() -> !robot.lookup("#digital-result").queryAs(javafx.scene.layout.Pane.class).getChildren().isEmpty(), 20);
            shoot(robot, "#digital-card", "consult-digital-" + lang);
            shoot(robot, "#watch-card", "consult-watch-" + lang);
            shoot(robot, "#actual-card", "consult-after-opening-" + lang);
        }

        // newer data: every part side by side, then kept as saved
        app.importService().importFile(TestData.require(TestData.seoul("길단위인구-행정동")), Progress.NONE);
        app.estimateService().train(Progress.NONE);
        robot.interact(() -> shell.window().switchLanguage(Locale.KOREAN));   // a fresh screen looks at the data again
        open(robot, title);
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-recompute").tryQuery().isPresent(), 20);
        fire(robot, "#consult-recompute");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-recompute-estimate").tryQuery().isPresent(), 60);
        assertThat(robot.lookup("#consult-recompute-survey").tryQuery()).isPresent();
        assertThat(robot.lookup("#consult-recompute-digital").tryQuery()).isPresent();
        shoot(robot, "#consult-side-by-side", "consult-recompute-ko");
        Scenario kept = app.consult().scenario(first.id());
        fire(robot, "#consult-keep-old");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-side-by-side").tryQuery().isEmpty(), 10);
        assertThat(app.consult().scenario(first.id())).isEqualTo(kept);
    }
}
