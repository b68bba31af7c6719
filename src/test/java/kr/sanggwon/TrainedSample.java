package kr.sanggwon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kr.sanggwon.common.Progress;

/**
 * The bundled sample with trained estimate models, built once per test JVM (loading and training cost tens of seconds
 * a time) and handed to each test class as its own copy, so no class sees what another saved. The master folder is
 * closed before it is copied and is deleted when the JVM ends.
 */
public final class TrainedSample {
    private static Path master;

    private TrainedSample() {
    }

    /** A copy of the trained sample in {@code folder} (empty or absent), opened. */
    public static AppContext openCopy(Path folder) {
        try {
            Path from = master();
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.toList()) {
                    Path to = folder.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return AppContext.open(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path master() throws IOException {
        if (master == null) {
            Path dir = Files.createTempDirectory("sanggwon-trained-sample");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            try (AppContext app = AppContext.open(dir)) {
                app.sampleLoader().resetToSample(Progress.NONE);
                app.estimateService().train(Progress.NONE);
            }
            master = dir;
        }
        return master;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            all.forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit: the folder is under the system temp folder
        }
    }
}
