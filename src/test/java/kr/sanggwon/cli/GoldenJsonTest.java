package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs (issue #9): every read-only command's {@code --json} output on the bundled sample, compared byte for
 * byte with the files in {@code src/test/resources/golden/}. Refactorings of the data layer must leave them unchanged.
 *
 * <p>One fresh data folder: {@code sample --reset --yes --json} loads the bundled sample city and trains the sales
 * models (seeded: Weka's learners take fixed seeds, the sample generator a fixed seed), then each case runs once.
 *
 * <p>Masked, and only these, because they legitimately differ from run to run:
 * <ul>
 *   <li>the data folder's absolute path (a new temporary folder each run) → {@code <DATA>};</li>
 *   <li>wall-clock instants ({@code finishedAt}, {@code startedAt}, {@code trainedAt}, … any ISO date-time value)
 *       → {@code <TIME>}: when the import or training ran;</li>
 *   <li>local times written into text as "yyyy-MM-dd HH:mm" (the estimate's model line "… (#1, 2026-12-06 02:27 학습)")
 *       → {@code <TIME>}: when the model was trained;</li>
 *   <li>durations measured by the clock ({@code seconds}, {@code millis}, {@code rowsPerSecond}, … named fields)
 *       → {@code <DURATION>}: machine load.</li>
 * </ul>
 * Left out: {@code eval} (it repeats the whole backtest, minutes on a loaded machine; {@code sample --reset} already
 * prints the training's backtest figures), {@code wizard} (no JSON), and commands that write (client, consult, import,
 * backup) or need a passphrase.
 *
 * <p>On a mismatch the new output is written to {@code target/golden-actual/} for {@code diff}.
 *
 * <p>Regenerate after an intended change: {@code mvn -o test -Dtest=GoldenJsonTest -Dgolden.update=true}, then review
 * {@code git diff src/test/resources/golden}.
 */
class GoldenJsonTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /** Case name (the golden file's name) and the command line after --data-dir. */
    record Case(String name, String... args) {
    }

    static final List<Case> CASES = List.of(
            new Case("status", "status", "--json"),
            new Case("district-T", "district", "3128013", "--json"),
            new Case("district-T-industry", "district", "3128013", "--industry", "CS100010", "--json"),
            new Case("district-D-industry", "district", "11830531", "--industry", "CS100010", "--json"),
            new Case("district-by-name", "district", "물빛동", "--json"),
            new Case("customers-T", "customers", "3128013", "--json"),
            new Case("customers-T-industry", "customers", "3128009", "--industry", "CS100010", "--json"),
            new Case("customers-D", "customers", "11830531", "--json"),
            new Case("compare-T", "compare", "--industry", "CS100010", "3128013", "3128009", "3008001", "--json"),
            new Case("compare-D", "compare", "--industry", "CS100010", "11830531", "11820521", "--json"),
            new Case("health", "health", "--json"),
            new Case("health-district", "health", "--district", "3128009", "--json"),
            new Case("lookalike-T", "lookalike", "3128013", "--json"),
            new Case("lookalike-T-industry", "lookalike", "3128009", "--industry", "CS100010", "--top", "5", "--json"),
            new Case("lookalike-D", "lookalike", "11830531", "--json"),
            new Case("estimate-T", "estimate", "--district", "3128013", "--industry", "CS100010", "--json"),
            new Case("estimate-T-stores", "estimate", "--district", "3128009", "--industry", "CS100010", "--stores", "5",
                    "--new-shop", "--json"),
            new Case("estimate-D", "estimate", "--district", "11830531", "--industry", "CS100010", "--json"),
            new Case("estimate-all-T", "estimate", "--industry", "CS100010", "--all", "--grain", "T", "--json"),
            new Case("recommend-industry-T", "recommend", "--industry", "CS100010", "--top", "10", "--json"),
            new Case("recommend-industry-D", "recommend", "--industry", "CS100010", "--grain", "D", "--top", "5", "--json"),
            new Case("recommend-target", "recommend", "--industry", "CS100010", "--preset", "growth", "--age", "age20,age30",
                    "--gender", "female", "--top", "5", "--json"),
            new Case("recommend-district", "recommend", "--district", "3128013", "--top", "10", "--json"),
            new Case("finance", "finance", "--district", "3128013", "--industry", "CS100010", "--rent", "300만", "--staff", "2",
                    "--investment", "8000만", "--deposit", "5000만", "--draws", "2000", "--json"),
            new Case("finance-compare", "finance", "--district", "3128009", "--industry", "CS100010", "--rent", "250만",
                    "--staff", "1", "--investment", "6000만", "--loan", "3000만", "--compare-district", "3128013", "--draws", "2000",
                    "--json"),
            new Case("huff", "huff", "--district", "3128013", "--industry", "CS100010", "--json"),
            new Case("huff-own", "huff", "--lat", "37.5890", "--lon", "127.1470", "--industry", "CS100010", "--radius", "700",
                    "--own", "37.5900,127.1480", "--json"));

    @TempDir
    static Path dir;
    static String reset;

    @BeforeAll
    static void sampleWithTrainedModels() {
        Messages.setLocale(Locale.KOREAN);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "--data-dir", dir.toString(), "sample", "--reset", "--yes", "--json");
        assertThat(exit).as(err.toString()).isZero();
        reset = out.toString();
    }

    @AfterAll
    static void leaveTheLocaleAsFound() {
        Messages.setLocale(Locale.KOREAN);
    }

    @TestFactory
    Stream<DynamicTest> everyReadOnlyCommandPrintsWhatItPrintedBefore() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("sample-reset", () -> check("sample-reset", reset)));
        for (Case c : CASES) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> check(c.name(), run(c.args()))));
        }
        return tests.stream();
    }

    private static String run(String... args) {
        Messages.setLocale(Locale.KOREAN);
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        assertThat(exit).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }

    private static void check(String name, String output) throws IOException {
        String masked = mask(output, dir);
        Path file = GOLDEN.resolve(name + ".json");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, masked, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file missing; run with -Dgolden.update=true").isRegularFile();
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!masked.equals(expected)) {
            Path actual = Path.of("target", "golden-actual", name + ".json");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, masked, StandardCharsets.UTF_8);
        }
        assertThat(masked).as("%s differs from %s (regenerate with -Dgolden.update=true only if the change is intended)",
                name, file).isEqualTo(expected);
    }

    private static final Pattern INSTANT = Pattern.compile(
            "\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?\"");
    private static final Pattern LOCAL_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    private static final Pattern DURATION = Pattern.compile(
            "(\"(seconds|millis|trainMillis|elapsedSeconds|elapsedMillis|trainSeconds|rowsPerSecond|durationSeconds|durationMillis)\" : )"
                    + "-?[0-9.Ee+-]+");

    /** The output with only the run-dependent values replaced (see the class comment). */
    static String mask(String output, Path dataDir) {
        String text = output;
        for (Path p : List.of(dataDir.toAbsolutePath(), dataDir)) {
            String s = p.toString();
            text = text.replace(s.replace("\\", "\\\\"), "<DATA>").replace(s, "<DATA>");
        }
        text = INSTANT.matcher(text).replaceAll("\"<TIME>\"");
        text = LOCAL_TIME.matcher(text).replaceAll("<TIME>");
        return DURATION.matcher(text).replaceAll("$1\"<DURATION>\"");
    }
}
