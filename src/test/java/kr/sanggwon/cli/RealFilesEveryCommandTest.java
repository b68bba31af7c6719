package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A consultant imports any subset of the real files: every analysis command and every screen's service then answers
 * with a result or a clear message (exit 1, a {@link UserException}), never a stack trace or another exception.
 * Each real file of ../shared/data (seoul, semas, seoul-multi) is imported alone into its own folder, and all of them
 * together into one; then every analysis command is asked about a district present in that folder.
 */
class RealFilesEveryCommandTest {
    @TempDir
    static Path temp;
    /** The folder with every real file imported, shared by the tests that need it. */
    static Path all;

    @BeforeAll
    static void importEverything() throws IOException {
        Messages.setLocale(Locale.KOREAN);
        all = temp.resolve("all");
        List<String> args = new ArrayList<>(List.of("--data-dir", all.toString(), "import", "--no-train"));
        realFiles().forEach(f -> args.add(f.toString()));
        Run r = cli(args.toArray(String[]::new));
        assertThat(r.code).as(r.err).isZero();
    }

    @AfterAll
    static void resetLocale() {
        Messages.setLocale(Locale.KOREAN);
    }

    /** Every data file (the shapefile by its .shp; its .dbf/.shx/.prj/.cpg are parts of that set). */
    static List<Path> realFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(TestData.SEOUL, TestData.SEMAS, TestData.MULTI)) {
            TestData.require(dir.resolve(".").normalize().resolve(firstFile(dir)));
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(RealFilesEveryCommandTest::isDataFile).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static String firstFile(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return "missing";
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(RealFilesEveryCommandTest::isDataFile).map(p -> p.getFileName().toString()).findFirst().orElse("missing");
        }
    }

    private static boolean isDataFile(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".csv") || n.endsWith(".json") || n.endsWith(".shp");
    }

    static Stream<Path> eachFile() throws IOException {
        return realFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eachFile")
    void everyCommandAnswersOnOneRealFileAlone(Path file) throws Exception {
        Path dir = temp.resolve("one-" + file.getFileName().toString().hashCode());
        Run imported = cli("--data-dir", dir.toString(), "import", "--no-train", file.toString());
        assertThat(imported.code).as(imported.err).isZero();
        askEveryCommand(dir);
        askEveryService(dir);
    }

    @Test
    void everyCommandAnswersOnAllRealFilesTogether() throws Exception {
        askEveryCommand(all);
        askEveryService(all);
    }

    @Test
    void theCatalogOfAllRealFilesHoldsExactlySeoulsSixteenHundredFiftyDistricts() throws Exception {
        try (AppContext app = AppContext.open(all)) {
            assertThat(app.districtCatalog().search().size()).isEqualTo(1650);
        }
    }

    @Test
    void healthAndDistrictAnswerOnTheAreaAndStoreFilesAlone() throws Exception {
        // the case that crashed: a flat stores series (a derived measure without a file header) in data health
        Path dir = temp.resolve("area-stores");
        Run imported = cli("--data-dir", dir.toString(), "import", "--no-train",
                TestData.require(TestData.seoul("영역-상권")).toString(), TestData.require(TestData.seoul("점포-상권")).toString());
        assertThat(imported.code).as(imported.err).isZero();
        Run health = cli("--data-dir", dir.toString(), "health", "--json");
        assertThat(health.code).as(health.err).isZero();
        assertThat(health.out).contains("\"flatSeries\"");
        Run district = cli("--data-dir", dir.toString(), "district", "3001491", "--json");
        assertThat(district.code).as(district.err).isZero();
        assertThat(district.out).contains("\"code\" : \"3001491\"");
    }

    private static void askEveryCommand(Path dir) throws SQLException {
        Picked p = pick(dir);
        String d = p.district;
        String c = p.industry;
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"status", "--json"});
        commands.add(new String[] {"health", "--json"});
        commands.add(new String[] {"health", "--district", d});
        commands.add(new String[] {"district", d, "--json"});
        commands.add(new String[] {"district", d, "--industry", c, "--json"});
        commands.add(new String[] {"customers", d, "--industry", c, "--json"});
        commands.add(new String[] {"customers", d});
        commands.add(new String[] {"compare", "--industry", c, d, p.other, "--json"});
        commands.add(new String[] {"lookalike", d, "--industry", c, "--json"});
        commands.add(new String[] {"lookalike", d});
        commands.add(new String[] {"estimate", "--district", d, "--industry", c, "--json"});
        for (String[] cmd : commands) {
            String[] args = Stream.concat(Stream.of("--data-dir", dir.toString()), Stream.of(cmd)).toArray(String[]::new);
            Run r = cli(args);
            String what = String.join(" ", cmd) + " on " + dir.getFileName() + "\nout: " + r.out + "\nerr: " + r.err;
            assertThat(r.code).as(what).isIn(MainCommand.OK, MainCommand.USER_ERROR);
            assertThat(r.err).as(what).doesNotContain("Exception", "\tat ", "<");
            if (r.code == MainCommand.USER_ERROR) {
                assertThat(r.err.strip()).as(what).isNotEmpty();
            } else {
                assertThat(r.out.strip()).as(what).isNotEmpty();
            }
        }
    }

    /** What the screens call: a result, or the project's UserException with a message; never another exception. */
    private static void askEveryService(Path dir) throws SQLException {
        Picked p = pick(dir);
        try (AppContext app = AppContext.open(dir)) {
            answers("dashboard", () -> app.districts().snapshot(p.district, null));
            answers("dashboard by industry", () -> app.districts().snapshot(p.district, p.industry));
            answers("customers", () -> app.customers().profile(p.district, p.industry));
            answers("compare", () -> app.compare().compare(p.industry, List.of(p.district, p.other)));
            answers("lookalike", () -> app.lookalike().similar(p.district, p.industry, 10));
            answers("health", () -> app.dataHealth().report());
            answers("health warnings", () -> app.dataHealth().warningsFor(p.district));
            answers("estimate", () -> app.estimateService().estimate(p.district, p.industry));
            answers("search", () -> app.districtCatalog().search());
            answers("status", () -> app.dataStatus().snapshot());
        }
    }

    private interface Call {
        Object call() throws Exception;
    }

    private static void answers(String what, Call call) {
        try {
            assertThat(call.call()).as(what).isNotNull();
        } catch (UserException e) {
            assertThat(e.localized()).as(what).isNotBlank().doesNotContain("<");
        } catch (Exception e) {
            fail(what + " threw " + e, e);
        }
    }

    private record Picked(String district, String other, String industry) {
    }

    /** A district with the most data in the folder (상권 first), a second one, and an industry present there. */
    private static Picked pick(Path dir) throws SQLException {
        try (Database db = Database.open(dir); Connection c = db.connection(); Statement st = c.createStatement()) {
            List<String> codes = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT code FROM district ORDER BY lvl DESC,"
                    + " (SELECT COUNT(*) FROM district_quarter_kpi k WHERE k.district_code = district.code) DESC, code LIMIT 2")) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            String industry = "CS100010";
            try (ResultSet rs = st.executeQuery("SELECT industry_code FROM industry_district_kpi"
                    + (codes.isEmpty() ? "" : " WHERE district_code = '" + codes.get(0) + "'") + " ORDER BY industry_code LIMIT 1")) {
                if (rs.next()) {
                    industry = rs.getString(1);
                }
            }
            String d = codes.isEmpty() ? "3110008" : codes.get(0);
            String o = codes.size() < 2 ? "3110009" : codes.get(1);
            return new Picked(d, o, industry);
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }
}
