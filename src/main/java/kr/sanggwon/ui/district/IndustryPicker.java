package kr.sanggwon.ui.district;

import java.util.Objects;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/** A combo box of industries kept in step with a selected industry code (null = all industries). */
public final class IndustryPicker {
    private IndustryPicker() {
    }

    public static ComboBox<IndustryOption> create(StringProperty code, ObservableList<IndustryOption> items) {
        ComboBox<IndustryOption> box = new ComboBox<>(items);
        box.setVisibleRowCount(18);
        box.setPrefWidth(240);
        boolean[] updating = {false};
        box.valueProperty().addListener((o, a, b) -> {
            if (!updating[0] && b != null && !Objects.equals(b.code(), code.get())) {
                code.set(b.code());
            }
        });
        Runnable sync = () -> {
            updating[0] = true;
            try {
                box.getItems().stream().filter(i -> Objects.equals(i.code(), code.get())).findFirst()
                        .ifPresentOrElse(box::setValue, () -> box.setValue(null));
            } finally {
                updating[0] = false;
            }
        };
        code.addListener((o, a, b) -> sync.run());
        items.addListener((javafx.collections.ListChangeListener<IndustryOption>) c -> sync.run());
        sync.run();
        return box;
    }
}
