package kr.sanggwon.ui.lesson;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Draws a thick ring around the control a step is about, so the learner sees where to look on a projector: a 4 px
 * outline drawn outside the control (a shape, not only a colour change). Follows the control when the screen
 * rebuilds it after loading data (checked on every layout pulse).
 */
final class TargetRing {
    static final String STYLE = "-fx-border-color: #c2410c; -fx-border-width: 4; -fx-border-insets: -6; -fx-border-radius: 6;"
            + " -fx-border-style: solid;";
    private static final String SAVED = "lesson.savedStyle";

    private final Scene scene;
    private final Runnable pulse = this::follow;
    private String id;
    private Node ringed;
    private java.util.function.Consumer<Node> onRinged = n -> { };

    TargetRing(Scene scene) {
        this.scene = scene;
    }

    /** Rings the control with {@code controlId} as soon as it is on screen (the screen may still be loading). */
    void show(String controlId) {
        clear();
        id = controlId;
        scene.addPostLayoutPulseListener(pulse);
        follow();
    }

    void clear() {
        scene.removePostLayoutPulseListener(pulse);
        unring();
        id = null;
    }

    Node ringed() {
        return ringed;
    }

    /** Called with the control each time the ring lands on one (also when it turns up after the screen loaded). */
    void setOnRinged(java.util.function.Consumer<Node> action) {
        onRinged = action;
    }

    private void follow() {
        Node n = ScreenReading.find(scene, id).orElse(null);
        if (n == ringed) {
            return;
        }
        unring();
        if (n != null) {
            n.getProperties().put(SAVED, n.getStyle());
            n.setStyle((n.getStyle() == null ? "" : n.getStyle()) + " " + STYLE);
            ringed = n;
            onRinged.accept(n);
        }
    }

    private void unring() {
        if (ringed != null) {
            Object saved = ringed.getProperties().remove(SAVED);
            ringed.setStyle(saved == null ? "" : saved.toString());
            ringed = null;
        }
    }
}
