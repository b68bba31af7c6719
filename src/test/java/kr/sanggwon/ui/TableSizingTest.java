package kr.sanggwon.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Table cells never end in "…": fit-rows tables get two-line rows when a value does not fit its column, wrapping cells
 * make the row grow, and {@link LayoutCheck} finds a cut cell (so NarrowWindowTest can fail on one).
 */
@ExtendWith(ApplicationExtension.class)
class TableSizingTest {
    private static final List<String[]> ROWS = List.of(new String[] {"Quarterly sales", "★ 3.56 billion KRW"},
            new String[] {"Stores", "24"});
    VBox root;
    Scene scene;

    @Start
    void start(Stage stage) {
        root = new VBox();
        scene = new Scene(root, 400, 400);
        scene.getStylesheets().add(TableSizingTest.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static TableView<String[]> table(boolean wrapCells) {
        TableView<String[]> t = TableHeaders.wrapped(new TableView<>());
        for (int i = 0; i < 2; i++) {
            int col = i;
            TableColumn<String[], String> c = new TableColumn<>(i == 0 ? "Figure" : "District");
            c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue()[col]));
            c.setPrefWidth(150);
            t.getColumns().add(wrapCells ? TableSizing.wrapCells(c, s -> s) : c);
        }
        t.getItems().setAll(ROWS);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return t;
    }

    private List<String> show(FxRobot robot, TableView<String[]> t, double width) throws Exception {
        robot.interact(() -> {
            t.setPrefWidth(width);
            t.setMaxWidth(width);
            root.getChildren().setAll(t);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> root.layout());
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> LayoutCheck.cutOff(scene)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aCellTooNarrowForItsTextIsReportedAsCut(FxRobot robot) throws Exception {
        TableView<String[]> t = table(false);
        assertThat(show(robot, t, 160)).anyMatch(s -> s.contains("cell shortened: '★ 3.56 billion KRW'"));
    }

    @Test
    void fitRowsTablesGetMoreLinesWhenAValueDoesNotFitAndOneLineWhenItDoes(FxRobot robot) throws Exception {
        TableView<String[]> t = table(false);
        TableSizing.fitRows(t, ROWS.size());
        assertThat(show(robot, t, 400)).isEmpty();
        assertThat(TableSizing.lines(t)).isEqualTo(1);
        double oneLine = t.getFixedCellSize();

        assertThat(show(robot, t, 160)).isEmpty();
        assertThat(TableSizing.lines(t)).isGreaterThanOrEqualTo(2);
        assertThat(t.getFixedCellSize()).isGreaterThan(oneLine * 1.4);
        assertThat(t.getPrefHeight()).as("the table grows with its rows").isGreaterThan(oneLine * 2 * 1.4);

        assertThat(show(robot, t, 400)).isEmpty();
        assertThat(TableSizing.lines(t)).isEqualTo(1);
    }

    @Test
    void wrappingCellsMakeTheRowGrowInsteadOfCuttingTheText(FxRobot robot) throws Exception {
        TableView<String[]> t = table(true);
        assertThat(show(robot, t, 160)).isEmpty();
        double first = robot.lookup(".table-row-cell").queryAll().stream().mapToDouble(n -> n.getBoundsInLocal().getHeight())
                .max().orElse(0);
        double second = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.text.Text probe = new javafx.scene.text.Text("X");
            probe.setFont(((javafx.scene.control.Labeled) t.lookup(".table-cell")).getFont());
            return probe.getLayoutBounds().getHeight();
        }).get(10, TimeUnit.SECONDS);
        assertThat(first).as("the money cell takes two lines").isGreaterThan(second * 2);
    }

    @Test
    void columnsSizedInEmFollowTheTextSize(FxRobot robot) throws Exception {
        TableView<String[]> t = table(false);
        TableSizing.em(t.getColumns().get(1), 6, 10);
        show(robot, t, 400);
        double small = t.getColumns().get(1).getMinWidth();
        robot.interact(() -> root.setStyle("-fx-font-size: 24px"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> root.layout());
        assertThat(t.getColumns().get(1).getMinWidth()).isGreaterThanOrEqualTo(6 * 24).isGreaterThan(small);
    }
}
