package kr.sanggwon.ui.map;

import java.util.function.DoubleFunction;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.Styles;

/** Legend box of the map: title (metric · quarter) and one line per colour class. */
public final class MapLegend {
    private final VBox box = new VBox();

    public MapLegend() {
        box.getStyleClass().add(Styles.LEGEND);
        box.setId("map-legend");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.setMouseTransparent(true);
        box.setVisible(false);
    }

    public VBox view() {
        return box;
    }

    public void show(ColorScale scale, String title, DoubleFunction<String> format, Function<String, String> categoryName) {
        box.getChildren().clear();
        if (scale == null) {
            box.setVisible(false);
            return;
        }
        Label t = new Label(title);
        t.getStyleClass().add("sg-legend-title");
        box.getChildren().add(t);
        if (scale.values().isEmpty()) {
            Label none = new Label(Messages.get("map.noData"));
            none.getStyleClass().add(Styles.MUTED);
            none.setWrapText(true);
            none.setMaxWidth(260);
            box.getChildren().add(none);
        } else {
            for (ColorScale.Entry e : scale.legend(format, categoryName)) {
                box.getChildren().add(line(e.color(), e.label()));
            }
        }
        box.getChildren().add(line(MapPalette.NO_VALUE, Messages.get("map.value.none")));
        box.setVisible(true);
    }

    /** A swatch painted by the stylesheet: its style class is the looked-up colour's name ({@code sg-map-ramp-1}). */
    private static HBox line(String color, String text) {
        Rectangle r = new Rectangle(14, 14);
        r.getStyleClass().addAll("sg-map-swatch", swatchClass(color));
        HBox h = new HBox(8, r, new Label(text));
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    /** {@code -sg-map-ramp-1} → {@code sg-map-ramp-1}: the style class that fills a shape with that colour. */
    public static String swatchClass(String lookedUpColor) {
        return lookedUpColor.substring(1);
    }
}
