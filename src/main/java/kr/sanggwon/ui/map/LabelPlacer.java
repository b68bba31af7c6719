package kr.sanggwon.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places district names beside their dots so that no two names overlap and none runs off the map: each name tries
 * the right of its dot, then the left, above and below; a name with no free place is left out (its dot still shows,
 * and hovering it names it). Names are placed in the order given, so the caller puts the important ones first.
 */
final class LabelPlacer {
    /** A name to place: the dot's centre and radius on screen, and the text's width and height. */
    record Wanted(String text, double x, double y, double r, double width, double height) {
    }

    /** A placed name: where its text's baseline starts. */
    record Placed(String text, double x, double baseline) {
    }

    private static final double GAP = 3;
    private final double mapWidth;
    private final double mapHeight;
    private final List<double[]> taken = new ArrayList<>();

    LabelPlacer(double mapWidth, double mapHeight) {
        this.mapWidth = mapWidth;
        this.mapHeight = mapHeight;
    }

    List<Placed> place(List<Wanted> wanted) {
        List<Placed> placed = new ArrayList<>();
        for (Wanted w : wanted) {
            place(w).ifPresent(placed::add);
        }
        return placed;
    }

    private Optional<Placed> place(Wanted w) {
        double[][] boxes = {
            {w.x() + w.r() + GAP, w.y() - w.height() / 2},                      // right
            {w.x() - w.r() - GAP - w.width(), w.y() - w.height() / 2},          // left
            {w.x() - w.width() / 2, w.y() - w.r() - GAP - w.height()},          // above
            {w.x() - w.width() / 2, w.y() + w.r() + GAP},                       // below
        };
        for (double[] b : boxes) {
            double[] box = {b[0], b[1], b[0] + w.width(), b[1] + w.height()};
            if (inside(box) && free(box)) {
                taken.add(box);
                // the baseline sits about a fifth of the line height above the box's bottom
                return Optional.of(new Placed(w.text(), box[0], box[3] - w.height() * 0.22));
            }
        }
        return Optional.empty();
    }

    private boolean inside(double[] box) {
        return box[0] >= 0 && box[1] >= 0 && box[2] <= mapWidth && box[3] <= mapHeight;
    }

    private boolean free(double[] box) {
        for (double[] t : taken) {
            if (box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]) {
                return false;
            }
        }
        return true;
    }
}
