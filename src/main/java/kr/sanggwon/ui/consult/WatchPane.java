package kr.sanggwon.ui.consult;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.WatchFinding;
import kr.sanggwon.consult.Watched;
import kr.sanggwon.search.DistrictEntry;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.IndustryOption;
import kr.sanggwon.ui.district.IndustryPicker;
import kr.sanggwon.ui.district.ScreenParts;

/**
 * 관심 목록 in 상담: "연락할 곳" (every client's watched districts that moved notably, one plain sentence each; a click
 * opens the client) and the chosen client's card (add a district found like in 상권 찾기 with an industry and a note,
 * remove one, see what moved).
 */
final class WatchPane {
    private final ConsultViewModel consult;
    private final WatchViewModel vm;

    WatchPane(ConsultViewModel consult, WatchViewModel vm) {
        this.consult = consult;
        this.vm = vm;
    }

    /** The all-clients list, shown above the client forms. */
    Node contacts() {
        ListView<WatchFinding> list = wrappingList("watch-contacts", vm.contacts(), WatchFinding::text);
        // one line for "nothing moved", room for a few sentences when something did
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(vm.contacts()))
                .then(48.0).otherwise(140.0));
        list.setOnMouseClicked(e -> vm.openContact(list.getSelectionModel().getSelectedItem()));
        list.setPlaceholder(FormParts.wrapped(Messages.get("consult.watch.ui.noContacts"), Styles.PLACEHOLDER));
        VBox card = FormParts.card(ScreenParts.section(Messages.get("consult.watch.ui.contacts")),
                FormParts.wrapped(Messages.get("consult.watch.ui.contactsHint"), Styles.MUTED), list);
        card.setId("watch-contacts-card");
        return card;
    }

    /** The chosen client's 관심 목록 card. */
    Node card() {
        TextField search = FormParts.text("watch-district-search");
        search.setPromptText(Messages.get("consult.watch.ui.searchPrompt"));
        search.setPrefColumnCount(8);
        search.textProperty().bindBidirectional(vm.queryProperty());
        ComboBox<DistrictEntry> district = new ComboBox<>(vm.districts());
        district.setId("watch-district");
        district.setMaxWidth(Double.MAX_VALUE);
        district.setMinWidth(120);
        district.setVisibleRowCount(14);
        district.setConverter(new StringConverter<>() {
            @Override
            public String toString(DistrictEntry d) {
                return d == null ? "" : d.name() + " · " + (d.guName() == null ? "" : d.guName() + " · ")
                        + (d.typeName() == null ? "" : d.typeName() + " ") + d.code();
            }

            @Override
            public DistrictEntry fromString(String s) {
                return null;
            }
        });
        district.valueProperty().bindBidirectional(vm.districtProperty());
        search.setOnAction(e -> {
            if (!vm.districts().isEmpty()) {
                district.setValue(vm.districts().get(0));
            }
        });
        vm.districts().addListener((ListChangeListener<DistrictEntry>) c -> {
            if (search.isFocused() && !vm.districts().isEmpty() && !search.getText().isBlank()) {
                district.show();
            }
        });
        HBox.setHgrow(district, Priority.ALWAYS);
        HBox districtBox = new HBox(6, search, district);
        districtBox.setAlignment(Pos.CENTER_LEFT);
        ComboBox<IndustryOption> industry = IndustryPicker.create(vm.industryProperty(), vm.industries());
        industry.setId("watch-industry");
        industry.setMaxWidth(Double.MAX_VALUE);
        industry.setMinWidth(120);
        TextField note = FormParts.text("watch-note");
        note.setPromptText(Messages.get("consult.watch.ui.notePrompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());
        GridPane g = FormParts.grid();
        FormParts.row(g, "consult.watch.ui.district", districtBox);
        FormParts.row(g, "consult.watch.ui.industry", industry);
        FormParts.row(g, "consult.watch.ui.note", note);
        Button add = new Button(Messages.get("consult.watch.ui.add"));
        add.setId("watch-add");
        add.getStyleClass().add(Styles.ACCENT_BUTTON);
        add.setOnAction(e -> vm.add());

        ListView<Watched> entries = wrappingList("watch-entries", vm.entries(), Watched::text);
        entries.setPrefHeight(96);
        entries.setPlaceholder(FormParts.wrapped(Messages.get("consult.watch.ui.noEntries"), Styles.PLACEHOLDER));
        Button remove = new Button(Messages.get("consult.watch.ui.remove"));
        remove.setId("watch-remove");
        remove.disableProperty().bind(entries.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(entries.getSelectionModel().getSelectedItem()));

        ListView<WatchFinding> moves = wrappingList("watch-client-moves", vm.clientMoves(),
                f -> f.watched().place() + " · " + f.sentence());
        moves.setPrefHeight(80);
        moves.setPlaceholder(FormParts.wrapped(Messages.get("consult.watch.ui.noMoves"), Styles.PLACEHOLDER));

        Label message = FormParts.notice("watch-message", vm.messageProperty(), vm.refusedProperty());
        VBox card = FormParts.card(ScreenParts.section(Messages.get("consult.watch.ui.title")),
                FormParts.wrapped(Messages.get("consult.watch.ui.hint"), Styles.MUTED), g, new FlowPane(8, 6, add), message,
                entries, new FlowPane(8, 6, remove), FormParts.wrapped(Messages.get("consult.watch.ui.moves"), Styles.STRONG), moves);
        card.setId("watch-card");
        card.disableProperty().bind(consult.clientProperty().isNull());
        return card;
    }

    /** A list whose rows wrap long sentences to the list's width instead of running off to the right. */
    private static <T> ListView<T> wrappingList(String id, ObservableList<T> items, Function<T, String> text) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setCellFactory(v -> {
            ListCell<T> cell = new ListCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : text.apply(item));
                }
            };
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
            cell.setMaxWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            return cell;
        });
        return list;
    }
}
