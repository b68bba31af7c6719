package kr.sanggwon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Progress;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Imports the real official files of ../shared/data and checks counts and values taken from the files. */
class RealFilesImportTest {
    @TempDir
    Path dir;
    Database db;
    ImportService service;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        service = new ImportService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            영역-상권,          AREA_TRDAR,   1650, 0,     0,     CP949
            상권변화지표-상권,  CHANGE_T,     42900, 20191, 20252, CP949
            집객시설-상권,      FACILITY_T,   29982, 20204, 20252, CP949
            아파트-상권,        APARTMENT_T,  33821, 20194, 20252, CP949
            길단위인구-행정동,  FLOATING_D,   10625, 20191, 20251, CP949
            소득소비-행정동,    INCOME_D,     9350,  20191, 20242, CP949
            집객시설-행정동,    FACILITY_D,   6375,  20204, 20242, CP949
            상주인구-상권,      RESIDENT_T,   50,    20262, 20262, CP949
            소득소비-상권,      INCOME_T,     50,    20253, 20253, CP949
            직장인구-상권,      WORKER_T,     6549,  20241, 20244, CP949
            길단위인구-상권,    FLOATING_T,   6595,  20241, 20244, CP949
            점포-상권,          STORES_T,     5795,  20241, 20251, CP949
            추정매출-행정동,    SALES_D,      1680,  20241, 20244, CP949
            """)
    void importsEveryOfficialFileWithItsDatasetQuartersAndRowCount(String dataset, String id, long rows, int first, int last,
                                                                  String encoding) throws Exception {
        ImportResult r = service.importFile(TestData.require(TestData.seoul(dataset)), Progress.NONE);
        assertThat(r.datasetId()).isEqualTo(id);
        assertThat(r.dataset()).isEqualTo(dataset);
        assertThat(r.rowsImported()).isEqualTo(rows);
        assertThat(r.rowsRejected()).isZero();
        assertThat(r.encoding()).isEqualTo(encoding);
        if (first > 0) {
            assertThat(r.quarters().first()).isEqualTo(first);
            assertThat(r.quarters().last()).isEqualTo(last);
        }
    }

    @Test
    void reimportingTheSameFileReplacesRowsInsteadOfDuplicating() throws Exception {
        Path file = TestData.require(TestData.seoul("점포-상권"));
        service.importFile(file, Progress.NONE);
        service.importFile(file, Progress.NONE);
        assertThat(count("SELECT COUNT(*) FROM stores_q")).isEqualTo(5795);
        assertThat(count("SELECT COUNT(*) FROM import_batch")).isEqualTo(2);
    }

    @Test
    void salesSampleKeepsAmountsAndRebuildsSummaries() throws Exception {
        service.importFile(TestData.require(TestData.SEOUL.resolve("sample_sales_2024.csv")), Progress.NONE);
        // 당월_매출_금액 = 주중 + 주말 holds in the official rows (data README quirk 6)
        assertThat(count("SELECT COUNT(*) FROM sales_q WHERE sales_amt <> weekday_amt + weekend_amt")).isZero();
        assertThat(count("SELECT SUM(sales_amt) FROM sales_q"))
                .isEqualTo(count("SELECT SUM(sales_amt) FROM district_quarter_kpi"))
                .isEqualTo(count("SELECT SUM(sales_amt) FROM industry_quarter_kpi"));
        // the count columns with the header typo 시간대_건수~06_매출_건수 are read too
        assertThat(count("SELECT COUNT(*) FROM sales_q WHERE t00_06_cnt IS NULL OR t21_24_cnt IS NULL")).isZero();
    }

    @Test
    void areaFileCompletesDistrictsFirstKnownFromAFactFile() throws Exception {
        service.importFile(TestData.require(TestData.seoul("상권변화지표-상권")), Progress.NONE);
        assertThat(count("SELECT COUNT(*) FROM district WHERE from_master = TRUE")).isZero();
        service.importFile(TestData.require(TestData.seoul("영역-상권")), Progress.NONE);
        assertThat(count("SELECT COUNT(*) FROM district WHERE lvl = 'T' AND from_master = TRUE AND gu_name IS NOT NULL")).isEqualTo(1650);
        assertThat(text("SELECT type_code FROM district WHERE code = '3001491'")).isEqualTo("U");
    }

    @Test
    void storesCountIncludesFranchisesAsSalesDo() throws Exception {
        service.importFile(TestData.require(TestData.seoul("점포-상권")), Progress.NONE);
        // 유사_업종_점포_수 = 점포_수 + 프랜차이즈_점포_수 on every official row: 점포_수 alone leaves franchises out
        assertThat(count("SELECT COUNT(*) FROM stores_q WHERE similar_stores <> independent_stores + franchise")).isZero();
        assertThat(count("SELECT COUNT(*) FROM stores_q WHERE stores <> similar_stores")).isZero();
        assertThat(count("SELECT COUNT(*) FROM stores_q WHERE franchise > 0")).isPositive();
    }

    @Test
    void middleDotLostAsQuestionMarkIsRepairedInNames() throws Exception {
        service.importFile(TestData.require(TestData.seoul("영역-상권")), Progress.NONE);
        assertThat(count("SELECT COUNT(*) FROM district WHERE name LIKE '%?%'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM district WHERE name LIKE '%종로·청계%'")).isEqualTo(1);
    }

    @Test
    void emptyFacilityCountsMeanZero() throws Exception {
        service.importFile(TestData.require(TestData.seoul("집객시설-상권")), Progress.NONE);
        // 철도_역_수 is "" on every row of the official file (data README quirk 4)
        assertThat(count("SELECT COUNT(*) FROM facility_q WHERE rail_station <> 0 OR rail_station IS NULL")).isZero();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
