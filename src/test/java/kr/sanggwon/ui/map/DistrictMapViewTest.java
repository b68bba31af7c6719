package kr.sanggwon.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import kr.sanggwon.search.DistrictEntry;
import kr.sanggwon.search.MapMetric;
import kr.sanggwon.search.MetricValues;
import kr.sanggwon.ui.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The split map (control, behaviour, painter) on its own: the keyboard still moves between districts and opens one,
 * a click opens one, and the canvas is painted in the stylesheet's looked-up colours, read again when the
 * stylesheet changes.
 */
@ExtendWith(ApplicationExtension.class)
class DistrictMapViewTest {
    static DistrictEntry d(String code, String name, int x, int y) {
        return new DistrictEntry(code, name, "A", "골목상권", "가람구", "가람동", x, y);
    }

    final List<DistrictEntry> districts = List.of(d("C", "가운데", 1000, 1000), d("E", "동쪽", 2000, 1050),
            d("N", "북쪽", 1000, 2000), d("W", "서쪽", 100, 980));
    final List<String> opened = new ArrayList<>();
    DistrictMapView map;
    Scene scene;

    @Start
    void start(Stage stage) {
        map = new DistrictMapView();
        map.setDistricts(districts);
        map.setOnOpen(opened::add);
        map.setTooltipText(DistrictEntry::name);
        scene = new Scene(map, 500, 400);
        scene.getStylesheets().add(DistrictMapView.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void arrowsMoveBetweenDistrictsAndEnterOpensTheOneReached(FxRobot robot) {
        robot.interact(() -> {
            map.setSelected("C");
            map.requestFocus();
        });
        robot.type(KeyCode.RIGHT);
        assertThat(map.tooltip()).isEqualTo("동쪽");
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.UP);
        assertThat(map.tooltip()).isEqualTo("북쪽");
        robot.type(KeyCode.ENTER);
        assertThat(opened).containsExactly("N");
        double before = map.zoom();
        robot.type(KeyCode.EQUALS);
        assertThat(map.zoom()).isGreaterThan(before);
    }

    @Test
    void aClickOnADistrictOpensIt(FxRobot robot) {
        double[] p = map.screenPoint("W");
        javafx.geometry.Point2D onScreen = map.localToScreen(p[0], p[1]);
        robot.clickOn(onScreen);
        assertThat(opened).containsExactly("W");
    }

    @Test
    void theCanvasIsPaintedInTheStylesheetsColoursAndFollowsAnotherStylesheet(FxRobot robot, @TempDir Path dir)
            throws Exception {
        assertThat(map.paintedColor(MapPalette.BACKGROUND)).isEqualTo(Color.web("#eef2f6"));
        assertThat(map.paintedColor(MapPalette.ramp(0))).isEqualTo(Color.web("#fde725"));
        assertThat(map.paintedColor(MapPalette.change("HH"))).isEqualTo(Color.web("#0072b2"));
        assertThat(corner(robot)).isEqualTo(Color.web("#eef2f6"));

        // a theme that changes the map's background and the scale's first class: no Java change needed
        Path theme = dir.resolve("theme.css");
        Files.writeString(theme, ".root { -sg-map-background: #204060; -sg-map-ramp-1: #ff0000; }");
        robot.interact(() -> {
            scene.getStylesheets().add(theme.toUri().toString());
            map.setScale(ColorScale.of(new MetricValues(MapMetric.STORES, 20251,
                    Map.of("C", 1.0, "E", 2.0, "N", 3.0, "W", 4.0), Map.of())));
            map.setHighlight(Set.of("C", "E", "N", "W"));
        });
        assertThat(map.paintedColor(MapPalette.BACKGROUND)).isEqualTo(Color.web("#204060"));
        assertThat(corner(robot)).isEqualTo(Color.web("#204060"));
        assertThat(map.paintedColor(MapPalette.ramp(0))).isEqualTo(Color.RED);
        double[] c = map.screenPoint("C");   // the lowest value: the first class
        assertThat(pixel(robot, c[0], c[1])).isEqualTo(Color.RED);
    }

    private Color corner(FxRobot robot) {
        return pixel(robot, 2, 2);
    }

    private Color pixel(FxRobot robot, double x, double y) {
        Canvas canvas = robot.lookup(n -> n instanceof Canvas).queryAs(Canvas.class);
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = canvas.snapshot(null, null));
        return img[0].getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
    }
}
