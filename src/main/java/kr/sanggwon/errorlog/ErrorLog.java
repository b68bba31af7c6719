package kr.sanggwon.errorlog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error log in the data folder ({@code logs/errors.log}): one entry per unexpected error, written as
 * {@link SafeTrace} (no personal data), so a shop owner can send the file to whoever helps them. It rolls over: when
 * the file would pass {@link #MAX_BYTES}, it becomes {@code errors.1.log} (older ones move up to {@code errors.3.log},
 * the oldest is dropped), so the folder never holds more than about 1 MB.
 */
public final class ErrorLog {
    public static final String FOLDER = "logs";
    public static final String FILE = "errors.log";
    static final long MAX_BYTES = 256 * 1024;
    static final int KEEP = 3;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorLog.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Path folder;
    private final long maxBytes;
    private final Clock clock;
    /** The last entry's trace: the same error again (a screen failing on every layout pass) is one short line. */
    private String lastTrace;

    ErrorLog(Path folder, long maxBytes, Clock clock) {
        this.folder = folder;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** The error log of the data folder {@code dataFolder} (the app's home of workspaces, or the CLI's --data-dir). */
    public static ErrorLog in(Path dataFolder) {
        return new ErrorLog(dataFolder.resolve(FOLDER), MAX_BYTES, Clock.systemDefaultZone());
    }

    /** The file entries go to. */
    public Path file() {
        return folder.resolve(FILE);
    }

    /**
     * Appends an entry for {@code error}, which happened in {@code context} (a short fixed word such as the thread's
     * role, never user data). Returns the file, or empty when it could not be written (the reason goes to stderr):
     * an error log must never become a second error.
     */
    public synchronized Optional<Path> record(String context, Throwable error) {
        String trace = SafeTrace.of(error);
        String time = LocalDateTime.now(clock).format(TIME);
        String entry = trace.equals(lastTrace)
                ? time + " the same error again\n"
                : time + " [" + context + "] Java " + System.getProperty("java.version") + ", "
                        + System.getProperty("os.name") + "\n" + trace + "\n";
        try {
            Files.createDirectories(folder);
            byte[] bytes = entry.getBytes(StandardCharsets.UTF_8);
            Path file = file();
            if (Files.exists(file) && Files.size(file) + bytes.length > maxBytes) {
                roll();
            }
            Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            lastTrace = trace;
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot write the error log in {}: {}", folder, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** errors.log → errors.1.log → … → errors.{KEEP}.log, the oldest dropped. */
    private void roll() throws IOException {
        Files.deleteIfExists(older(KEEP));
        for (int i = KEEP - 1; i >= 1; i--) {
            if (Files.exists(older(i))) {
                Files.move(older(i), older(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file(), older(1), StandardCopyOption.REPLACE_EXISTING);
    }

    /** {@code errors.n.log}. */
    Path older(int n) {
        return folder.resolve("errors." + n + ".log");
    }
}
