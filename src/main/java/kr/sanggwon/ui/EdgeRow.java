package kr.sanggwon.ui;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A toolbar row with one group on the left and one on the right edge, like an HBox with a growing spacer between,
 * except that when the window is too narrow for both on one line the right group moves under the left one instead
 * of being cut off.
 */
public final class EdgeRow extends Region {
    private final Node left;
    private final Node right;
    private final double gap;
    private final VPos align;

    /** {@code align}: how the two groups line up vertically when they share a line (BOTTOM for fields with labels on top). */
    public EdgeRow(Node left, Node right, double gap, VPos align) {
        this.left = left;
        this.right = right;
        this.gap = gap;
        this.align = align;
        getChildren().addAll(left, right);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private boolean oneLine(double width) {
        Insets in = getInsets();
        return width < 0 || left.prefWidth(-1) + gap + right.prefWidth(-1) <= width - in.getLeft() - in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return Math.max(left.minWidth(-1), right.minWidth(-1)) + in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return left.prefWidth(-1) + gap + right.prefWidth(-1) + in.getLeft() + in.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double w = width < 0 ? Double.MAX_VALUE : width - in.getLeft() - in.getRight();
        // heights at the widths the groups will get: a squeezed group may wrap and grow taller
        double lh = left.prefHeight(Math.min(left.prefWidth(-1), w));
        double rh = right.prefHeight(Math.min(right.prefWidth(-1), w));
        return (oneLine(width) ? Math.max(lh, rh) : lh + gap + rh) + in.getTop() + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = getWidth() - in.getLeft() - in.getRight();
        double lw = Math.min(left.prefWidth(-1), w);
        double rw = Math.min(right.prefWidth(-1), w);
        double lh = left.prefHeight(lw);
        double rh = right.prefHeight(rw);
        if (oneLine(getWidth())) {
            double h = Math.max(lh, rh);
            layoutInArea(left, x, y, lw, h, 0, Insets.EMPTY, false, false, HPos.LEFT, align);
            layoutInArea(right, x + w - rw, y, rw, h, 0, Insets.EMPTY, false, false, HPos.LEFT, align);
        } else {
            layoutInArea(left, x, y, lw, lh, 0, Insets.EMPTY, false, false, HPos.LEFT, VPos.TOP);
            layoutInArea(right, x, y + lh + gap, rw, rh, 0, Insets.EMPTY, false, false, HPos.LEFT, VPos.TOP);
        }
    }
}
