package kr.sanggwon.ui.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.compare.Comparison;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.ui.compare.CompareScreen;
import kr.sanggwon.ui.customer.CustomersScreen;
import kr.sanggwon.ui.health.HealthScreen;
import kr.sanggwon.ui.lookalike.LookalikeScreen;
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
 * Drives 상권 현황, 고객 분석, 상권 비교, 유사 상권 and 데이터 점검 headless on the bundled sample data, checks what
 * they show against the database, and writes Korean screenshots to docs/screenshots/.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisScreensTest {
    private static final String COFFEE = "CS100010";
    @TempDir
    static Path dataDir;
    static AppContext app;
    static List<String> coffee;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void loadSample() throws Exception {
        app = AppContext.open(dataDir);
        app.sampleLoader().loadSample(Progress.NONE);
        coffee = new ArrayList<>();
        try (Connection c = app.database().connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT s.district_code FROM sales_q s JOIN stores_q t ON t.district_code = s.district_code"
                        + " AND t.industry_code = s.industry_code AND t.quarter = s.quarter WHERE s.industry_code = ? AND s.lvl = 'T'"
                        + " AND s.quarter = (SELECT MAX(quarter) FROM sales_q) AND t.stores > 0 ORDER BY s.sales_amt DESC")) {
            ps.setString(1, COFFEE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    coffee.add(rs.getString(1));
                }
            }
        }
        assertThat(coffee).as("sample districts selling coffee").hasSizeGreaterThanOrEqualTo(3);
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

    private void open(FxRobot robot, String district, String industry, String screen) {
        robot.interact(() -> {
            shell.window().context().selection().setIndustry(industry);
            shell.window().context().selection().setDistrict(district);
            shell.window().show(screen);
        });
    }

    private long latestSales(String district) throws Exception {
        try (Connection c = app.database().connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT SUM(sales_amt) FROM sales_q WHERE district_code = ? AND quarter = (SELECT MAX(quarter) FROM sales_q"
                        + " WHERE district_code = ?)")) {
            ps.setString(1, district);
            ps.setString(2, district);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void openingADistrictShowsKpiCardsWithTheImportedNumbers(FxRobot robot) throws Exception {
        String code = coffee.get(0);
        open(robot, code, null, "dashboard");
        UiTestSupport.waitUntil(() -> robot.lookup("#kpi-value-SALES").tryQuery().isPresent(), 20);
        Label sales = robot.lookup("#kpi-value-SALES").queryAs(Label.class);
        assertThat(sales.getText()).isEqualTo(Formats.money(latestSales(code)));
        assertThat(robot.lookup("#kpi-value-STORES").queryAs(Label.class).getText()).matches("[0-9,]+");
        assertThat(robot.lookup("#dashboard-title").queryAs(Label.class).getText()).isNotBlank();
        Path png = UiTestSupport.screenshot(shell.scene(), "dashboard");
        assertThat(Files.size(png)).isGreaterThan(20_000);
    }

    @Test
    void customersScreenShowsTheSummarySentence(FxRobot robot) throws Exception {
        String code = coffee.get(0);
        open(robot, code, COFFEE, "customers");
        UiTestSupport.waitUntil(() -> robot.lookup("#customers-summary").tryQuery().isPresent(), 20);
        String expected = app.customers().profile(code, COFFEE).summaryKo();
        assertThat(robot.lookup("#customers-summary").queryAs(Label.class).getText()).isEqualTo(expected).startsWith("주 고객은 ");
        CustomersScreen screen = (CustomersScreen) shell.window().screen("customers");
        assertThat(screen.viewModel().profile().get().industryCode()).isEqualTo(COFFEE);
        UiTestSupport.screenshot(shell.scene(), "customers");
    }

    @Test
    @SuppressWarnings("unchecked")
    void comparingThreeCoffeeDistrictsStarsTheBestOfEachRow(FxRobot robot) throws Exception {
        List<String> three = List.of(coffee.get(2), coffee.get(0), coffee.get(1));
        robot.interact(() -> {
            shell.window().context().selection().setIndustry(COFFEE);
            shell.window().context().selection().compareDistricts().setAll(three);
            shell.window().show("compare");
        });
        CompareScreen screen = (CompareScreen) shell.window().screen("compare");
        UiTestSupport.waitUntil(() -> screen.viewModel().comparison().get() != null
                && robot.lookup("#compare-table").tryQuery().isPresent(), 30);
        TableView<Comparison.Row> table = robot.lookup("#compare-table").queryAs(TableView.class);
        Comparison.Row sales = table.getItems().stream().filter(r -> r.id().equals("SALES")).findFirst().orElseThrow();
        // coffee.get(0) has the highest coffee sales (query order), shown in the middle column
        assertThat(sales.best()).containsExactly(1);
        assertThat(table.getColumns().get(2).getCellData(sales)).asString().startsWith("★ ");
        assertThat(table.getColumns().get(1).getCellData(sales)).asString().doesNotContain("★");
        Comparison.Row close = table.getItems().stream().filter(r -> r.id().equals("CLOSE_RATE")).findFirst().orElseThrow();
        if (!close.best().isEmpty()) {
            double min = close.values().stream().filter(v -> v != null).mapToDouble(Double::doubleValue).min().orElseThrow();
            assertThat(close.values().get(close.best().get(0))).as("lower close rate is better").isEqualTo(min);
        }
        assertThat(robot.lookup(".sg-best-cell").queryAll()).isNotEmpty();
        UiTestSupport.screenshot(shell.scene(), "compare");
    }

    @Test
    void lookalikeAndHealthScreensShowTheirTables(FxRobot robot) throws Exception {
        open(robot, coffee.get(0), COFFEE, "lookalike");
        LookalikeScreen look = (LookalikeScreen) shell.window().screen("lookalike");
        UiTestSupport.waitUntil(() -> look.viewModel().result().get() != null, 20);
        UiTestSupport.waitUntil(() -> !robot.lookup("#lookalike-table").queryAs(TableView.class).getItems().isEmpty(), 10);
        UiTestSupport.screenshot(shell.scene(), "lookalike");
        robot.interact(() -> shell.window().show("health"));
        HealthScreen health = (HealthScreen) shell.window().screen("health");
        UiTestSupport.waitUntil(() -> health.viewModel().report().get() != null
                && robot.lookup("#health-datasets").tryQuery().isPresent(), 20);
        assertThat(robot.lookup("#health-datasets").queryAs(TableView.class).getItems()).isNotEmpty();
        UiTestSupport.screenshot(shell.scene(), "health");
    }

    @Test
    void switchingToEnglishShowsTheDashboardInEnglish(FxRobot robot) throws Exception {
        open(robot, coffee.get(0), null, "dashboard");
        UiTestSupport.waitUntil(() -> robot.lookup("#kpi-SALES").tryQuery().isPresent(), 20);
        robot.interact(() -> shell.window().switchLanguage(Locale.ENGLISH));
        robot.interact(() -> shell.window().show("dashboard"));
        UiTestSupport.waitUntil(() -> robot.lookup("#kpi-SALES .sg-kpi-title").tryQuery().isPresent(), 20);
        assertThat(robot.lookup("#kpi-SALES .sg-kpi-title").queryAs(Label.class).getText()).isEqualTo("Quarterly sales");
        assertThat(robot.lookup(".sg-kpi-title").queryAllAs(Label.class)).extracting(Label::getText).contains("Closing rate");
        UiTestSupport.screenshot(shell.scene(), "dashboard-en");
    }
}
