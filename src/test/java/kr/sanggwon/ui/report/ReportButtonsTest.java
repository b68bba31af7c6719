package kr.sanggwon.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.report.KoreanFontFinder;
import kr.sanggwon.report.ReportFixture;
import kr.sanggwon.ui.UiTestSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 상담 → PDF 리포트: the consultation open on the screen is written to the file chosen, then offered to open. */
@ExtendWith(ApplicationExtension.class)
class ReportButtonsTest {
    @TempDir
    static Path dir;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void caseFile() {
        Assumptions.assumeTrue(KoreanFontFinder.system().find().isPresent() || System.getenv("CI") != null, "no Korean font");
        Messages.setLocale(Locale.KOREAN);
        app = AppContext.open(dir.resolve("data"));
        app.consult().vault().setUp("화면 리포트 암호 2026".toCharArray(), "화면 리포트 암호 2026".toCharArray());
        ReportFixture.caseWithFullScenario(app.consult());
    }

    @AfterAll
    static void closeData() {
        if (app != null) {
            app.close();
        }
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.KOREAN);
        shell = UiTestSupport.show(stage, app);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    /** Scrolls the screen so that {@code node} is in the middle of the viewport (for the screenshot). */
    private static void scrollTo(javafx.scene.Node node) {
        javafx.scene.Node p = node.getParent();
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        if (p instanceof javafx.scene.control.ScrollPane sp) {
            double y = sp.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double extra = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(extra <= 0 ? 0 : Math.max(0, Math.min(1, (y - sp.getViewportBounds().getHeight() * 0.6) / extra)));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenConsultationBecomesAPdfAndIsOfferedToOpen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-consult");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-clients").tryQuery().isPresent()
                && !robot.lookup("#consult-clients").queryAs(ListView.class).getItems().isEmpty(), 30);
        ButtonBase full = robot.lookup("#report-full").queryAs(ButtonBase.class);
        assertThat(full.isDisabled()).as("no consultation chosen yet").isTrue();
        ListView<Object> clients = robot.lookup("#consult-clients").queryAs(ListView.class);
        robot.interact(() -> clients.getSelectionModel().select(0));
        ListView<Object> visits = robot.lookup("#consult-consultations").queryAs(ListView.class);
        UiTestSupport.waitUntil(() -> !visits.getItems().isEmpty(), 20);
        robot.interact(() -> visits.getSelectionModel().select(0));
        UiTestSupport.waitUntil(() -> !full.isDisabled(), 20);

        Path target = dir.resolve("상담리포트");
        shell.dialogs().saveTargets.add(target);
        shell.dialogs().confirmAnswer = true;
        robot.interact(full::fire);
        Path pdf = dir.resolve("상담리포트.pdf");
        UiTestSupport.waitUntil(() -> shell.dialogs().opened.contains(pdf), 60);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("박정자", "예상 매출", "가정 목록");
        }
        assertThat(robot.lookup("#report-status").queryAs(Label.class).getText()).contains(pdf.toString());
        assertThat(shell.dialogs().errors).isEmpty();
        robot.interact(() -> scrollTo(full));
        UiTestSupport.screenshot(shell.scene(), "consult-report");
        assertThat(Files.size(pdf)).isPositive();
    }
}
