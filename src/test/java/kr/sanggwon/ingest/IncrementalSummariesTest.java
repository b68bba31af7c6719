package kr.sanggwon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Progress;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summaries an import keeps up to date as its rows stream past (only the keys it touched) are exactly what a
 * full rebuild from the fact tables gives: after every file, on real files and on the bundled sample, in several
 * orders, with re-imports of quarters already held and with a file that repeats a key.
 */
class IncrementalSummariesTest {
    private static final List<String> SUMMARIES = List.of("district_quarter_kpi", "industry_quarter_kpi",
            "industry_district_kpi", "district_feature");
    private static final Path COFFEE_SALES = TestData.MULTI.resolve("서울시 상권분석서비스(추정매출-상권)_커피-음료_20233-20243.csv");
    private static final Path COFFEE_STORES = TestData.MULTI.resolve("서울시 상권분석서비스(점포-상권)_커피-음료_20233-20243.csv");
    private static final Path CVS_SALES = TestData.MULTI.resolve("서울시 상권분석서비스(추정매출-상권)_편의점_강남구_20211-20233.csv");
    private static final Path CVS_STORES = TestData.MULTI.resolve("서울시 상권분석서비스(점포-상권)_편의점_강남구_20211-20233.csv");
    private static final Path SEONGSU = TestData.MULTI.resolve("seongsu_sales_20231-20243_openapi_english_header.csv");

    @TempDir
    Path dir;

    @Test
    void realFilesInAnyOrderLeaveWhatAFullRebuildLeaves() throws Exception {
        List<Path> files = List.of(TestData.seoul("영역-상권"), COFFEE_SALES, CVS_STORES, COFFEE_STORES, CVS_SALES,
                TestData.seoul("점포-상권"), TestData.seoul("추정매출-행정동"), SEONGSU, TestData.seoul("상주인구-상권"));
        List<Path> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        // stores before sales, then every sales file again (quarters the table already holds: the SQL path)
        List<Path> again = new ArrayList<>(List.of(COFFEE_STORES, CVS_STORES, COFFEE_SALES, SEONGSU, CVS_SALES));
        again.addAll(List.of(COFFEE_SALES, CVS_SALES, COFFEE_STORES));
        int n = 0;
        for (List<Path> order : List.of(files, reversed, again)) {
            importAndCompare(dir.resolve("order" + n++), order);
        }
    }

    @Test
    void theBundledSampleLeavesWhatAFullRebuildLeaves() throws Exception {
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(Path.of("sample-data"))) {
            list.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(10);
        importAndCompare(dir.resolve("sample"), files);
    }

    @Test
    void aRepeatedKeyAndOverlappingFilesLeaveWhatAFullRebuildLeaves() throws Exception {
        String header = "기준_년분기_코드,상권_구분_코드,상권_구분_코드_명,상권_코드,상권_코드_명,서비스_업종_코드,"
                + "서비스_업종_코드_명,점포_수,유사_업종_점포_수,개업_율,개업_점포_수,폐업_률,폐업_점포_수,프랜차이즈_점포_수";
        Path first = dir.resolve("a.csv");
        Files.write(first, List.of(header, storesRow(20241, "3110001", "CS100010", 3), storesRow(20241, "3110002", "CS100010", 4),
                storesRow(20241, "3110001", "CS100010", 9), storesRow(20242, "3110001", "CS100001", 2)), StandardCharsets.UTF_8);
        Path second = dir.resolve("b.csv");
        Files.write(second, List.of(header, storesRow(20242, "3110001", "CS100001", 5), storesRow(20243, "3110003", "CS100010", 1)),
                StandardCharsets.UTF_8);
        importAndCompare(dir.resolve("dup"), List.of(first, TestData.require(COFFEE_SALES), second));
    }

    private static String storesRow(int quarter, String district, String industry, int stores) {
        return quarter + ",A,골목상권," + district + ",테스트상권," + industry + ",커피-음료," + stores + "," + (stores + 1) + ",0,0,0,0,1";
    }

    /** Imports the files one by one; after each, the summaries must equal a full rebuild of the same database. */
    private static void importAndCompare(Path folder, List<Path> files) throws Exception {
        try (Database db = Database.open(folder)) {
            ImportService service = new ImportService(db);
            for (Path f : files) {
                service.importFile(TestData.require(f), Progress.NONE);
                Map<String, List<String>> incremental = dump(db);
                Map<String, List<String>> full = db.inTransaction(c -> {
                    SummaryRepository.rebuild(c, quarters(c));
                    DistrictFeatureRepository.rebuild(c);
                    Map<String, List<String>> out = dump(c);
                    c.rollback();
                    return out;
                });
                for (String table : SUMMARIES) {
                    assertThat(incremental.get(table)).as("%s after importing %s", table, f.getFileName())
                            .containsExactlyElementsOf(full.get(table));
                }
            }
            assertThat(dump(db).get("district_quarter_kpi")).isNotEmpty();
        }
    }

    private static Set<Integer> quarters(Connection c) throws Exception {
        Set<Integer> out = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT DISTINCT quarter FROM sales_q UNION SELECT DISTINCT quarter FROM stores_q"
                        + " UNION SELECT DISTINCT quarter FROM district_quarter_kpi UNION SELECT DISTINCT quarter FROM industry_district_kpi")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    private static Map<String, List<String>> dump(Database db) throws Exception {
        try (Connection c = db.connection()) {
            return dump(c);
        }
    }

    private static Map<String, List<String>> dump(Connection c) throws Exception {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (String table : SUMMARIES) {
            List<String> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        sb.append(rs.getObject(i)).append('|');
                    }
                    rows.add(sb.toString());
                }
            }
            rows.sort(null);
            out.put(table, rows);
        }
        return out;
    }
}
