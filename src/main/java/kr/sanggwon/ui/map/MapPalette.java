package kr.sanggwon.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import kr.sanggwon.ui.LookedUpColors;

/**
 * The map's colours, by the names of the stylesheet's looked-up colours ({@code -sg-map-…} in {@code desk.css}):
 * the painter and the legend ask for a name, this resolves it under the styled map (or legend) node. Before the node
 * is in a styled scene every name is drawn in {@link #UNSTYLED}.
 */
public final class MapPalette {
    public static final String BACKGROUND = "-sg-map-background";
    public static final String FADED = "-sg-map-faded";
    public static final String OUTLINE = "-sg-map-outline";
    /** A district's dot when no metric colours the map. */
    public static final String DOT = "-sg-map-dot";
    public static final String SELECTED = "-sg-map-selected";
    public static final String HOVERED = "-sg-map-hovered";
    public static final String LABEL = "-sg-map-label";
    public static final String LABEL_HALO = "-sg-map-label-halo";
    public static final String NEW_SHOP = "-sg-map-new";
    public static final String OWN_SHOP = "-sg-map-own";
    public static final String RIVAL = "-sg-map-rival";
    public static final String MARKER_EDGE = "-sg-map-marker-edge";
    /** The walking-radius circle: its edge; the fill is the same colour, nearly transparent. */
    public static final String CIRCLE = "-sg-map-circle";
    public static final String NO_VALUE = "-sg-map-no-value";
    /** Quantile classes, light to dark: {@code -sg-map-ramp-1} … {@code -sg-map-ramp-5}. */
    public static final int RAMP_SIZE = 5;
    public static final Color UNSTYLED = Color.GRAY;

    private final Map<String, Color> colors;

    private MapPalette(Map<String, Color> colors) {
        this.colors = colors;
    }

    private static final String[] RAMP = {"-sg-map-ramp-1", "-sg-map-ramp-2", "-sg-map-ramp-3", "-sg-map-ramp-4",
        "-sg-map-ramp-5"};
    private static final Map<String, String> CHANGE = Map.of("LL", "-sg-map-change-ll", "LH", "-sg-map-change-lh",
            "HL", "-sg-map-change-hl", "HH", "-sg-map-change-hh");

    /** The name of the {@code i}-th (0-based) quantile class colour. */
    public static String ramp(int i) {
        return RAMP[i];
    }

    /** The name of a change-index category's colour ({@code LL} → {@code -sg-map-change-ll}); no value for another. */
    public static String change(String category) {
        return CHANGE.getOrDefault(category, NO_VALUE);
    }

    /** Every name the map uses. */
    static List<String> names() {
        List<String> all = new ArrayList<>(List.of(BACKGROUND, FADED, OUTLINE, DOT, SELECTED, HOVERED, LABEL, LABEL_HALO,
                NEW_SHOP, OWN_SHOP, RIVAL, MARKER_EDGE, CIRCLE, NO_VALUE));
        for (int i = 0; i < RAMP_SIZE; i++) {
            all.add(ramp(i));
        }
        ColorScale.CHANGE_ORDER.forEach(c -> all.add(change(c)));
        return all;
    }

    /** The map's colours as the stylesheet sets them where {@code colors} reads. */
    static MapPalette of(LookedUpColors colors) {
        return new MapPalette(Map.copyOf(colors.resolve(names())));
    }

    public Color color(String name) {
        return colors.getOrDefault(name, UNSTYLED);
    }
}
