package kr.sanggwon;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real official files in ../shared/data (read-only; never copied into the project). */
public final class TestData {
    public static final Path SHARED = Path.of("..", "shared", "data");
    public static final Path SEOUL = SHARED.resolve("seoul");
    public static final Path SEMAS = SHARED.resolve("semas");

    private TestData() {
    }

    /** A file of ../shared/data/seoul by its official dataset name, e.g. "추정매출-행정동". */
    public static Path seoul(String dataset) {
        return SEOUL.resolve("서울시 상권분석서비스(" + dataset + ").csv");
    }

    public static Path require(Path file) {
        assumeTrue(Files.isRegularFile(file), "real data file missing: " + file);
        return file;
    }
}
