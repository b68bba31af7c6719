package kr.sanggwon.ui.lookalike;

import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.district.Lookalike;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.TableHeaders;
import kr.sanggwon.ui.TableSizing;
import kr.sanggwon.ui.district.Exports;
import kr.sanggwon.ui.district.IndustryOption;
import kr.sanggwon.ui.district.IndustryPicker;
import kr.sanggwon.ui.district.ScreenParts;
import kr.sanggwon.ui.shell.UiContext;

/** Layout of 유사 상권 찾기: the reference district, the ranked table with reasons, open and compare buttons. */
final class LookalikeView {
    private final LookalikeViewModel vm;
    private final UiContext ctx;
    private final VBox body = new VBox(14);
    private final TableView<Lookalike.Match> table = TableHeaders.wrapped(new TableView<>());
    private final Label heading = new Label();
    private final Label status = new Label();
    private Node content;

    LookalikeView(LookalikeViewModel vm) {
        this.vm = vm;
        this.ctx = vm.context();
    }

    Node build() {
        ComboBox<IndustryOption> picker = IndustryPicker.create(ctx.selection().industryProperty(), vm.industries());
        picker.setId("lookalike-industry");
        Label label = new Label(Messages.get("district.ui.industry"));
        label.setLabelFor(picker);
        Button open = new Button(Messages.get("district.lookalike.open"));
        open.setOnAction(e -> selected(true));
        Button compare = new Button(Messages.get("district.lookalike.compare"));
        compare.getStyleClass().add(Styles.ACCENT_BUTTON);
        compare.setOnAction(e -> selected(false));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        compare.disableProperty().bind(open.disableProperty());
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox industry = new HBox(8, label, picker);
        industry.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, open, compare);
        actions.setAlignment(Pos.CENTER_LEFT);
        // the buttons wrap under the industry picker in a narrow window instead of being cut to "…"
        FlowPane bar = new FlowPane(8, 6, industry, actions);
        bar.getStyleClass().add(Styles.TOOLBAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        table.setId("lookalike-table");
        table.getColumns().add(TableSizing.em(ScreenParts.column("#", m -> String.valueOf(table.getItems().indexOf(m) + 1), 40), 2.2, 2.4));
        // name, code, 자치구 and type in one cell, and both reasons in one cell: the table fits a narrow window with
        // large text without cutting what matters; the rows grow instead
        table.getColumns().add(TableSizing.em(ScreenParts.wrappingColumn(Messages.get("district.lookalike.name"), m -> m.name() + " ("
                + m.code() + ")\n" + place(m), 200), 7, 10));
        table.getColumns().add(TableSizing.em(ScreenParts.column(Messages.get("district.lookalike.similarity"),
                m -> Formats.number(m.similarity(), 0), 70), 4.5, 5));
        table.getColumns().add(TableSizing.em(ScreenParts.wrappingColumn(Messages.get("district.metric.SALES_PER_STORE"),
                m -> m.salesPerStore() == null ? "-" : Formats.money(Math.round(m.salesPerStore())), 100), 5.5, 6.5));
        table.getColumns().add(TableSizing.em(ScreenParts.wrappingColumn(Messages.get("district.lookalike.reasons"),
                m -> Messages.get("district.lookalike.alikeLine", reasons(m.alike())) + "\n"
                        + Messages.get("district.lookalike.differentLine", reasons(m.different())), 320), 8, 16));
        table.setRowFactory(t -> {
            TableRow<Lookalike.Match> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    vm.open(row.getItem().code());
                }
            });
            return row;
        });
        table.setPrefHeight(560);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("district.ui.noValue")));
        Exports.tableMenu(table, "lookalike", ctx.dialogs());
        heading.getStyleClass().add(Styles.SCREEN_SUBTITLE);
        heading.setWrapText(true);
        status.setWrapText(true);
        content = new VBox(10, bar, heading, status, table,
                ScreenParts.subtitle(Messages.get("district.lookalike.how")));
        vm.result().valueProperty().addListener((o, a, b) -> render());
        vm.result().errorProperty().addListener((o, a, b) -> render());
        vm.result().loadingProperty().addListener((o, a, b) -> render());
        render();
        return new StackPane(ScreenParts.scroll(body));
    }

    private static String place(Lookalike.Match m) {
        return ((m.guName() == null ? "" : m.guName()) + " · " + (m.typeName() == null ? "" : m.typeName())).strip();
    }

    private static String reasons(java.util.List<Lookalike.Driver> ds) {
        return ds.stream().map(d -> Messages.get(d.feature().labelKey())).collect(Collectors.joining(", "));
    }

    /** Minimum and preferred width in units of the text size, so the columns grow with 150 % or 200 % text. */
    private void selected(boolean open) {
        Lookalike.Match m = table.getSelectionModel().getSelectedItem();
        if (m != null) {
            if (open) {
                vm.open(m.code());
            } else {
                vm.compareWith(m.code());
            }
        }
    }

    private void render() {
        body.getChildren().setAll(ScreenParts.title(Messages.get("ui.nav.lookalike")));
        if (ctx.selection().district() == null) {
            body.getChildren().add(ScreenParts.pickDistrict(() -> ctx.navigator().show("search")));
            return;
        }
        body.getChildren().add(content);
        Lookalike l = vm.result().get();
        String error = vm.result().errorProperty().get();
        status.getStyleClass().setAll("label", error != null ? Styles.ERROR : Styles.MUTED);
        status.setText(error != null ? error : vm.result().loadingProperty().get() ? Messages.get("district.ui.loading") : "");
        if (l == null) {
            table.getItems().clear();
            return;
        }
        heading.setText(Messages.get("district.lookalike.heading", l.reference().name(), l.reference().code(),
                l.industryName() == null ? Messages.get("district.ui.allIndustries") : l.industryName()));
        table.getItems().setAll(l.matches());
    }
}
