package kr.sanggwon.ui.map;

import java.util.List;
import javafx.scene.input.KeyCode;
import kr.sanggwon.search.DistrictEntry;

/**
 * Arrow-key moves on the map: from one district to the nearest one in the pressed direction. Distance counts double
 * sideways, so "right" prefers a district straight to the right over a nearer one far above. World coordinates
 * (TM metres, y grows northwards: the Up key goes north).
 */
final class MapKeyboard {
    private MapKeyboard() {
    }

    static boolean isArrow(KeyCode k) {
        return k == KeyCode.UP || k == KeyCode.DOWN || k == KeyCode.LEFT || k == KeyCode.RIGHT;
    }

    /** The district to move to from {@code from} (null: start at the one nearest the centre {@code cx, cy}). */
    static DistrictEntry next(List<DistrictEntry> all, DistrictEntry from, KeyCode key, double cx, double cy) {
        if (all.isEmpty()) {
            return null;
        }
        if (from == null) {
            DistrictEntry best = null;
            double bestD = Double.MAX_VALUE;
            for (DistrictEntry d : all) {
                if (!d.hasPoint()) {
                    continue;
                }
                double dist = Math.hypot(d.x() - cx, d.y() - cy);
                if (dist < bestD) {
                    bestD = dist;
                    best = d;
                }
            }
            return best;
        }
        double ux = key == KeyCode.RIGHT ? 1 : key == KeyCode.LEFT ? -1 : 0;
        double uy = key == KeyCode.UP ? 1 : key == KeyCode.DOWN ? -1 : 0;
        DistrictEntry best = null;
        double bestCost = Double.MAX_VALUE;
        for (DistrictEntry d : all) {
            if (d == from || !d.hasPoint()) {
                continue;
            }
            double dx = d.x() - from.x();
            double dy = d.y() - from.y();
            double along = dx * ux + dy * uy;
            if (along <= 0) {
                continue;
            }
            double side = Math.abs(dx * uy - dy * ux);
            double cost = along + 2 * side;
            if (cost < bestCost) {
                bestCost = cost;
                best = d;
            }
        }
        return best == null ? from : best;
    }
}
