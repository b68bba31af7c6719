package kr.sanggwon.ui.shell;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what would have been shown and answers choosers from queues; for view-model and TestFX tests. */
public final class FakeDialogService implements DialogService {
    public final List<Throwable> errors = new CopyOnWriteArrayList<>();
    public final List<String> messages = new CopyOnWriteArrayList<>();
    /** Details of {@link #showError(String, String, String)}, in order. */
    public final List<String> details = new CopyOnWriteArrayList<>();
    public final List<Path> opened = new CopyOnWriteArrayList<>();
    public final Deque<List<Path>> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> saveTargets = new ArrayDeque<>();
    public boolean confirmAnswer = true;

    @Override
    public void showError(Throwable error) {
        errors.add(error);
    }

    @Override
    public void showError(String title, Throwable error) {
        errors.add(error);
        messages.add(title);
    }

    @Override
    public void showError(String title, String text, String details) {
        messages.add(title + ": " + text);
        this.details.add(details);
    }

    @Override
    public void showInfo(String title, String text) {
        messages.add(title + ": " + text);
    }

    @Override
    public void showWarning(String title, String text) {
        messages.add(title + ": " + text);
    }

    @Override
    public boolean confirm(String title, String text) {
        messages.add(title + ": " + text);
        return confirmAnswer;
    }

    @Override
    public List<Path> openFiles(String title, List<FileType> types) {
        return filesToOpen.isEmpty() ? List.of() : new ArrayList<>(filesToOpen.poll());
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, FileType type) {
        return Optional.ofNullable(saveTargets.poll());
    }

    /** The notices shown ("title: text"), and what clicking the last one would do. */
    public final List<String> notices = new CopyOnWriteArrayList<>();
    public volatile Runnable lastNoticeAction;

    @Override
    public void notice(String title, String text, Runnable onOpen) {
        notices.add(title + ": " + text);
        lastNoticeAction = onOpen;
    }

    @Override
    public void openWithSystem(Path file) {
        opened.add(file);
    }
}
