package kr.sanggwon.ui.district;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javax.imageio.ImageIO;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.ui.chart.Charts;
import kr.sanggwon.ui.shell.DialogService;
import kr.sanggwon.ui.shell.FileType;

/** Export of tables: a context menu to save CSV or PNG and to copy (text for spreadsheets plus an image). */
public final class Exports {
    private Exports() {
    }

    public static <T> void tableMenu(TableView<T> table, String baseName, DialogService dialogs) {
        MenuItem csv = new MenuItem(Messages.get("ui.chart.saveCsv"));
        csv.setOnAction(e -> dialogs.saveFile(Messages.get("ui.chart.saveCsv"), baseName + ".csv",
                new FileType(Messages.get("ui.file.csv"), List.of("*.csv"))).ifPresent(p -> write(dialogs, () -> Charts.writeCsv(p, csv(table)))));
        MenuItem png = new MenuItem(Messages.get("ui.chart.savePng"));
        png.setOnAction(e -> dialogs.saveFile(Messages.get("ui.chart.savePng"), baseName + ".png",
                new FileType(Messages.get("ui.file.png"), List.of("*.png"))).ifPresent(p -> write(dialogs, () -> png(table, p))));
        MenuItem copy = new MenuItem(Messages.get("ui.chart.copy"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text(table, '\t'));
            content.putImage(table.snapshot(null, null));
            Clipboard.getSystemClipboard().setContent(content);
        });
        table.setContextMenu(new ContextMenu(csv, png, copy));
    }

    /** The table as CSV (visible columns, shown text). */
    public static <T> String csv(TableView<T> table) {
        return text(table, ',');
    }

    static <T> String text(TableView<T> table, char sep) {
        StringBuilder out = new StringBuilder();
        List<TableColumn<T, ?>> cols = table.getVisibleLeafColumns();
        for (int i = 0; i < cols.size(); i++) {
            out.append(i == 0 ? "" : String.valueOf(sep)).append(cell(cols.get(i).getText(), sep));
        }
        out.append('\n');
        for (T row : table.getItems()) {
            for (int i = 0; i < cols.size(); i++) {
                Object v = cols.get(i).getCellData(row);
                out.append(i == 0 ? "" : String.valueOf(sep)).append(cell(v == null ? "" : v.toString(), sep));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String cell(String raw, char sep) {
        String s = sep == ',' ? kr.sanggwon.common.CsvCells.safe(raw) : raw;
        if (s.indexOf(sep) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    public static void png(Node node, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png", file.toFile());
    }

    private static void write(DialogService dialogs, IoWork work) {
        try {
            work.run();
        } catch (IOException e) {
            dialogs.showError(new UserException("ui.chart.saveFailed", e.getMessage()));
        }
    }

    @FunctionalInterface
    private interface IoWork {
        void run() throws IOException;
    }
}
