package kr.sanggwon.ui.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.AnalysisWorld;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.district.Fixture;
import kr.sanggwon.finance.CarriedSales;
import kr.sanggwon.finance.FinanceText;
import kr.sanggwon.finance.SalesBasis;
import kr.sanggwon.recommend.RankedDistrict;
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
 * "시나리오로 저장" on 수익 분석 and 유망 상권: the first save makes the consultation's first scenario, the next asks
 * whether to add to it or save a new one; the 상담 screen shows the saved figures as saved.
 */
@ExtendWith(ApplicationExtension.class)
class SaveAnalysisScreenTest {
    static final String PASS = "저장 버튼 시험 2026";
    @TempDir
    static java.nio.file.Path dataDir;
    static Fixture world;
    static long consultation;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void caseFile() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        world = AnalysisWorld.build(dataDir);
        ConsultService s = world.app.consult();
        s.vault().setUp(PASS.toCharArray(), PASS.toCharArray());
        long client = s.addClient(new ClientInput("한도윤", null, null, "골목 커피", "CS100010", null, null, null)).id();
        consultation = s.addConsultation(client, new ConsultationInput(LocalDate.of(2026, 4, 2), "상권0 카페", null, null, null)).id();
    }

    @AfterAll
    static void closeData() {
        world.close();
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.KOREAN);
        shell = UiTestSupport.show(stage, world.app);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class).fire());
    }

    /** Scrolls the screen so that {@code n} is near the top of the view (for the screenshot). */
    private static void scrollTo(javafx.scene.Node n) {
        javafx.scene.Node p = n.getParent();
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            double y = sp.getContent().sceneToLocal(n.localToScene(0, 0)).getY();
            double room = sp.getContent().getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 260) / room)));
        }
    }

    private List<Scenario> saved() {
        return world.app.consult().scenarios(consultation);
    }

    @Test
    @SuppressWarnings("unchecked")
    void financeThenRankingSaveIntoTheOpenConsultationAndReopenAsSaved(FxRobot robot) throws Exception {
        // without an open consultation the button says where to open one
        robot.interact(() -> {
            shell.window().context().selection().financeSalesProperty().set(new CarriedSales(AnalysisWorld.FIRST, AnalysisWorld.COFFEE,
                    SalesBasis.typed(8_000_000, 6_000_000, 10_000_000)));
            shell.window().show("finance");
        });
        UiTestSupport.waitUntil(() -> robot.lookup("#finance-break-even").tryQuery().isPresent()
                && !robot.lookup("#finance-save-scenario").query().isDisabled(), 30);
        fire(robot, "#finance-save-scenario");
        UiTestSupport.waitUntil(() -> shell.dialogs().messages.stream().anyMatch(m -> m.contains("먼저 상담 화면에서 상담을 여세요")), 10);
        assertThat(saved()).isEmpty();

        // the consultant's own plan: deposit, interior, rent (the figures the saved plan must hold)
        robot.interact(() -> {
            robot.lookup("#finance-deposit").queryAs(TextInputControl.class).setText("2000만");
            robot.lookup("#finance-interior").queryAs(TextInputControl.class).setText("3500만");
            robot.lookup("#finance-rent").queryAs(TextInputControl.class).setText("280만");
            robot.lookup("#finance-maintenance").queryAs(TextInputControl.class).setText("30만");
        });
        UiTestSupport.waitUntil(() -> robot.lookup("#finance-payback").queryAs(Label.class).getText().contains("개월"), 30);
        robot.interact(() -> shell.window().context().openCase().open(consultation, "한도윤 · 2026-04-02"));
        UiTestSupport.screenshot(shell.scene(), "finance-save-scenario");
        fire(robot, "#finance-save-scenario");
        UiTestSupport.waitUntil(() -> saved().size() == 1, 20);
        assertThat(shell.dialogs().chosenFrom).as("nothing to choose from yet").isEmpty();
        ScenarioSnapshot.FinancePart f = saved().get(0).snapshot().finance();
        assertThat(f.inputs()).anySatisfy(in -> {
            assertThat(in.id()).isEqualTo("rent");
            assertThat(in.value()).isEqualTo(2_800_000);
        });
        assertThat(f.paybackMonths()).isNotNull().isPositive();
        assertThat(robot.lookup("#finance-card-profit").queryAs(Label.class).getText()).isEqualTo(FinanceText.money(f.operatingProfit()));
        assertThat(robot.lookup("#finance-break-even").queryAs(Label.class).getText()).isEqualTo(FinanceText.breakEven(f.breakEvenSales()));

        // 유망 상권: the first three rows, added to the scenario just saved
        robot.interact(() -> {
            shell.window().context().selection().setIndustry(AnalysisWorld.COFFEE);
            shell.window().show("recommend");
        });
        TableView<RankedDistrict> table = robot.lookup("#recommend-table").queryAs(TableView.class);
        UiTestSupport.waitUntil(() -> table.getItems().size() == 12 && !robot.lookup("#recommend-save-scenario").query().isDisabled(), 30);
        robot.interact(() -> robot.lookup("#recommend-save-top").queryAs(Spinner.class).getValueFactory().setValue(3));
        shell.dialogs().choices.add(1);
        UiTestSupport.screenshot(shell.scene(), "recommend-save-scenario");
        fire(robot, "#recommend-save-scenario");
        UiTestSupport.waitUntil(() -> saved().get(0).snapshot().recommend() != null, 20);
        assertThat(shell.dialogs().chosenFrom.get(0)).containsExactly("새 시나리오로 저장",
                "이미 저장한 시나리오 \"수익 분석 · 상권0 · 커피-음료\"(상권0)에 붙이기");
        ScenarioSnapshot.RecommendPart r = saved().get(0).snapshot().recommend();
        assertThat(r.rows()).extracting(ScenarioSnapshot.RankedPart::code)
                .containsExactlyElementsOf(table.getItems().subList(0, 3).stream().map(d -> d.district().code()).toList());
        assertThat(r.presetKey()).isEqualTo("recommend.preset.balanced");
        assertThat(saved().get(0).snapshot().finance()).isEqualTo(f);

        // the same list once more, as a new scenario of its own; cancelling the choice saves nothing
        shell.dialogs().choices.add(-1);
        fire(robot, "#recommend-save-scenario");
        UiTestSupport.waitUntil(() -> shell.dialogs().chosenFrom.size() == 2, 10);
        shell.dialogs().choices.add(0);
        fire(robot, "#recommend-save-scenario");
        UiTestSupport.waitUntil(() -> saved().size() == 2, 20);
        assertThat(saved().get(1).snapshot().title()).isEqualTo("유망 상권 · 커피-음료");

        // 상담 shows the saved plan and list with the scenario
        robot.clickOn("#nav-consult");
        ListView<Object> clients = robot.lookup("#consult-clients").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> clients.getItems().size() == 1, 30);
        robot.interact(() -> clients.getSelectionModel().select(0));
        ListView<Object> visits = robot.lookup("#consult-consultations").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> visits.getItems().size() == 1, 10);
        robot.interact(() -> visits.getSelectionModel().select(0));
        ListView<Object> scenarios = robot.lookup("#consult-scenarios").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> scenarios.getItems().size() == 2, 10);
        robot.interact(() -> scenarios.getSelectionModel().select(0));
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-scenario-recommend").tryQuery().isPresent(), 10);
        assertThat(robot.lookup("#consult-scenario-finance").queryAs(Label.class).getText())
                .contains(FinanceText.money(f.operatingProfit()), FinanceText.money(f.breakEvenSales()));
        assertThat(robot.lookup("#consult-scenario-recommend").queryAs(Label.class).getText())
                .contains("상위 3곳", "1. " + r.rows().get(0).name());
        robot.interact(() -> scrollTo(robot.lookup("#consult-scenario-finance").query()));
        UiTestSupport.screenshot(shell.scene(), "consult-analysis-scenario");
    }
}
