package kr.sanggwon.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Labeled;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import kr.sanggwon.ui.map.DistrictMapView;
import org.jfree.chart.fx.ChartViewer;

/**
 * Finds what a user would see cut off: visible nodes reaching past the window's right edge or past the right edge of
 * a clipping parent (split pane halves and scroll panes clip their content, so a page that needs sideways scrolling
 * counts as cut off), and buttons/labels whose text is shortened with an ellipsis (unless a tooltip shows the full
 * text, or it is the chosen entry of a drop-down whose list shows it whole). In tables: rows too low for their text, and
 * column headers and cells shortened to "…" (a cell scrolled out of sight still counts). Otherwise tables, lists, text
 * fields, charts and the map scroll or draw inside themselves and are not looked into.
 * Call on the FX thread.
 */
public final class LayoutCheck {
    private LayoutCheck() {
    }

    public static List<String> cutOff(Scene scene) {
        List<String> out = new ArrayList<>();
        walk(scene.getRoot(), scene.getWidth(), out);
        return out;
    }

    /** Style classes whose colour carries a meaning (good/bad, warning, error, best). */
    static final java.util.Set<String> COLOUR_MEANING = java.util.Set.of(Styles.WARN, Styles.OK, Styles.ERROR,
            "sg-delta-good", "sg-delta-bad", "sg-warn-badge", "sg-best-cell");

    /**
     * Visible labels whose colour carries a meaning but whose text does not say it: a good/bad change without ▲▼, or a
     * coloured bare number, leaves a colour-blind user without the meaning. Empty labels show nothing and pass.
     * Call on the FX thread.
     */
    public static List<String> colourOnly(Scene scene) {
        List<String> out = new ArrayList<>();
        colourOnly(scene.getRoot(), out);
        return out;
    }

    private static void colourOnly(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getStyleClass().stream().anyMatch(COLOUR_MEANING::contains)
                && l.getText() != null && !l.getText().isBlank() && !saysIt(l)) {
            out.add(describe(n) + " shows its meaning by colour only");
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                colourOnly(c, out);
            }
        }
    }

    /** Good/bad changes need an arrow (▲▼); other coloured labels need a word or a symbol, not a bare number. */
    private static boolean saysIt(Labeled l) {
        String t = l.getText();
        if (l.getStyleClass().contains("sg-delta-good") || l.getStyleClass().contains("sg-delta-bad")) {
            return t.matches("(?s).*[▲▼↑↓].*");
        }
        return t.matches("(?s).*[\\p{L}⚠★✓✗▲▼●○].*");
    }

    /** {@code right}: the scene x where what is visible of {@code n} ends (the window edge, or a clipping parent). */
    private static void walk(Node n, double right, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getWidth() > 0 && b.getMaxX() > right + 1) {
            out.add(describe(n) + " reaches x=" + Math.round(b.getMaxX()) + " but is cut at " + Math.round(right));
            return;   // its children are cut with it; one line is enough
        }
        double inner = n.getClip() == null ? right : Math.min(right, n.localToScene(n.getClip().getBoundsInParent()).getMaxX());
        // a label that may shorten and shows its full text on hover (the data folder path) is fine
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && truncated(l) && !fullTextOnHover(l)
                && !(n instanceof ListCell<?> && n.getParent() instanceof ComboBoxBase<?>)) {   // a long choice; the list shows it whole
            out.add(describe(n) + " text shortened");
        }
        if (n instanceof TableView<?> t) {
            rowsTooLow(t, out);
            headersShortened(t, out);
            cellsShortened(t, out);
        }
        if (n instanceof TableView || n instanceof ListView || n instanceof TextInputControl
                || n instanceof Canvas || n instanceof ChartViewer || n instanceof DistrictMapView) {
            return;   // scroll, pan or draw inside themselves
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, inner, out);
            }
        }
    }

    /** Table cells whose text is taller than the row (rows that do not grow with the text size clip it). */
    private static void rowsTooLow(TableView<?> t, List<String> out) {
        for (Node c : t.lookupAll(".table-cell")) {
            if (c instanceof javafx.scene.control.TableCell<?, ?> cell && cell.isVisible() && cell.getText() != null
                    && !cell.getText().isEmpty() && cell.getHeight() > 0) {
                double needed = cell.getFont().getSize() * 1.15 + cell.snappedTopInset() + cell.snappedBottomInset();
                if (needed > cell.getHeight() + 1) {
                    out.add(describe(t) + " row too low for its text: " + Math.round(cell.getHeight()) + " < " + Math.round(needed)
                            + " ('" + cell.getText() + "')");
                    return;
                }
            }
        }
    }

    /** Column headers shortened to "…": at large text a header that does not wrap loses the words that name the column. */
    private static void headersShortened(TableView<?> t, List<String> out) {
        for (Node h : t.lookupAll(".column-header")) {
            for (Node c : h.lookupAll(".label")) {
                if (c instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty() && truncated(l)) {
                    out.add(describe(t) + " column header shortened: '" + l.getText() + "'");
                }
            }
        }
    }

    /**
     * Table cells whose text is cut: shortened to "…", or drawn by a graphic (a label or a text) that does not fit the
     * cell — wider than the cell without wrapping, or wrapped onto more lines than a fixed-height row shows.
     */
    private static void cellsShortened(TableView<?> t, List<String> out) {
        for (Node c : t.lookupAll(".table-cell")) {
            if (!(c instanceof javafx.scene.control.TableCell<?, ?> cell) || !cell.isVisible() || cell.getWidth() <= 0) {
                continue;
            }
            if (cell.getText() != null && !cell.getText().isEmpty() && truncated(cell)) {
                out.add(describe(t) + " cell shortened: '" + cell.getText() + "'");
            }
            Node g = cell.getGraphic();
            if (g != null && g.isVisible()) {
                graphicCut(t, cell, g, out);
            }
        }
    }

    private static void graphicCut(TableView<?> t, javafx.scene.control.TableCell<?, ?> cell, Node g, List<String> out) {
        if (g instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && truncated(l)) {
            out.add(describe(t) + " cell shortened: '" + l.getText() + "'");
        } else if (g instanceof Text x && x.getText() != null && !x.getText().isEmpty()) {
            double roomW = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
            double roomH = cell.getHeight() - cell.snappedTopInset() - cell.snappedBottomInset();
            Bounds b = x.getLayoutBounds();
            if (b.getWidth() > roomW + 1 || b.getHeight() > roomH + 1) {
                out.add(describe(t) + " cell text cut: '" + x.getText().replace('\n', ' ') + "' needs "
                        + Math.round(b.getWidth()) + "x" + Math.round(b.getHeight()) + " in " + Math.round(roomW) + "x"
                        + Math.round(roomH));
            }
        } else if (g instanceof Parent p) {
            for (Node k : p.getChildrenUnmodifiable()) {
                if (k.isVisible()) {
                    graphicCut(t, cell, k, out);
                }
            }
        }
    }

    private static boolean fullTextOnHover(Labeled l) {
        return l.getTooltip() != null && l.getTooltip().getText() != null && l.getTooltip().getText().contains(l.getText());
    }

    private static boolean truncated(Labeled l) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && t.isVisible() && t.getText() != null && !t.getText().equals(l.getText())
                    && t.getText().contains(l.getEllipsisString())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + n.getStyleClass() + text;
    }
}
