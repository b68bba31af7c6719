package kr.sanggwon.ui.recommend;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.beans.property.StringProperty;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.IndustryOption;
import kr.sanggwon.ui.district.IndustryPicker;

/** The inputs of 유망 상권: industry, grain, 자치구 and type filters, the owner's target customers. */
final class FilterBar {
    private static final List<String> TYPES = List.of("A", "D", "R", "U");
    private static final List<String> AGES = List.of("age10", "age20", "age30", "age40", "age50", "age60");
    private static final List<String> GENDERS = List.of("male", "female");
    private static final List<String> TIMES = List.of("t06_11", "t11_14", "t14_17", "t17_21", "t21_24", "t00_06");
    private final RecommendViewModel vm;
    private final MenuButton gu = new MenuButton();

    FilterBar(RecommendViewModel vm) {
        this.vm = vm;
    }

    Node build() {
        ComboBox<IndustryOption> industry = IndustryPicker.create(vm.context().selection().industryProperty(), vm.industries());
        industry.setId("recommend-industry");
        ComboBox<String> grain = choice("recommend-grain", List.of("T", "D"), vm.grainProperty(), "recommend.grain.", false);
        gu.setId("recommend-gu");
        gu.setText(Messages.get("recommend.ui.allGu"));
        gu.setOnShowing(e -> fillGu());
        MenuButton type = new MenuButton(Messages.get("recommend.ui.allTypes"));
        type.setId("recommend-type");
        for (String t : TYPES) {
            CheckMenuItem item = new CheckMenuItem(Messages.get("recommend.type." + t));
            item.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    vm.types().add(t);
                } else {
                    vm.types().remove(t);
                }
                type.setText(vm.types().isEmpty() ? Messages.get("recommend.ui.allTypes")
                        : Messages.get("recommend.ui.chosen", vm.types().size()));
            });
            type.getItems().add(item);
        }
        FlowPane bar = new FlowPane(12, 6,
                group("recommend.ui.industry", industry), group("recommend.ui.grain", grain),
                group("recommend.ui.gu", gu), group("recommend.ui.type", type),
                group("recommend.ui.age", choice("recommend-age", AGES, vm.ageProperty(), "customer.band.", true)),
                group("recommend.ui.gender", choice("recommend-gender", GENDERS, vm.genderProperty(), "customer.band.", true)),
                group("recommend.ui.time", choice("recommend-time", TIMES, vm.timeProperty(), "customer.band.", true)));
        bar.getStyleClass().add(Styles.TOOLBAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void fillGu() {
        gu.getItems().clear();
        for (String name : vm.guNames()) {
            CheckMenuItem item = new CheckMenuItem(name);
            item.setSelected(vm.gus().contains(name));
            item.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    vm.gus().add(name);
                } else {
                    vm.gus().remove(name);
                }
                gu.setText(vm.gus().isEmpty() ? Messages.get("recommend.ui.allGu")
                        : vm.gus().size() == 1 ? vm.gus().iterator().next() : Messages.get("recommend.ui.chosen", vm.gus().size()));
            });
            gu.getItems().add(item);
        }
    }

    /** Picks 자치구 by name programmatically (tests, remembered choices): same as ticking them in the menu. */
    void chooseGu(String name) {
        vm.gus().add(name);
        gu.setText(name);
    }

    private static ComboBox<String> choice(String id, List<String> values, StringProperty target, String keyPrefix, boolean withAny) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        if (withAny) {
            box.getItems().add("");
        }
        box.getItems().addAll(values);
        box.setValue(target.get() == null ? (withAny ? "" : values.get(0)) : target.get());
        box.valueProperty().addListener((o, a, b) -> target.set(b == null || b.isEmpty() ? null : b));
        box.setButtonCell(cell(keyPrefix));
        box.setCellFactory(l -> cell(keyPrefix));
        return box;
    }

    private static ListCell<String> cell(String keyPrefix) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.isEmpty() ? Messages.get("recommend.ui.any") : Messages.get(keyPrefix + v));
            }
        };
    }

    private static HBox group(String labelKey, Node control) {
        Label l = WeightsPane.label(Messages.get(labelKey));
        HBox box = new HBox(6, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
