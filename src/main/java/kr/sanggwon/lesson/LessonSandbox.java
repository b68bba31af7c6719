package kr.sanggwon.lesson;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.common.UserException;
import kr.sanggwon.workspace.Workspace;
import kr.sanggwon.workspace.WorkspaceKind;

/**
 * The class's own copy of the sample city, beside the user's workspaces in the same home but never one of them:
 * {@code lesson/} is the workspace a class works in, {@code lesson-pristine/} a sample database prepared once (loaded
 * and with trained models). A reset copies the pristine database over the class's, which takes a second or two
 * instead of a re-import. Only these two folders are ever written; the seat progress file in {@code lesson/} survives
 * a reset.
 */
public final class LessonSandbox {
    /** The workspace id (and folder name) of the class copy. */
    public static final String WORKSPACE_ID = "lesson";
    static final String PRISTINE = "lesson-pristine";
    static final String DATABASE = "sanggwon.mv.db";

    private final Path home;
    private final boolean trainModels;

    public LessonSandbox(Path home) {
        this(home, true);
    }

    /** {@code trainModels} false: the pristine copy has no sales models (tests of the copy itself, which need none). */
    public LessonSandbox(Path home, boolean trainModels) {
        this.home = home.toAbsolutePath().normalize();
        this.trainModels = trainModels;
    }

    public Path classFolder() {
        return home.resolve(WORKSPACE_ID);
    }

    Path pristineFolder() {
        return home.resolve(PRISTINE);
    }

    /** The class copy as a workspace of the sample kind (what it holds), named so menus tell it from the sample. */
    public Workspace workspace() {
        return new Workspace(WORKSPACE_ID, classFolder(), WorkspaceKind.SAMPLE, Messages.get("lesson.workspace.name"));
    }

    /** True when {@code w} is the class copy of this home. */
    public boolean isClass(Path workspaceFolder) {
        return workspaceFolder != null && workspaceFolder.toAbsolutePath().normalize().equals(classFolder());
    }

    public boolean prepared() {
        return Files.isRegularFile(pristineFolder().resolve(DATABASE));
    }

    /**
     * Builds the pristine sample once (the only slow part: the sample import and the model training) and makes the
     * class copy when there is none. Safe to call every time a class starts.
     */
    public void prepare(Progress progress) {
        if (!prepared()) {
            buildPristine(progress);
        }
        if (!Files.isRegularFile(classFolder().resolve(DATABASE))) {
            reset();
        }
    }

    /**
     * Replaces the class copy's database with the pristine one; the class's database must be closed. Returns how long
     * the copy took.
     */
    public Duration reset() {
        if (!prepared()) {
            throw new UserException("lesson.error.notPrepared", home);
        }
        long start = System.nanoTime();
        Path folder = classFolder();
        try {
            Files.createDirectories(folder);
            try (FileChannel ch = FileChannel.open(folder.resolve("sanggwon.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = tryLock(ch);
                if (lock == null) {
                    throw new UserException("lesson.error.inUse", folder);
                }
                try {
                    Path part = folder.resolve(DATABASE + ".part");
                    Files.copy(pristineFolder().resolve(DATABASE), part, StandardCopyOption.REPLACE_EXISTING);
                    Files.deleteIfExists(folder.resolve("sanggwon.trace.db"));
                    Files.move(part, folder.resolve(DATABASE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new UserException("lesson.error.io", folder, e.getMessage());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Loads the sample into a fresh folder and trains its models, then moves it into place whole. */
    private void buildPristine(Progress progress) {
        Path part = home.resolve(PRISTINE + ".part");
        try {
            deleteTree(part);
            try (AppContext app = AppContext.openFolder(part)) {
                app.sampleLoader().loadSample(progress.slice(0, 0.7));
                if (trainModels) {
                    app.estimateService().train(progress.slice(0.7, 1));
                }
            }
            Files.deleteIfExists(part.resolve("sanggwon.lock"));
            deleteTree(pristineFolder());
            Files.move(part, pristineFolder(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserException("lesson.error.io", part, e.getMessage());
        } catch (RuntimeException e) {
            try {
                deleteTree(part);
            } catch (IOException ignored) {
                // the half-built copy is rebuilt from scratch next time
            }
            throw e;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
