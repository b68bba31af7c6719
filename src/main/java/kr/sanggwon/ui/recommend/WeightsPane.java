package kr.sanggwon.ui.recommend;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.recommend.Part;
import kr.sanggwon.recommend.Preset;
import kr.sanggwon.recommend.RecommendText;
import kr.sanggwon.recommend.Weights;
import kr.sanggwon.ui.Styles;

/** The weight sliders (one per part, 0–5) with the preset picker and saving the user's own preset. */
final class WeightsPane {
    private final RecommendViewModel vm;

    WeightsPane(RecommendViewModel vm) {
        this.vm = vm;
    }

    Node build() {
        Locale locale = Messages.locale();
        ComboBox<Preset> presets = new ComboBox<>(vm.presets());
        presets.setId("recommend-preset");
        presets.valueProperty().bindBidirectional(vm.presetProperty());
        presets.setPromptText(Messages.get("recommend.ui.ownWeights"));
        presets.setButtonCell(presetCell(locale));
        presets.setCellFactory(l -> presetCell(locale));
        Label presetLabel = label(Messages.get("recommend.ui.preset"));
        TextField name = new TextField();
        name.setId("recommend-preset-name");
        name.setPromptText(Messages.get("recommend.ui.presetName"));
        name.setPrefColumnCount(8);
        Button save = new Button(Messages.get("recommend.ui.savePreset"));
        save.setId("recommend-preset-save");
        save.disableProperty().bind(name.textProperty().isEmpty());
        save.setOnAction(e -> {
            vm.savePreset(name.getText());
            name.clear();
        });
        Button delete = new Button(Messages.get("recommend.ui.deletePreset"));
        delete.setId("recommend-preset-delete");
        delete.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.presetProperty().get() == null || vm.presetProperty().get().builtIn(), vm.presetProperty()));
        delete.setOnAction(e -> vm.deletePreset(vm.presetProperty().get()));
        HBox presetBox = new HBox(6, presetLabel, presets);
        presetBox.setAlignment(Pos.CENTER_LEFT);
        HBox saveBox = new HBox(6, name, save, delete);
        saveBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane top = new FlowPane(10, 6, presetBox, saveBox);
        FlowPane sliders = new FlowPane(14, 8);
        for (Part p : Part.values()) {
            sliders.getChildren().add(slider(p, locale));
        }
        VBox box = new VBox(8, top, sliders);
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    private Node slider(Part p, Locale locale) {
        Slider s = new Slider(0, Weights.MAX, vm.weight(p).get());
        s.setId("recommend-weight-" + p.name());
        s.setPrefWidth(110);
        s.setMinWidth(80);
        s.setMajorTickUnit(1);
        s.setBlockIncrement(0.5);
        s.valueProperty().bindBidirectional(vm.weight(p));
        Label name = label(RecommendText.part(p, locale));
        Label value = new Label();
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.textProperty().bind(vm.weight(p).asString("%.1f"));
        value.getStyleClass().add(Styles.MUTED);
        HBox head = new HBox(6, name, value, kr.sanggwon.ui.glossary.GlossaryHelp.button(kr.sanggwon.ui.glossary.GlossaryKeys.forPart(p)));
        VBox v = new VBox(2, head, s);
        Tooltip.install(v, new Tooltip(Messages.get(p.labelKey() + ".how")));
        return v;
    }

    private static ListCell<Preset> presetCell(Locale locale) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Preset p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? Messages.get("recommend.ui.ownWeights") : RecommendText.preset(p, locale));
            }
        };
    }

    static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static String signed(double z) {
        String s = Formats.number(z, 1);
        return s.startsWith("-") ? (s.equals("-0.0") ? "0.0" : s) : s.equals("0.0") ? s : "+" + s;
    }
}
