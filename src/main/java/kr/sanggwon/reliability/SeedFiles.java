package kr.sanggwon.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kr.sanggwon.sample.SampleFiles;
import kr.sanggwon.sample.SampleLoader;

/** Where fuzz seeds come from: the sample set shipped in the jar, or a folder of downloaded official files. */
public final class SeedFiles {
    /** Data lines kept from each CSV seed: enough for every row path, small enough for thousands of imports. */
    public static final int LINES = 60;

    private SeedFiles() {
    }

    /** The bundled sample files (official formats, invented numbers). */
    public static List<SeedFile> bundled() throws IOException {
        List<SeedFile> out = new ArrayList<>();
        for (String name : SampleFiles.all(SampleLoader.BUNDLED.lastQuarter())) {
            try (InputStream in = SeedFiles.class.getClassLoader().getResourceAsStream("sample-data/" + name)) {
                if (in != null) {
                    out.add(seed(name, in.readAllBytes()));
                }
            }
        }
        return out;
    }

    /** Every .csv and .json file directly in {@code folder}. */
    public static List<SeedFile> folder(Path folder) throws IOException {
        List<SeedFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(f) && (lower.endsWith(".csv") || lower.endsWith(".json"))) {
                    out.add(seed(name, Files.readAllBytes(f)));
                }
            }
        }
        return out;
    }

    private static SeedFile seed(String name, byte[] bytes) {
        // JSON is kept whole: cutting it leaves no valid document to mutate
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? new SeedFile(name, bytes) : SeedFile.head(name, bytes, LINES);
    }
}
