package kr.sanggwon.ui.glossary;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.glossary.Glossary;
import kr.sanggwon.glossary.GlossaryEntry;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.ScreenParts;
import kr.sanggwon.ui.shell.Screen;
import kr.sanggwon.ui.shell.UiContext;
import org.controlsfx.control.textfield.TextFields;

/** 용어 사전: search every indicator, read its plain explanation, caveat and worked example. */
public final class GlossaryScreen implements Screen {
    public static final String ID = "glossary";
    private Node view;
    private final ObservableList<GlossaryEntry> shown = FXCollections.observableArrayList();

    public GlossaryScreen(UiContext ctx) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "wizard.nav.glossary";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    private Node build() {
        TextField search = TextFields.createClearableTextField();
        search.setId("glossary-search");
        search.setPromptText(Messages.get("glossary.search"));
        search.setAccessibleText(Messages.get("glossary.search"));
        ListView<GlossaryEntry> list = new ListView<>(shown);
        list.setId("glossary-list");
        list.setAccessibleText(Messages.get("wizard.nav.glossary"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(GlossaryEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.term());
            }
        });
        VBox detail = new VBox(8);
        detail.setId("glossary-detail");
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e == null) {
                detail.getChildren().clear();
                return;
            }
            Label term = ScreenParts.section(e.term());
            term.setId("glossary-term");
            detail.getChildren().setAll(term, GlossaryHelp.content(e));
        });
        search.textProperty().addListener((o, a, q) -> filter(q, list));
        filter("", list);
        Label count = new Label();
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(javafx.beans.binding.Bindings.size(shown).asString(Messages.get("glossary.count")));
        VBox left = new VBox(8, search, count, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        ScrollPane right = new ScrollPane(detail);
        right.setFitToWidth(true);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.38);
        VBox root = new VBox(12, ScreenParts.title(Messages.get("wizard.nav.glossary")), muted(Messages.get("glossary.intro")), split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getStyleClass().add(Styles.SCREEN);
        return root;
    }

    private void filter(String query, ListView<GlossaryEntry> list) {
        GlossaryEntry keep = list.getSelectionModel().getSelectedItem();
        shown.setAll(Glossary.search(query, Messages.locale()));
        if (keep != null && shown.contains(keep)) {
            list.getSelectionModel().select(keep);
        } else if (!shown.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        // keeps its wrapped height when the split below wants all the room
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(Styles.MUTED);
        return l;
    }
}
