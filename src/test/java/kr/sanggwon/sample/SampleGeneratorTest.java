package kr.sanggwon.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Progress;
import kr.sanggwon.ingest.ImportResult;
import kr.sanggwon.ingest.ImportService;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Generates a small city once, imports it through the real importer and checks formats, counts and signal. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleGeneratorTest {
    private static final SampleOptions OPTIONS = new SampleOptions(11, 20_231, 8, 48);

    Path dir;
    Path out;
    Database db;
    SampleGenerator.Result generated;
    final List<ImportResult> imported = new ArrayList<>();

    @BeforeAll
    void generateAndImport(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        out = dir.resolve("sample");
        generated = new SampleGenerator().generate(out, OPTIONS, Progress.NONE);
        db = Database.open(dir.resolve("db"));
        ImportService service = new ImportService(db);
        for (Path f : generated.files()) {
            imported.add(service.importFile(f, Progress.NONE));
        }
    }

    @AfterAll
    void close() {
        db.close();
    }

    private static boolean isSemas(Path f) {
        return f.getFileName().toString().startsWith("소상공인");
    }

    @Test
    void writesEveryOfficialDatasetFile() {
        assertThat(generated.files()).hasSize(16).allMatch(Files::isRegularFile);
        assertThat(generated.quarters()).containsExactly(20231, 20232, 20233, 20234, 20241, 20242, 20243, 20244);
        assertThat(generated.districts()).isBetween(45, 52);
        assertThat(generated.industries()).isEqualTo(30);
        assertThat(generated.storeListings()).isPositive();
    }

    @Test
    void seoulFilesAreCp949AllQuotedLfWithoutFinalNewlineAndCarryTheRealHeaders() throws IOException {
        for (Path f : generated.files()) {
            String name = f.getFileName().toString();
            if (!name.endsWith(".csv") || isSemas(f)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(f);
            assertThat(bytes[bytes.length - 1]).as(name + " ends without newline").isNotEqualTo((byte) '\n');
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as(name + " has no CR").doesNotContain("\r");
            String text = new String(bytes, OfficialCsv.CP949);
            String[] lines = text.split("\n", -1);
            for (String line : lines) {
                assertThat(line).as(name).startsWith("\"").endsWith("\"");
            }
            assertThat(text).as(name + ": middle dots are written as '?'").doesNotContain("·");
            Path real = TestData.SEOUL.resolve(name);
            if (Files.isRegularFile(real) && !name.contains("추정매출") && !name.contains("직장") && !name.contains("길단위인구-상권")
                    && !name.contains("점포")) {
                String realHeader = Files.readString(real, OfficialCsv.CP949).lines().findFirst().orElseThrow();
                assertThat(lines[0]).as(name + " header").isEqualTo(realHeader);
            }
        }
        String salesHeader = Files.readString(out.resolve(SampleFiles.SALES_T), OfficialCsv.CP949).lines().findFirst().orElseThrow();
        assertThat(salesHeader).contains("\"시간대_건수~06_매출_건수\"").contains("\"시간대_00~06_매출_금액\"");
        String storesHeader = Files.readString(out.resolve(SampleFiles.STORES_T), OfficialCsv.CP949).lines().findFirst().orElseThrow();
        assertThat(storesHeader).contains("\"개업_율\"").contains("\"폐업_률\"");
    }

    @Test
    void semasFileIsUtf8WithTheRealHeaderQuotedTextAndBareNumbers() throws IOException {
        Path semas = out.resolve(SampleFiles.semas(20244));
        assertThat(semas.getFileName().toString()).isEqualTo("소상공인시장진흥공단_상가(상권)정보_서울_202412.csv");
        List<String> lines = Files.readAllLines(semas, StandardCharsets.UTF_8);
        Path real = TestData.SEMAS.resolve("소상공인시장진흥공단_상가(상권)정보_서울_202212.csv");
        if (Files.isRegularFile(real)) {
            assertThat(lines.get(0)).isEqualTo(Files.readAllLines(real, StandardCharsets.UTF_8).get(0));
        }
        assertThat(lines).hasSize((int) generated.storeListings() + 1);
        // quoted store number first, bare longitude and latitude last
        assertThat(lines.get(1)).matches("^\"3\\d{7}\",.*,\\d+\\.\\d+,\\d+\\.\\d+$");
        assertThat(lines.get(1).split(",")[15]).matches("\"\\d{10}\"");
    }

    @Test
    void dongJsonHasThePortalLayout() throws IOException {
        String text = Files.readString(out.resolve(SampleFiles.AREA_ADSTRD), StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n\"DESCRIPTION\" : {\"ADSTRD_CD\":\"행정동_코드\"").endsWith("}\n]\n}");
        JsonNode data = new ObjectMapper().readTree(text).get("DATA");
        assertThat(data.size()).isEqualTo(generated.dongs());
        assertThat(data.get(0).get("adstrd_cd").isTextual()).isTrue();
        assertThat(data.get(0).get("relm_ar").isNumber()).isTrue();
    }

    @Test
    void sameSeedGivesIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        Path again = dir.resolve("again");
        new SampleGenerator().generate(again, OPTIONS, Progress.NONE);
        for (Path f : generated.files()) {
            assertThat(Files.mismatch(f, again.resolve(f.getFileName().toString()))).as(f.getFileName().toString()).isEqualTo(-1L);
        }
        Path other = dir.resolve("other");
        new SampleGenerator().generate(other, new SampleOptions(12, 20_231, 8, 48), Progress.NONE);
        assertThat(Files.mismatch(out.resolve(SampleFiles.SALES_T), other.resolve(SampleFiles.SALES_T))).isNotEqualTo(-1L);
    }

    @Test
    void everyFileImportsWithZeroRejectedRowsAndAllQuarters() throws SQLException {
        assertThat(imported).hasSize(16);
        for (ImportResult r : imported) {
            assertThat(r.rowsRejected()).as(r.fileName()).isZero();
            assertThat(r.rowsImported()).as(r.fileName()).isEqualTo(r.rowsRead()).isPositive();
            if (!r.quarters().isEmpty() || !(r.datasetId().startsWith("AREA") || r.fileName().startsWith("소상공인"))) {
                assertThat(r.quarters()).as(r.fileName()).containsExactlyElementsOf(generated.quarters());
            }
        }
        assertThat(count("SELECT COUNT(*) FROM store_listing")).isEqualTo(generated.storeListings());
        assertThat(count("SELECT COUNT(*) FROM district WHERE lvl = 'D' AND from_master")).isEqualTo(generated.dongs());
    }

    @Test
    void importedCountsMatchTheCity() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM district WHERE lvl = 'T' AND from_master")).isEqualTo(generated.districts());
        assertThat(count("SELECT COUNT(DISTINCT type_code) FROM district WHERE lvl = 'T'")).isEqualTo(4);
        assertThat(count("SELECT COUNT(DISTINCT gu_code) FROM district WHERE lvl = 'T'")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM population_q WHERE lvl = 'T'")).isEqualTo(8L * generated.districts());
        assertThat(count("SELECT COUNT(*) FROM population_q WHERE lvl = 'D'")).isEqualTo(8L * generated.dongs());
        assertThat(count("SELECT COUNT(DISTINCT industry_code) FROM sales_q")).isEqualTo(30);
        assertThat(count("SELECT COUNT(*) FROM industry WHERE name = '커피-음료'")).isEqualTo(1);
    }

    @Test
    void salesSumsHoldAsInTheRealFiles() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM sales_q WHERE sales_amt <> weekday_amt + weekend_amt"
                + " OR sales_amt <> mon_amt + tue_amt + wed_amt + thu_amt + fri_amt + sat_amt + sun_amt"
                + " OR weekday_amt <> mon_amt + tue_amt + wed_amt + thu_amt + fri_amt"
                + " OR sales_amt <> t00_06_amt + t06_11_amt + t11_14_amt + t14_17_amt + t17_21_amt + t21_24_amt"
                + " OR sales_cnt <> weekday_cnt + weekend_cnt"
                + " OR sales_cnt <> t00_06_cnt + t06_11_cnt + t11_14_cnt + t14_17_cnt + t17_21_cnt + t21_24_cnt"
                + " OR male_amt + female_amt > sales_amt"
                + " OR age10_amt + age20_amt + age30_amt + age40_amt + age50_amt + age60_amt <> male_amt + female_amt")).isZero();
        assertThat(count("SELECT COUNT(*) FROM sales_q WHERE male_amt + female_amt < sales_amt")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM population_q WHERE total <> male + female"
                + " OR total <> age10 + age20 + age30 + age40 + age50 + age60"
                + " OR total <> t00_06 + t06_11 + t11_14 + t14_17 + t17_21 + t21_24"
                + " OR total <> mon + tue + wed + thu + fri + sat + sun")).isZero();
        assertThat(count("SELECT COUNT(*) FROM stores_q WHERE similar_stores <> independent_stores + franchise OR stores <> similar_stores")).isZero();
        assertThat(count("SELECT COUNT(*) FROM income_q WHERE lvl = 'D' AND spend_total <> spend_food + spend_clothing"
                + " + spend_household + spend_medical + spend_transport + spend_education + spend_entertainment"
                + " + spend_leisure_culture + spend_other + spend_dining")).isZero();
    }

    @Test
    void coffeeSellsToTwentiesAndThirtiesMoreThanKoreanFoodAndHofAtNight() throws SQLException {
        double coffee = ratio("SELECT SUM(age20_amt + age30_amt) * 1.0 / SUM(male_amt + female_amt) FROM sales_q"
                + " WHERE lvl = 'T' AND industry_code = 'CS100010'");
        double korean = ratio("SELECT SUM(age20_amt + age30_amt) * 1.0 / SUM(male_amt + female_amt) FROM sales_q"
                + " WHERE lvl = 'T' AND industry_code = 'CS100001'");
        assertThat(coffee).isGreaterThan(korean + 0.1);
        double hofNight = ratio("SELECT SUM(t17_21_amt + t21_24_amt) * 1.0 / SUM(sales_amt) FROM sales_q WHERE industry_code = 'CS100009'");
        double coffeeNight = ratio("SELECT SUM(t17_21_amt + t21_24_amt) * 1.0 / SUM(sales_amt) FROM sales_q WHERE industry_code = 'CS100010'");
        assertThat(hofNight).isGreaterThan(0.7).isGreaterThan(coffeeNight + 0.3);
        double koreanLunch = ratio("SELECT SUM(t11_14_amt) * 1.0 / SUM(sales_amt) FROM sales_q WHERE industry_code = 'CS100001'");
        assertThat(koreanLunch).isGreaterThan(0.3);
    }

    @Test
    void salesPerStoreRiseWithFloatingPopulation() throws SQLException {
        for (String industry : List.of("CS100010", "CS100001", "CS300002")) {
            double r = ratio("SELECT CORR(LN(s.sales_amt * 1.0 / t.similar_stores), LN(p.total)) FROM sales_q s"
                    + " JOIN stores_q t ON t.district_code = s.district_code AND t.industry_code = s.industry_code AND t.quarter = s.quarter"
                    + " JOIN population_q p ON p.district_code = s.district_code AND p.quarter = s.quarter"
                    + " WHERE s.lvl = 'T' AND t.similar_stores > 0 AND s.industry_code = '" + industry + "'");
            assertThat(r).as(industry).isGreaterThan(0.2);
        }
    }

    @Test
    void changeIndexFollowsOpenings() throws SQLException {
        // districts whose shops are young (L: short operating months) open more shops than those marked H
        double youngOpen = ratio("SELECT SUM(t.open_count) * 1.0 / SUM(t.similar_stores) FROM stores_q t JOIN change_q c"
                + " ON c.district_code = t.district_code AND c.quarter = t.quarter WHERE c.change_index LIKE 'L%'");
        double oldOpen = ratio("SELECT SUM(t.open_count) * 1.0 / SUM(t.similar_stores) FROM stores_q t JOIN change_q c"
                + " ON c.district_code = t.district_code AND c.quarter = t.quarter WHERE c.change_index LIKE 'H%'");
        assertThat(youngOpen).isGreaterThan(oldOpen);
        assertThat(count("SELECT COUNT(DISTINCT change_index) FROM change_q")).isEqualTo(4);
    }

    @Test
    void salesFollowTheSeasonsOfEachIndustry() throws SQLException {
        // coffee sells most in the third quarter, clothing in the fourth (industry seasonality)
        double coffeeQ3 = ratio("SELECT SUM(CASE WHEN MOD(quarter, 10) = 3 THEN sales_amt END) * 1.0"
                + " / SUM(CASE WHEN MOD(quarter, 10) = 1 THEN sales_amt END) FROM sales_q WHERE lvl = 'T' AND industry_code = 'CS100010'");
        assertThat(coffeeQ3).isGreaterThan(1.05);
    }

    private long count(String sql) throws SQLException {
        return (long) ratio(sql);
    }

    private double ratio(String sql) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }
}
