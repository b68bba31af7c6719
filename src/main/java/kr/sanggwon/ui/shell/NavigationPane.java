package kr.sanggwon.ui.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.Styles;

/** The left navigation: one toggle button per catalog entry; slots without a screen are disabled ("준비 중"). */
final class NavigationPane {
    /** Its preferred width is at least the stylesheet's minimum, so the scroll pane around it is wide enough. */
    private final VBox box = new VBox() {
        @Override
        protected double computePrefWidth(double height) {
            return Math.max(super.computePrefWidth(height), getMinWidth());
        }
    };
    /**
     * Always wide enough for the list plus a vertical scroll bar, which appears in a low window or with large text;
     * otherwise the bar would cover the entries' right edge.
     */
    private final ScrollPane scroll = new ScrollPane(box) {
        @Override
        protected double computePrefWidth(double height) {
            double bar = 0;
            for (javafx.scene.Node n : getChildrenUnmodifiable()) {
                if (n instanceof javafx.scene.control.ScrollBar b && b.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                    bar = b.prefWidth(-1);
                }
            }
            return super.computePrefWidth(height) + bar;
        }
    };
    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();

    NavigationPane(List<ScreenCatalog.Entry> entries, Navigator navigator) {
        box.getStyleClass().add(Styles.NAV);
        box.setFillWidth(true);
        Label header = new Label(Messages.get("app.title"));
        header.getStyleClass().add(Styles.NAV_HEADER);
        box.getChildren().add(header);
        List<String> shortcuts = MainWindow.shortcutTargets(entries);
        for (ScreenCatalog.Entry e : entries) {
            ToggleButton b = new ToggleButton(Messages.get(e.titleKey()));
            b.setId("nav-" + e.id());
            b.getStyleClass().add(Styles.NAV_BUTTON);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMnemonicParsing(false);
            if (e.available()) {
                b.setToggleGroup(group);
                int index = shortcuts.indexOf(e.id()) + 1;
                String shortcut = index > 0 ? Messages.get("ui.nav.shortcut", index) : "";
                b.setTooltip(new Tooltip(Messages.get(e.titleKey()) + (shortcut.isEmpty() ? "" : "  " + shortcut)));
                b.setOnAction(ev -> navigator.show(e.id()));
            } else {
                Label soon = new Label(Messages.get("ui.nav.soon"));
                soon.getStyleClass().add(Styles.NAV_SLOT);
                b.setGraphic(soon);
                b.setContentDisplay(ContentDisplay.RIGHT);
                b.setGraphicTextGap(8);
                b.getStyleClass().add(Styles.NAV_SLOT);
                // not disabled: a disabled control shows no tooltip. It looks muted, takes no focus, stays unselected
                // and does nothing when clicked, and its tooltip says why
                b.setFocusTraversable(false);
                b.setTooltip(new Tooltip(Messages.get("ui.nav.soonWhy", Messages.get(e.titleKey()))));
                b.setOnAction(ev -> b.setSelected(false));
            }
            buttons.put(e.id(), b);
            box.getChildren().add(b);
        }
        box.setPadding(new Insets(12, 8, 12, 8));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // not NAV itself: its padding and minimum width on the scroll pane too made the list wider than the
        // viewport, cutting the entries' right edge
        scroll.getStyleClass().add(Styles.NAV_SCROLL);
        scroll.setMinWidth(Region.USE_PREF_SIZE);
    }

    Region view() {
        return scroll;
    }

    /** Marks the entry of the shown screen (keeps the toggle selected even when clicked again). */
    void select(String id) {
        ToggleButton b = buttons.get(id);
        if (b != null) {
            b.setSelected(true);
            // the focus ring stays with the shown entry, so two entries never both look chosen
            if (buttons.values().stream().anyMatch(x -> x != b && x.isFocused())) {
                b.requestFocus();
            }
        }
    }

    ToggleButton button(String id) {
        return buttons.get(id);
    }
}
