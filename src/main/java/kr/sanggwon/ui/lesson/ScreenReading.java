package kr.sanggwon.ui.lesson;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

/** Reads what a control shows, so a check question is verified against the screen and not against the lesson file. */
final class ScreenReading {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(?:\\.[0-9]+)?");

    private ScreenReading() {
    }

    static Optional<Node> find(Scene scene, String id) {
        return id == null || scene == null ? Optional.empty() : Optional.ofNullable(scene.lookup("#" + id)).filter(Node::isVisible);
    }

    /** The text of a label, button or field, or of every label inside a box, one per line. */
    static String text(Node n) {
        if (n instanceof Labeled l) {
            return l.getText() == null ? "" : l.getText();
        }
        if (n instanceof TextInputControl t) {
            return t.getText();
        }
        StringBuilder out = new StringBuilder();
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                String t = text(c);
                if (!t.isEmpty()) {
                    out.append(out.isEmpty() ? "" : "\n").append(t);
                }
            }
        }
        return out.toString();
    }

    /** The first number in {@code text} ("4.0%" → 4.0, "월 2,602만원" → 2602), if any. */
    static Optional<BigDecimal> firstNumber(String text) {
        Matcher m = NUMBER.matcher(text == null ? "" : text);
        return m.find() ? Optional.of(new BigDecimal(m.group().replace(",", ""))) : Optional.empty();
    }

    /** True when the learner's number is the one shown (commas, units and a % sign do not matter). */
    static boolean sameNumber(String typed, String shown) {
        Optional<BigDecimal> a = firstNumber(typed);
        Optional<BigDecimal> b = firstNumber(shown);
        return a.isPresent() && b.isPresent() && a.get().compareTo(b.get()) == 0;
    }
}
