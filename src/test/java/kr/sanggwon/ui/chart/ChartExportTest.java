package kr.sanggwon.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import kr.sanggwon.ui.shell.FakeDialogService;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ChartExportTest {
    @TempDir
    Path dir;
    private final FakeDialogService dialogs = new FakeDialogService();
    private ChartViewer viewer;
    private ContextMenu menu;

    @Start
    void start(Stage stage) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        d.addValue(125_000_000L, "신림역", "2024년 1분기");
        d.addValue(98_000_000L, "신림역", "2024년 2분기");
        Charts charts = new Charts("NanumGothic", dialogs);
        viewer = charts.viewer(charts.line("분기 매출", "분기", "매출", d, true), "매출");
        menu = charts.exportMenu(viewer, "매출");
        stage.setScene(new Scene(viewer, 640, 400));
        stage.show();
    }

    @Test
    void savesCsvWithBomAndPngAndCopiesBoth(FxRobot robot) throws Exception {
        Path csv = dir.resolve("매출.csv");
        Path png = dir.resolve("매출.png");
        dialogs.saveTargets.add(csv);
        robot.interact(() -> menu.getItems().get(1).fire());
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFF,2024년 1분기,2024년 2분기\r\n신림역,125000000,98000000");

        dialogs.saveTargets.add(png);
        robot.interact(() -> menu.getItems().get(0).fire());
        assertThat(Files.size(png)).isGreaterThan(5_000);
        assertThat(new String(Files.readAllBytes(png), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

        robot.interact(() -> menu.getItems().get(2).fire());
        robot.interact(() -> {
            assertThat(Clipboard.getSystemClipboard().hasImage()).isTrue();
            assertThat(Clipboard.getSystemClipboard().getString()).contains("신림역,125000000");
        });
        assertThat(dialogs.errors).isEmpty();
    }
}
