package kr.sanggwon.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.HostServices;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.errorlog.ErrorLog;
import kr.sanggwon.errorlog.SafeTrace;
import kr.sanggwon.ui.Styles;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** JavaFX dialogs, styled like the main window and owned by it. */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Supplier<Window> owner;
    private final HostServices hostServices;
    /** Where unexpected errors shown here are written too; null writes none (tests). */
    private final ErrorLog errorLog;
    private Path lastFolder;

    /** {@code hostServices} may be null (tests): then "open with system" shows the file's path instead. */
    public FxDialogService(Supplier<Window> owner, HostServices hostServices) {
        this(owner, hostServices, null);
    }

    /** {@code errorLog}: the data folder's error log, which also gets the unexpected errors a screen shows here. */
    public FxDialogService(Supplier<Window> owner, HostServices hostServices, ErrorLog errorLog) {
        this.owner = owner;
        this.hostServices = hostServices;
        this.errorLog = errorLog;
    }

    @Override
    public void showError(Throwable error) {
        showError(Messages.get("ui.dialog.error.title"), error);
    }

    @Override
    public void showError(String title, Throwable error) {
        errorAlert(title, error).showAndWait();
    }

    /** The dialog of {@code error}, not shown yet; an unexpected error is written to the error log first. */
    Alert errorAlert(String title, Throwable error) {
        String text;
        String details;
        if (error instanceof UserException ue) {
            LOG.warn("{}: {}", title, ue.key());
            text = ue.localized();
            details = ue.getClass().getSimpleName() + " " + ue.key();
        } else {
            // the safe trace: the full message may hold what the user typed
            LOG.error("unexpected error: {}", SafeTrace.of(error));
            text = Messages.get("ui.dialog.error.unexpected", String.valueOf(error.getMessage()));
            Optional<Path> file = errorLog == null ? Optional.empty() : errorLog.record("shown", error);
            if (file.isPresent()) {
                text += "\n" + Messages.get("ui.dialog.error.logged", file.get().toAbsolutePath().toString());
            }
            details = ErrorDetails.of(error);
        }
        return errorAlert(title, text, details);
    }

    @Override
    public void showError(String title, String text, String details) {
        errorAlert(title, text, details).showAndWait();
    }

    /** The error dialog, not shown yet (screenshot tests show it without waiting). */
    Alert errorAlert(String title, String text, String details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, text);
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(8);
        // a folded section with the app's own title (JavaFX's "show details" link speaks the JVM's language)
        javafx.scene.control.TitledPane more = new javafx.scene.control.TitledPane(Messages.get("ui.dialog.details"), area);
        more.setExpanded(false);
        more.setId("dialog-details");
        alert.getDialogPane().setContent(new VBox(10, alert.getDialogPane().getContent(), more));
        return alert;
    }

    @Override
    public void showInfo(String title, String text) {
        alert(Alert.AlertType.INFORMATION, title, text).showAndWait();
    }

    @Override
    public void showWarning(String title, String text) {
        alert(Alert.AlertType.WARNING, title, text).showAndWait();
    }

    @Override
    public boolean confirm(String title, String text) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, text);
        return a.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    @Override
    public List<Path> openFiles(String title, List<FileType> types) {
        FileChooser fc = chooser(title, types);
        List<File> files = fc.showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).toPath().getParent();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, FileType type) {
        FileChooser fc = chooser(title, List.of(type));
        fc.setInitialFileName(initialName);
        File f = fc.showSaveDialog(owner.get());
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.toPath().getParent();
        return Optional.of(f.toPath());
    }

    @Override
    public void openWithSystem(Path file) {
        if (hostServices == null) {
            showInfo(Messages.get("ui.dialog.file.title"), file.toAbsolutePath().toString());
            return;
        }
        // showDocument starts an external program; it must not block the FX thread
        String uri = file.toAbsolutePath().toUri().toString();
        Runnable open = () -> hostServices.showDocument(uri);
        java.util.concurrent.CompletableFuture.runAsync(open);
    }

    private FileChooser chooser(String title, List<FileType> types) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        for (FileType t : types) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), t.patterns()));
        }
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            fc.setInitialDirectory(lastFolder.toFile());
        }
        return fc;
    }

    @Override
    public void notice(String title, String text, Runnable onOpen) {
        // ControlsFX's notification needs an owner window that is showing; without one (start-up, tests) it is dropped
        Window w = owner.get();
        if (w == null || !w.isShowing()) {
            LOG.info("notice without a window: {}", title);
            return;
        }
        Notifications n = Notifications.create().owner(w).title(title).text(text).position(Pos.BOTTOM_RIGHT)
                .hideAfter(javafx.util.Duration.seconds(NOTICE_SECONDS));
        if (onOpen != null) {
            n.onAction(e -> onOpen.run());
        }
        n.showInformation();
    }

    /** Long enough to read two sentences of Korean at an older reader's pace. */
    private static final int NOTICE_SECONDS = 20;

    private Alert alert(Alert.AlertType type, String title, String text) {
        Alert a = new Alert(type);
        Window w = owner.get();
        if (w != null) {
            a.initOwner(w);
        }
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(title);
        // JavaFX names its own buttons in the JVM's language, not the app's: the buttons get the app's words
        ButtonType ok = new ButtonType(Messages.get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        if (type == Alert.AlertType.CONFIRMATION) {
            a.getButtonTypes().setAll(ok, new ButtonType(Messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        } else {
            a.getButtonTypes().setAll(ok);
        }
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMaxWidth(520);
        if (text != null && text.length() > 80) {
            // a long text wraps at the maximum width; without a preferred width the dialog grows to its longest line
            content.setPrefWidth(520);
        }
        content.getStyleClass().add(Styles.DIALOG_TEXT);
        content.setId("dialog-text");
        DialogPane pane = a.getDialogPane();
        pane.setContent(content);
        pane.setMinWidth(480);
        Scene scene = w == null ? null : w.getScene();
        if (scene != null) {
            pane.getStylesheets().setAll(scene.getStylesheets());
        }
        return a;
    }
}
