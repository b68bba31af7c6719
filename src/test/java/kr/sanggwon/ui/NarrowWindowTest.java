package kr.sanggwon.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.ui.shell.ScreenCatalog;
import org.jfree.chart.fx.ChartViewer;
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
 * At the window's minimum width (960 px) every screen fits: nothing reaches past the right edge and no button or
 * label is shortened to "…", in English and Korean, and also at 150 % text size (all screens in English, 상권 찾기 in
 * both). Writes screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class NarrowWindowTest {
    private static final String COFFEE = "CS100010";
    private static final double MIN_WIDTH = 960;
    private static final double HEIGHT = 680;
    @TempDir
    static Path dataDir;
    static AppContext app;
    static List<String> districts = new ArrayList<>();
    UiTestSupport.Shell shell;
    Stage stage;

    @BeforeAll
    static void loadSample() throws Exception {
        app = AppContext.open(dataDir);
        app.sampleLoader().loadSample(Progress.NONE);
        try (Connection c = app.database().connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT district_code FROM sales_q WHERE industry_code = ? AND lvl = 'T' AND quarter = (SELECT MAX(quarter)"
                        + " FROM sales_q) ORDER BY sales_amt DESC")) {
            ps.setString(1, COFFEE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && districts.size() < 3) {
                    districts.add(rs.getString(1));
                }
            }
        }
    }

    @AfterAll
    static void closeData() {
        app.close();
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.KOREAN);
        this.stage = stage;
        shell = UiTestSupport.show(stage, app);
    }

    @AfterEach
    void close() {
        shell.close();
        Messages.setLocale(Locale.KOREAN);
    }

    private void narrow(FxRobot robot, Locale lang, int fontScale) {
        robot.interact(() -> {
            shell.window().switchLanguage(lang);
            shell.window().setFontScale(fontScale);
            shell.window().context().selection().setIndustry(COFFEE);
            shell.window().context().selection().setDistrict(districts.get(0));
            shell.window().context().selection().compareDistricts().setAll(districts);
            stage.setWidth(MIN_WIDTH);
            stage.setHeight(HEIGHT);
        });
    }

    /** Shows the screen, lets its background loading finish, and returns what is cut off. */
    private List<String> visit(FxRobot robot, String screen, String shot) throws Exception {
        robot.interact(() -> shell.window().show(screen));
        // loading runs on worker threads: wait until the scene graph stops changing (at most 10 s)
        int last = -1;
        for (int i = 0, stable = 0; i < 40 && stable < 2; i++) {
            WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            int now = WaitForAsyncUtils.asyncFx(() -> count(shell.scene().getRoot())).get(10, TimeUnit.SECONDS);
            stable = now == last ? stable + 1 : 0;
            last = now;
        }
        UiTestSupport.screenshot(shell.scene(), shot);
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> LayoutCheck.cutOff(shell.scene())).get(10, TimeUnit.SECONDS);
        tableShots(shot);
        return cut;
    }

    /** One more screenshot per table further down the page, scrolled so that the table's top is at the top. */
    private void tableShots(String shot) throws Exception {
        List<javafx.scene.Node> tables = WaitForAsyncUtils.asyncFx(() -> List.copyOf(shell.scene().getRoot()
                .lookupAll(".table-view"))).get(10, TimeUnit.SECONDS);
        for (javafx.scene.Node t : tables) {
            boolean scrolled = WaitForAsyncUtils.asyncFx(() -> scrollTo(t)).get(10, TimeUnit.SECONDS);
            if (scrolled && t.getId() != null) {
                UiTestSupport.screenshot(shell.scene(), shot + "-" + t.getId());
            }
        }
    }

    private static boolean scrollTo(javafx.scene.Node n) {
        javafx.scene.Node p = n.getParent();
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        if (!n.isVisible() || !(p instanceof javafx.scene.control.ScrollPane sp) || sp.getContent() == null) {
            return false;
        }
        double contentH = sp.getContent().getLayoutBounds().getHeight();
        double viewH = sp.getViewportBounds().getHeight();
        double y = sp.getContent().sceneToLocal(n.localToScene(0, 0)).getY();
        if (contentH <= viewH || y < viewH / 2) {
            return false;   // already in the first screenshot
        }
        sp.setVvalue(Math.min(1, (y - 10) / (contentH - viewH)));
        sp.layout();
        return true;
    }

    private static int count(javafx.scene.Parent p) {
        int n = 1;
        for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
            n += c instanceof javafx.scene.Parent q ? count(q) : 1;
        }
        return n;
    }

    @Test
    void everyScreenFitsAtTheMinimumWidthInEnglish(FxRobot robot) throws Exception {
        narrow(robot, Locale.ENGLISH, 100);
        assertThat(shell.scene().getWidth()).isEqualTo(MIN_WIDTH);
        Map<String, List<String>> cut = new LinkedHashMap<>();
        for (ScreenCatalog.Entry e : ScreenCatalog.entries()) {
            if (e.available()) {
                List<String> c = visit(robot, e.id(), "narrow-en-" + e.id());
                if (!c.isEmpty()) {
                    cut.put(e.id(), c);
                }
            }
        }
        assertThat(cut).isEmpty();
    }

    @Test
    void everyScreenFitsAtTheMinimumWidthInEnglishWithOneAndAHalfTimesTheText(FxRobot robot) throws Exception {
        narrow(robot, Locale.ENGLISH, 150);
        Map<String, List<String>> cut = new LinkedHashMap<>();
        for (ScreenCatalog.Entry e : ScreenCatalog.entries()) {
            if (e.available()) {
                List<String> c = visit(robot, e.id(), "narrow-en-150-" + e.id());
                if (!c.isEmpty()) {
                    cut.put(e.id(), c);
                }
            }
        }
        assertThat(cut).isEmpty();
    }

    @Test
    void everyScreenFitsAtTheMinimumWidthInKorean(FxRobot robot) throws Exception {
        narrow(robot, Locale.KOREAN, 100);
        Map<String, List<String>> cut = new LinkedHashMap<>();
        for (ScreenCatalog.Entry e : ScreenCatalog.entries()) {
            if (e.available()) {
                List<String> c = visit(robot, e.id(), "narrow-ko-" + e.id());
                if (!c.isEmpty()) {
                    cut.put(e.id(), c);
                }
            }
        }
        assertThat(cut).isEmpty();
    }

    @Test
    void dashboardMoneyChartsShowOneUnitPerAxisInBothLanguages(FxRobot robot) throws Exception {
        for (Locale lang : List.of(Locale.KOREAN, Locale.ENGLISH)) {
            narrow(robot, lang, 100);
            visit(robot, "dashboard", "narrow-" + lang.getLanguage() + "-dashboard");
            for (String id : List.of("sales", "salesPerStore")) {
                ChartViewer viewer = robot.lookup("#dashboard-chart-" + id).queryAs(ChartViewer.class);
                String label = viewer.getChart().getCategoryPlot().getRangeAxis().getLabel();
                assertThat(label).isIn(lang == Locale.KOREAN ? List.of("억원", "만원") : List.of("million KRW"));
                Path png = UiTestSupport.SCREENSHOTS.resolve("chart-" + lang.getLanguage() + "-" + id + ".png");
                WaitForAsyncUtils.asyncFx(() -> {
                    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(viewer.snapshot(null, null), null),
                            "png", png.toFile());
                    return null;
                }).get(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void financeWithAResultFitsAtTheMinimumWidthWithOneAndAHalfTimesTheTextInBothLanguages(FxRobot robot) throws Exception {
        Map<String, List<String>> cut = new LinkedHashMap<>();
        for (Locale lang : List.of(Locale.KOREAN, Locale.ENGLISH)) {
            narrow(robot, lang, 150);
            // sales as carried from 예상 매출 (no models are trained here): 900만 a month, 80% range 700만–1,100만
            robot.interact(() -> shell.window().context().selection().financeSalesProperty().set(new kr.sanggwon.finance.CarriedSales(
                    districts.get(0), COFFEE, new kr.sanggwon.finance.SalesBasis(9_000_000, 7_000_000, 11_000_000,
                    kr.sanggwon.finance.SalesBasis.Origin.ESTIMATE, 20251))));
            List<String> c = visit(robot, "finance", "narrow-" + lang.getLanguage() + "-150-finance");
            assertThat(robot.lookup("#finance-break-even").tryQuery()).isPresent();
            // the Monte Carlo over the carried range shows both its fan and the histogram of monthly profit
            assertThat(robot.lookup("#finance-fan").tryQuery()).isPresent();
            assertThat(robot.lookup("#finance-histogram").tryQuery()).isPresent();
            if (!c.isEmpty()) {
                cut.put(lang.getLanguage(), c);
            }
        }
        robot.interact(() -> shell.window().setFontScale(100));
        assertThat(cut).isEmpty();
    }

    @Test
    void searchFitsAtTheMinimumWidthWithOneAndAHalfTimesTheText(FxRobot robot) throws Exception {
        Map<String, List<String>> cut = new LinkedHashMap<>();
        for (Locale lang : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            narrow(robot, lang, 150);
            List<String> c = visit(robot, "search", "narrow-" + lang.getLanguage() + "-150-search");
            if (!c.isEmpty()) {
                cut.put(lang.getLanguage(), c);
            }
        }
        robot.interact(() -> shell.window().setFontScale(100));
        assertThat(cut).isEmpty();
    }
}
