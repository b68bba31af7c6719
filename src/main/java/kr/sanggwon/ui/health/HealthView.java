package kr.sanggwon.ui.health;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.health.HealthReport;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.TableHeaders;
import kr.sanggwon.ui.district.Exports;
import kr.sanggwon.ui.district.ScreenParts;
import kr.sanggwon.ui.shell.UiContext;

/** Layout of 데이터 점검: one exportable table per check. */
final class HealthView {
    private final HealthViewModel vm;
    private final UiContext ctx;
    private final VBox body = new VBox(12);

    HealthView(HealthViewModel vm) {
        this.vm = vm;
        this.ctx = vm.context();
    }

    Node build() {
        vm.report().valueProperty().addListener((o, a, b) -> render());
        vm.report().errorProperty().addListener((o, a, b) -> render());
        render();
        return new StackPane(ScreenParts.scroll(body));
    }

    private void render() {
        body.getChildren().setAll(ScreenParts.title(Messages.get("ui.nav.health")),
                ScreenParts.subtitle(Messages.get("health.ui.subtitle")));
        HealthReport r = vm.report().get();
        if (r == null) {
            String error = vm.report().errorProperty().get();
            Label l = new Label(error != null ? error : Messages.get("district.ui.loading"));
            l.getStyleClass().add(error != null ? Styles.ERROR : Styles.LOADING);
            body.getChildren().add(l);
            return;
        }
        if (r.datasets().isEmpty()) {
            Label l = new Label(Messages.get("health.cli.empty"));
            l.getStyleClass().add(Styles.PLACEHOLDER);
            body.getChildren().add(l);
            return;
        }
        add("health.cli.datasets", "health-datasets", r.datasets(), List.of(
                col("health.ui.dataset", HealthReport.DatasetHealth::dataset, 170),
                col("health.ui.level", HealthReport.DatasetHealth::level, 50),
                col("health.ui.districts", d -> Formats.number(d.districts(), 0), 70),
                col("health.ui.quarters", d -> Formats.quarterRange(new TreeSet<>(d.quarters())), 260),
                col("health.ui.latest", d -> Formats.quarter(d.latestQuarter()), 110),
                col("health.ui.behind", d -> d.quartersBehind() == 0 ? "" : "⚠ " + d.quartersBehind(), 80),
                col("health.ui.gaps", d -> d.gaps().stream().map(Formats::quarter).collect(Collectors.joining(", ")), 160)));
        add("health.cli.columns", "health-columns", r.columnIssues(), List.of(
                col("health.ui.dataset", HealthReport.ColumnIssue::dataset, 170),
                col("health.ui.level", HealthReport.ColumnIssue::level, 50),
                col("health.ui.column", HealthReport.ColumnIssue::header, 220),
                col("health.ui.problem", c -> Messages.get("health.problem." + c.problem().name()), 200)));
        add("health.cli.flat", "health-flat", r.flatSeries(), List.of(
                col("health.ui.dataset", HealthReport.SeriesIssue::dataset, 170),
                col("health.ui.level", HealthReport.SeriesIssue::level, 50),
                col("health.ui.column", HealthReport.SeriesIssue::column, 180),
                col("health.ui.districts", s -> Formats.number(s.count(), 0), 70),
                col("health.ui.examples", s -> String.join(", ", s.examples()), 300)));
        add("health.cli.changes", "health-changes", r.codeChanges(), List.of(
                col("health.ui.dataset", HealthReport.CodeChange::dataset, 170),
                col("health.ui.level", HealthReport.CodeChange::level, 50),
                col("health.ui.quarter", c -> Formats.quarter(c.quarter()), 110),
                col("health.ui.appeared", c -> Formats.number(c.appeared(), 0), 70),
                col("health.ui.disappeared", c -> Formats.number(c.disappeared(), 0), 70),
                col("health.ui.examples", c -> String.join(", ", c.examples()), 300)));
        add("health.cli.missing", "health-missing", r.missing(), List.of(
                col("health.ui.dataset", HealthReport.MissingDistricts::dataset, 170),
                col("health.ui.level", HealthReport.MissingDistricts::level, 50),
                col("health.ui.missingCount", m -> Formats.number(m.count(), 0) + " / " + Formats.number(m.of(), 0), 110),
                col("health.ui.examples", m -> String.join(", ", m.examples()), 300)));
        add("health.cli.disagree", "health-disagree", r.disagreements(), List.of(
                col("health.ui.dong", d -> d.dongName() == null ? d.dongCode() : d.dongName() + " (" + d.dongCode() + ")", 180),
                col("district.ui.industry", HealthReport.SourceDisagreement::industryName, 140),
                col("health.ui.semas", d -> Formats.number(d.semasStores(), 0), 90),
                col("health.ui.seoul", d -> Formats.number(d.seoulStores(), 0), 90),
                col("health.ui.quarter", d -> Formats.quarter(d.seoulQuarter()), 110)));
    }

    /**
     * A column sized in text units: 60 % of {@code width} px at 13 px text (the last column takes the rest); the tables'
     * rows grow to two or three lines for longer values (TableSizing), and a table wider than the page scrolls sideways.
     */
    private <T> TableColumn<T, String> col(String key, Function<T, String> text, double width) {
        double em = width / 13 * 0.6;
        return kr.sanggwon.ui.TableSizing.em(ScreenParts.column(Messages.get(key), text, width), em, em);
    }

    private <T> void add(String titleKey, String id, List<T> rows, List<TableColumn<T, String>> cols) {
        Label title = ScreenParts.section(Messages.get(titleKey).replaceAll("[:：]\\s*$", "") + " (" + rows.size() + ")");
        if (rows.isEmpty()) {
            Label ok = new Label(Messages.get("health.cli.ok"));
            ok.getStyleClass().add(Styles.OK);
            body.getChildren().addAll(title, ok);
            return;
        }
        TableView<T> table = new TableView<>();
        TableHeaders.wrap(table);
        table.setId(id);
        table.getColumns().setAll(cols);
        table.getItems().setAll(rows);
        kr.sanggwon.ui.TableSizing.fitRows(table, Math.min(rows.size(), 12));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Exports.tableMenu(table, id, ctx.dialogs());
        body.getChildren().addAll(title, table);
    }
}
