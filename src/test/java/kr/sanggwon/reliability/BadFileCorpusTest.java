package kr.sanggwon.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.ingest.ImportService;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the generated bad-file corpus (built from the real files at test time) is refused with a message
 * naming the file (and its line where one applies) in Korean and English with the database exactly unchanged, or
 * imported whole with the damaged rows rejected: never an unhandled exception, a hang, or a partial import.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadFileCorpusTest {
    /** Size of the one huge line; 1 GiB by default, as in the reliability figures. */
    static final long LONG_LINE = Long.getLong("badfiles.longLine", 1L << 30);
    static final int EMPTY_LINES = 3_000_000;
    static final List<Path> SEEDS = List.of(
            TestData.seoul("상주인구-상권"), TestData.SEOUL.resolve("sample_sales_2024.csv"), TestData.seoul("점포-상권"),
            TestData.seoul("집객시설-행정동"), TestData.seoul("추정매출-행정동"), TestData.seoul("직장인구-상권"),
            TestData.seoul("소득소비-행정동"), TestData.seoul("영역-상권"), TestData.seoul("아파트-상권"),
            Path.of("sample-data", "소상공인시장진흥공단_상가(상권)정보_서울_202412.csv"),
            TestData.MULTI.resolve("seongsu_sales_20231-20243_openapi_english_header.csv"));

    @TempDir
    static Path dir;
    @TempDir
    static Path corpusDir;
    Database db;
    ImportProbe probe;
    BadFileCorpus corpus;

    @BeforeAll
    void build() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        db = Database.open(dir);
        // committed data, so "unchanged" is not trivially an empty database
        new ImportService(db).importFile(TestData.require(TestData.seoul("상주인구-상권")), Progress.NONE);
        new ImportService(db).importFile(TestData.require(TestData.SEOUL.resolve("sample_sales_2024.csv")), Progress.NONE);
        probe = new ImportProbe(db, Duration.ofSeconds(120));
        corpus = new BadFileCorpus(corpusDir);
        for (Path p : SEEDS) {
            SeedFile seed = SeedFile.head(p.getFileName().toString(), Files.readAllBytes(TestData.require(p)), SeedFiles.LINES);
            corpus.addSeed(p.getFileName().toString().replaceAll("^서울시 상권분석서비스\\((.*)\\)\\.csv$", "$1"), seed);
        }
        corpus.addRenamedDocuments();
    }

    @AfterAll
    void close() {
        probe.close();
        db.close();
    }

    @Test
    void everyDamagedFileIsRefusedClearlyOrImportedWithItsBadRowsRejected() throws Exception {
        assertThat(corpus.cases()).hasSizeGreaterThanOrEqualTo(200);
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (BadFileCorpus.Case c : corpus.cases()) {
            ImportOutcome o = probe.run(c.file());
            outcomes.merge(o.kind() + (o.key() != null ? " " + o.key() : ""), 1, Integer::sum);
            String problem = problem(c, o);
            if (problem != null) {
                wrong.add(c.id() + ": " + problem + " — " + o);
            }
        }
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, "bad-file corpus: {0} files: {1}", corpus.cases().size(), outcomes);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aOneGigabyteLineIsRefusedWithoutReadingItIntoMemory() throws Exception {
        SeedFile seed = SeedFile.head("서울시 상권분석서비스(상주인구-상권).csv",
                Files.readAllBytes(TestData.require(TestData.seoul("상주인구-상권"))), 10);
        BadFileCorpus.Case c = corpus.addLongLine(seed, LONG_LINE);
        long heapBefore = usedHeap();
        ImportOutcome o = probe.run(c.file());
        assertThat(problem(c, o)).as(o.toString()).isNull();
        assertThat(o.key()).as(o.detail()).isEqualTo("ingest.error.lineTooLong");
        // bounded line length: far less than the line was ever held
        assertThat(usedHeap() - heapBefore).isLessThan(256L << 20);
        Files.delete(c.file());
    }

    @Test
    void millionsOfEmptyLinesAreSkippedAndLineNumbersStayTrue() throws Exception {
        SeedFile seed = SeedFile.head("서울시 상권분석서비스(상주인구-상권).csv",
                Files.readAllBytes(TestData.require(TestData.seoul("상주인구-상권"))), 40);
        BadFileCorpus.Case c = corpus.addMillionsOfEmptyLines(seed, EMPTY_LINES, seed.delimiter());
        ImportOutcome o = probe.run(c.file());
        assertThat(problem(c, o)).as(o.toString()).isNull();
        assertThat(o.rows()).isEqualTo(39);
    }

    /** Null when the outcome is what the case must get, else what is wrong with it. */
    private static String problem(BadFileCorpus.Case c, ImportOutcome o) {
        if (!o.acceptable()) {
            return "not a clean refusal or import";
        }
        if (c.expect() == BadFileCorpus.Expect.REFUSE && o.kind() != ImportOutcome.Kind.REFUSED) {
            return "should be refused";
        }
        if (c.expect() == BadFileCorpus.Expect.IMPORT && o.kind() != ImportOutcome.Kind.IMPORTED) {
            return "should be imported";
        }
        String name = c.file().getFileName().toString();
        if (o.kind() == ImportOutcome.Kind.REFUSED) {
            return refusalProblem(c, o, name);
        }
        if (c.rejected() >= 0 && o.rejected() != c.rejected()) {
            return "expected " + c.rejected() + " rejected rows";
        }
        return null;
    }

    private static String refusalProblem(BadFileCorpus.Case c, ImportOutcome o, String name) {
        Object[] args = refusalArgs(o);
        String ko = Messages.get(Locale.KOREAN, o.key(), args);
        String en = Messages.get(Locale.ENGLISH, o.key(), args);
        if (!ko.startsWith(name + ":") || !en.startsWith(name + ":") || ko.contains("<") && ko.contains(o.key())) {
            return "message does not start with the file name: " + ko + " / " + en;
        }
        if (c.line() >= 0 && o.line() != c.line()) {
            return "expected line " + c.line() + " but got " + o.line();
        }
        if (o.line() > 0 && (!ko.contains(o.line() + "행") || !en.contains("line " + o.line()))) {
            return "the line is not in both messages: " + ko + " / " + en;
        }
        return null;
    }

    private static Object[] refusalArgs(ImportOutcome o) {
        return o.args().toArray();
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        r.gc();
        return r.totalMemory() - r.freeMemory();
    }
}
