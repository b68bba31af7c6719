package kr.sanggwon.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One quarter type: yyyyq arithmetic (turning a code into a running quarter index and back) lives in
 * {@code common.Quarter} only. A new hand-written copy in any other main source file fails here.
 */
class QuarterArithmeticTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path QUARTER = SOURCES.resolve("kr/sanggwon/common/Quarter.java");
    /** year × 4 from a code, quarter index back to a code's year or quarter: the steps every copy needs. */
    static final List<Pattern> ARITHMETIC = List.of(
            Pattern.compile("/\\s*10\\s*\\)\\s*\\*\\s*4\\b"),
            Pattern.compile("/\\s*4\\s*\\)\\s*\\*\\s*10\\b"),
            Pattern.compile("%\\s*4\\s*\\+\\s*1\\b"),
            Pattern.compile("/\\s*10\\s*\\*\\s*4\\b"));

    @Test
    void thePatternsCatchTheCopiesThatWereRemoved() {
        // the copies that lived in health.DataHealthService and district.FullScaleGenerator
        assertThat(matches("return (to / 10 - from / 10) * 4 + (to % 10 - from % 10);")).isTrue();
        assertThat(matches("out.add((FIRST_YEAR + i / 4) * 10 + i % 4 + 1);")).isTrue();
        assertThat(matches("int index = yyyyq / 10 * 4 + yyyyq % 10 - 1;")).isTrue();
        assertThat(matches("double lo = v[v.length / 4];")).isFalse();
    }

    @Test
    void quarterArithmeticOnlyInCommonQuarter() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).filter(p -> !p.equals(QUARTER)).toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).strip();
                    if (!code.startsWith("*") && !code.startsWith("//") && matches(code)) {
                        found.add(SOURCES.relativize(f) + ":" + (i + 1) + ": " + code);
                    }
                }
            }
        }
        assertThat(Files.exists(QUARTER)).isTrue();
        assertThat(found).as("use kr.sanggwon.common.Quarter (plus, minus, between, yearAgo) instead").isEmpty();
    }

    private static boolean matches(String line) {
        return ARITHMETIC.stream().anyMatch(p -> p.matcher(line).find());
    }
}
