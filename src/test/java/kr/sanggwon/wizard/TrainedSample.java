package kr.sanggwon.wizard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Progress;

/**
 * The bundled sample with trained estimate models in one temp folder, built once per test JVM (training is the slow
 * part) and deleted when the JVM ends. Test classes open it one after another, never two at once.
 */
public final class TrainedSample {
    private static Path folder;

    private TrainedSample() {
    }

    public static synchronized AppContext open() {
        try {
            if (folder == null) {
                Path dir = Files.createTempDirectory("sanggwon-wizard-sample");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                try (AppContext app = AppContext.open(dir)) {
                    app.sampleLoader().resetToSample(Progress.NONE);
                    app.estimateService().train(Progress.NONE);
                }
                folder = dir;
            }
            return AppContext.open(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit: the folder is under the system temp folder
        }
    }
}
