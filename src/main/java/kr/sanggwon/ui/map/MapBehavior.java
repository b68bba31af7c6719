package kr.sanggwon.ui.map;

import java.util.Objects;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import kr.sanggwon.search.DistrictEntry;

/**
 * What the user does with the district map: the wheel zooms, a drag pans, hovering names a district or a shop in the
 * tooltip, a click opens a district (or reports a point in point mode), a right click opens the district's menu; by
 * keyboard, Tab focuses the map, the arrow keys move between districts (the one reached is marked and named like a
 * hover), Enter opens it, + and - zoom.
 */
final class MapBehavior {
    private final DistrictMapView view;
    private final Canvas canvas;
    private final Label tip;
    private final MapModel model;
    private ContextMenu shownMenu;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;

    MapBehavior(DistrictMapView view, Canvas canvas, Label tip, MapModel model) {
        this.view = view;
        this.canvas = canvas;
        this.tip = tip;
        this.model = model;
        installMouse();
        installKeyboard();
    }

    private void installKeyboard() {
        view.setFocusTraversable(true);
        view.setAccessibleRole(AccessibleRole.NODE);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> view.requestFocus());
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            KeyCode k = e.getCode();
            if (MapKeyboard.isArrow(k)) {
                DistrictEntry from = model.find(model.hovered != null ? model.hovered : model.selected);
                DistrictEntry to = MapKeyboard.next(model.districts, from, k, model.transform.worldX(canvas.getWidth() / 2),
                        model.transform.worldY(canvas.getHeight() / 2));
                if (to != null) {
                    model.hovered = to.code();
                    String text = view.tooltipText().apply(to);
                    showTip(text, model.transform.screenX(to.x()) + 14, model.transform.screenY(to.y()) + 16);
                    view.setAccessibleText(text);
                    view.redraw();
                }
                e.consume();
            } else if (k == KeyCode.ENTER && model.hovered != null) {
                view.onOpen().accept(model.hovered);
                e.consume();
            } else if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS) {
                view.zoomIn();
                e.consume();
            } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
                view.zoomOut();
                e.consume();
            }
        });
    }

    private void installMouse() {
        canvas.setOnScroll((ScrollEvent e) -> {
            if (e.getDeltaY() != 0) {
                model.transform.zoomAt(e.getDeltaY() > 0 ? 1.25 : 0.8, e.getX(), e.getY());
                view.redraw();
            }
            e.consume();
        });
        canvas.setOnMousePressed(e -> {
            pressX = e.getX();
            pressY = e.getY();
            lastX = e.getX();
            lastY = e.getY();
            dragged = false;
        });
        canvas.setOnMouseDragged(e -> {
            if (Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 4) {
                dragged = true;
            }
            model.transform.pan(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
            tip.setVisible(false);
            view.redraw();
        });
        canvas.setOnMouseClicked(this::clicked);
        canvas.setOnContextMenuRequested(e -> {
            if (showMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY())) {
                e.consume();
            }
        });
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> {
            model.hovered = null;
            tip.setVisible(false);
            view.redraw();
        });
    }

    private void clicked(MouseEvent e) {
        // some platforms send no context-menu request for a right click (e.g. headless): the click itself opens it
        if (!dragged && e.getButton() == MouseButton.SECONDARY && (shownMenu == null || !shownMenu.isShowing())) {
            showMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            return;
        }
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (view.onPointClick() != null) {
            view.onPointClick().accept(model.transform.worldX(e.getX()), model.transform.worldY(e.getY()));
            return;
        }
        DistrictEntry d = model.districtAt(e.getX(), e.getY());
        if (d != null) {
            view.onOpen().accept(d.code());
        }
    }

    private boolean showMenu(double x, double y, double screenX, double screenY) {
        if (shownMenu != null) {
            shownMenu.hide();
        }
        DistrictEntry d = model.districtAt(x, y);
        shownMenu = d == null ? null : view.districtMenu().apply(d.code());
        if (shownMenu == null) {
            return false;
        }
        shownMenu.show(canvas, screenX, screenY);
        return true;
    }

    private void hover(MouseEvent e) {
        MapMarker m = model.markerAt(e.getX(), e.getY());
        if (m != null) {
            showTip(m.label(), e.getX() + 14, e.getY() + 16);
            return;
        }
        DistrictEntry d = model.districtAt(e.getX(), e.getY());
        String code = d == null ? null : d.code();
        if (d == null) {
            tip.setVisible(false);
        } else {
            tip.setText(view.tooltipText().apply(d));
            tip.autosize();
            double x = Math.min(e.getX() + 14, view.getWidth() - tip.getWidth() - 4);
            // below the pointer, or above it when it would leave the map
            double y = e.getY() + 16 + tip.getHeight() > view.getHeight() ? e.getY() - tip.getHeight() - 8 : e.getY() + 16;
            tip.relocate(Math.max(4, x), Math.max(4, y));
            tip.setVisible(true);
        }
        canvas.setCursor(view.onPointClick() != null ? Cursor.CROSSHAIR : d == null ? Cursor.DEFAULT : Cursor.HAND);
        if (!Objects.equals(code, model.hovered)) {
            model.hovered = code;
            view.redraw();
        }
    }

    /** Shows {@code text} at (x, y), kept inside the map's left, right and top edges. */
    private void showTip(String text, double x, double y) {
        tip.setText(text);
        tip.autosize();
        tip.relocate(Math.max(4, Math.min(x, view.getWidth() - tip.getWidth() - 4)), Math.max(4, y));
        tip.setVisible(true);
    }
}
