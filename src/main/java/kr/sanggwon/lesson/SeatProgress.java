package kr.sanggwon.lesson;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import kr.sanggwon.common.UserException;

/**
 * How far each seat got in each lesson (the number of steps answered), kept in the class folder so it survives a
 * reset of the data and a restart. A seat is the name or number a learner picks at the start of the class.
 */
public final class SeatProgress {
    static final String FILE = "seats.properties";
    private final Path file;
    private final Properties done = new Properties();

    public SeatProgress(Path classFolder) {
        this.file = classFolder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                done.load(r);
            } catch (IOException e) {
                throw new UserException("lesson.error.io", file, e.getMessage());
            }
        }
    }

    /** Steps of {@code lessonId} that {@code seat} has answered (0 when it never started it). */
    public synchronized int stepsDone(String seat, String lessonId) {
        try {
            return Integer.parseInt(done.getProperty(key(seat, lessonId), "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Records that {@code seat} answered the first {@code steps} steps; never goes backwards. */
    public synchronized void record(String seat, String lessonId, int steps) {
        if (steps <= stepsDone(seat, lessonId)) {
            return;
        }
        done.setProperty(key(seat, lessonId), String.valueOf(steps));
        save();
    }

    /** Starts {@code lessonId} over for {@code seat}. */
    public synchronized void restart(String seat, String lessonId) {
        if (done.remove(key(seat, lessonId)) != null) {
            save();
        }
    }

    /** Seat names are trimmed; an empty one is seat "1". */
    public static String seat(String typed) {
        String s = typed == null ? "" : typed.strip();
        return s.isEmpty() ? "1" : s;
    }

    private static String key(String seat, String lessonId) {
        return seat(seat) + "/" + lessonId;
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                done.store(w, "lesson progress per seat");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserException("lesson.error.io", file, e.getMessage());
        }
    }
}
