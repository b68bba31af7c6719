package kr.sanggwon.ui;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Reads the stylesheet's looked-up colours ({@code -sg-accent}, {@code -sg-map-faded} …) as they apply to a styled
 * node, for what CSS cannot paint itself (a canvas): a hidden probe under the node takes each name as its background
 * colour and is read back. So the colours live in {@code desk.css} only, not copied into Java.
 */
public final class LookedUpColors {
    private final Pane host;
    private final Region probe = new Region();

    /** A reader of the colours that apply under {@code host}; it keeps an invisible, unmanaged probe among its children. */
    public LookedUpColors(Pane host) {
        this.host = host;
        probe.setManaged(false);
        probe.setVisible(false);
        probe.setMouseTransparent(true);
        host.getChildren().add(probe);
    }

    /** The colours of {@code names} under {@code host} now, read once (the probe is removed again). */
    public static Map<String, Color> once(Pane host, Collection<String> names) {
        LookedUpColors colors = new LookedUpColors(host);
        try {
            return colors.resolve(names);
        } finally {
            host.getChildren().remove(colors.probe);
        }
    }

    /**
     * The colours of {@code names} now (the host must be in a scene with the app's stylesheet); a name the stylesheet
     * does not define is left out, and nothing is read while the host is in no scene.
     */
    public Map<String, Color> resolve(Collection<String> names) {
        Map<String, Color> out = new HashMap<>();
        if (host.getScene() == null) {
            return out;
        }
        for (String name : names) {
            probe.setBackground(null);   // a name that does not resolve must not read the previous one
            // a looked-up colour has no Java API: the probe's own style refers to it and CSS resolves it
            probe.setStyle("-fx-background-color: " + name + ";");
            probe.applyCss();
            Background bg = probe.getBackground();
            if (bg != null && !bg.getFills().isEmpty()) {
                Paint p = bg.getFills().get(0).getFill();
                if (p instanceof Color c) {
                    out.put(name, c);
                }
            }
        }
        return out;
    }
}
