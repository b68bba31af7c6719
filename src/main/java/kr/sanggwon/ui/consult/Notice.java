package kr.sanggwon.ui.consult;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The line under a 상담 form: either a confirmation (saved, added) or a refusal (what to fix). The view shows the two
 * differently — style and a worded badge, never colour alone ({@link FormParts#notice}).
 */
final class Notice {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty refused = new SimpleBooleanProperty(this, "refused");

    /** A confirmation of what was done. */
    void ok(String message) {
        refused.set(false);   // before the text, so whoever reacts to the text sees the right kind
        text.set(message);
    }

    /** A refused action: what is wrong and how to fix it. */
    void refuse(String message) {
        refused.set(true);
        text.set(message);
    }

    void clear() {
        text.set("");
        refused.set(false);
    }

    StringProperty textProperty() {
        return text;
    }

    BooleanProperty refusedProperty() {
        return refused;
    }
}
