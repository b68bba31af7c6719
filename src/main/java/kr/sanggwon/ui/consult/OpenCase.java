package kr.sanggwon.ui.consult;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The consultation open in 상담, which other screens (예상 매출, 상권 비교) save scenarios into. Held in memory only;
 * cleared when 상담 locks.
 */
public final class OpenCase {
    private final ObjectProperty<Long> consultationId = new SimpleObjectProperty<>(this, "consultationId");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");

    public ObjectProperty<Long> consultationIdProperty() {
        return consultationId;
    }

    /** "client name · date" of the open consultation, for the save buttons' tooltips. */
    public StringProperty labelProperty() {
        return label;
    }

    public boolean isOpen() {
        return consultationId.get() != null;
    }

    public void open(long id, String text) {
        consultationId.set(id);
        label.set(text);
    }

    public void close() {
        consultationId.set(null);
        label.set("");
    }
}
