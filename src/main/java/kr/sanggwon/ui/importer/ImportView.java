package kr.sanggwon.ui.importer;

import java.io.File;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import kr.sanggwon.common.Formats;
import kr.sanggwon.ingest.DataStatus;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.TableHeaders;

/** Layout of the import screen: a drop zone with a chooser button, and one line per file below. */
final class ImportView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ImportViewModel vm;
    private final VBox list = new VBox(8);

    ImportView(ImportViewModel vm) {
        this.vm = vm;
    }

    Node build() {
        Label title = new Label(Messages.get("ui.nav.import"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Label subtitle = new Label(Messages.get("ui.import.subtitle"));
        subtitle.getStyleClass().add(Styles.SCREEN_SUBTITLE);
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Region.USE_PREF_SIZE);   // wraps rather than being cut to "…" in a low window

        Label dropText = new Label(Messages.get("ui.import.drop"));
        dropText.getStyleClass().add("sg-drop-text");
        Button choose = new Button(Messages.get("ui.import.chooseButton"));
        choose.setId("import-choose");
        choose.getStyleClass().add(Styles.ACCENT_BUTTON);
        choose.setOnAction(e -> vm.chooseFiles());
        Label hint = new Label(Messages.get("ui.import.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox drop = new VBox(dropText, choose, hint);
        drop.setMinHeight(Region.USE_PREF_SIZE);
        drop.setId("import-drop");
        drop.getStyleClass().add(Styles.DROP_ZONE);
        installDrop(drop);

        Label listTitle = new Label(Messages.get("ui.import.files"));
        listTitle.getStyleClass().add("sg-section-title");
        Button clear = new Button(Messages.get("ui.import.clear"));
        clear.setOnAction(e -> vm.clearFinished());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox listHeader = new HBox(8, listTitle, spacer, clear);
        listHeader.setAlignment(Pos.CENTER_LEFT);

        Label empty = new Label(Messages.get("ui.import.none"));
        empty.getStyleClass().add(Styles.MUTED);
        list.setId("import-list");
        vm.rows().addListener((ListChangeListener<ImportRow>) c -> render(empty));
        render(empty);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("sg-plain-scroll");
        scroll.setMinHeight(90);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label historyTitle = new Label(Messages.get("ui.import.history"));
        historyTitle.getStyleClass().add("sg-section-title");
        TableView<DataStatus.BatchInfo> history = historyTable();
        VBox screen = new VBox(title, subtitle, drop, listHeader, scroll, historyTitle, history);
        screen.getStyleClass().add(Styles.SCREEN);
        return screen;
    }

    private TableView<DataStatus.BatchInfo> historyTable() {
        TableView<DataStatus.BatchInfo> t = new TableView<>(vm.history());
        TableHeaders.wrap(t);
        t.setId("import-history");
        t.setPrefHeight(220);
        t.setMinHeight(140);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().setAll(List.of(
                column("ui.import.col.time", b -> b.finishedAt().format(TIME), 130),
                column("ui.import.col.file", DataStatus.BatchInfo::fileName, 320),
                column("ui.import.col.dataset", DataStatus.BatchInfo::datasetName, 150),
                column("ui.import.col.quarters", b -> b.minQuarter() == null ? "-"
                        : Formats.quarter(b.minQuarter()) + " ~ " + Formats.quarter(b.maxQuarter()), 190),
                column("ui.import.col.rows", b -> Formats.number(b.rowsImported(), 0), 90),
                column("ui.import.col.rejected", b -> Formats.number(b.rowsRejected(), 0), 70)));
        Label none = new Label(Messages.get("ui.import.historyNone"));
        none.getStyleClass().add(Styles.MUTED);
        t.setPlaceholder(none);
        return t;
    }

    private static TableColumn<DataStatus.BatchInfo, String> column(String key, Function<DataStatus.BatchInfo, String> f, double w) {
        TableColumn<DataStatus.BatchInfo, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        // in text units, wrapping: a long file name or quarter range takes a second line (the row grows), not "…"
        return kr.sanggwon.ui.TableSizing.em(kr.sanggwon.ui.TableSizing.wrapCells(c, s -> s), w / 13 * 0.5, w / 13);
    }

    private void render(Label empty) {
        if (vm.rows().isEmpty()) {
            list.getChildren().setAll(empty);
            return;
        }
        list.getChildren().setAll(vm.rows().stream().map(r -> (Node) new ImportRowView(r, vm).view()).toList());
    }

    private void installDrop(VBox drop) {
        drop.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!drop.getStyleClass().contains(Styles.DROP_ZONE_ACTIVE)) {
                    drop.getStyleClass().add(Styles.DROP_ZONE_ACTIVE);
                }
            }
            e.consume();
        });
        drop.setOnDragExited(e -> drop.getStyleClass().remove(Styles.DROP_ZONE_ACTIVE));
        drop.setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles();
        if (ok) {
            List<File> files = e.getDragboard().getFiles();
            vm.addFiles(files.stream().filter(File::isFile).map(File::toPath).toList());
        }
        e.setDropCompleted(ok);
        e.consume();
    }
}
