package kr.sanggwon;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real official files in ../shared/data (read-only; never copied into the project). */
public final class TestData {
    public static final Path SHARED = Path.of("..", "shared", "data");
    public static final Path SEOUL = SHARED.resolve("seoul");
    public static final Path SEMAS = SHARED.resolve("semas");
    /** Real multi-quarter 상권 sales and store counts (커피-음료, 강남구 편의점, 성수 OpenAPI layout). */
    public static final Path MULTI = SHARED.resolve("seoul-multi");

    private TestData() {
    }

    /** A file of ../shared/data/seoul by its official dataset name, e.g. "추정매출-행정동". */
    public static Path seoul(String dataset) {
        return SEOUL.resolve("서울시 상권분석서비스(" + dataset + ").csv");
    }

    /**
     * The file, or the test is skipped when it is missing on a developer's machine. In CI
     * ({@code CI=true}) a missing file fails the test: a CI that lost the real data must not pass green.
     */
    public static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            String message = "real data file missing: " + file.toAbsolutePath().normalize();
            if (runningInCi()) {
                fail(message + " (CI=true: the real files in ../shared/data are required)");
            }
            assumeTrue(false, message);
        }
        return file;
    }

    static boolean runningInCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
