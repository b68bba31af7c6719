package kr.sanggwon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Older and re-saved layouts, built from real rows: split year/quarter columns, 분기당_매출_금액, English API
 * headers, '|' delimiter, the three encodings, empty fields and '?' names; monthly, 자치구 and 서울시 files are
 * refused with a message that names the file to download.
 */
class OlderGenerationsTest {
    private static final String SALES_COLUMNS = "SELECT * EXCEPT (batch_id) FROM sales_q";
    private static final Pattern API_NAME = Pattern.compile("[A-Z0-9_]+");
    private static final Map<String, String> KEY_COLUMNS_EN = new LinkedHashMap<>();

    static {
        KEY_COLUMNS_EN.put("기준_년분기_코드", "STDR_YYQU_CD");
        KEY_COLUMNS_EN.put("상권_구분_코드", "TRDAR_SE_CD");
        KEY_COLUMNS_EN.put("상권_구분_코드_명", "TRDAR_SE_CD_NM");
        KEY_COLUMNS_EN.put("상권_코드", "TRDAR_CD");
        KEY_COLUMNS_EN.put("상권_코드_명", "TRDAR_CD_NM");
        KEY_COLUMNS_EN.put("서비스_업종_코드", "SVC_INDUTY_CD");
        KEY_COLUMNS_EN.put("서비스_업종_코드_명", "SVC_INDUTY_CD_NM");
    }

    @TempDir
    Path dir;
    @TempDir
    Path files;
    Database db;
    ImportService service;
    DbProbe probe;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        service = new ImportService(db);
        probe = new DbProbe(db);
        Messages.setLocale(java.util.Locale.KOREAN);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String importedSales() throws Exception {
        service.importFile(TestData.require(TestFiles.SALES), Progress.NONE);
        return probe.dump(SALES_COLUMNS);
    }

    @Test
    void splitYearAndQuarterColumnsGiveTheSameRows() throws Exception {
        String expected = importedSales();
        List<String> lines = TestFiles.salesLines();
        List<String> split = new ArrayList<>();
        split.add(lines.get(0).replace("기준_년분기_코드", "기준_년_코드,기준_분기_코드"));
        for (String l : lines.subList(1, lines.size())) {
            split.add(l.substring(0, 4) + "," + l.substring(4));
        }
        ImportResult r = service.importFile(TestFiles.write(files.resolve("old_split.csv"), split, TestFiles.CP949, false), Progress.NONE);
        assertThat(r.quarters()).containsExactly(20241);
        assertThat(r.rowsImported()).isEqualTo(100);
        assertThat(probe.dump(SALES_COLUMNS)).isEqualTo(expected);
    }

    @Test
    void quarterlySalesAmountHeaderOfOlderReleasesIsRead() throws Exception {
        String expected = importedSales();
        List<String> lines = new ArrayList<>(TestFiles.salesLines());
        lines.set(0, lines.get(0).replace("당월_매출_금액", "분기당_매출_금액").replace("당월_매출_건수", "분기당_매출_건수"));
        service.importFile(TestFiles.write(files.resolve("old_amount.csv"), lines, StandardCharsets.UTF_8, true), Progress.NONE);
        assertThat(probe.dump(SALES_COLUMNS)).isEqualTo(expected);
        assertThat(probe.count("SELECT COUNT(*) FROM sales_q WHERE sales_amt IS NULL")).isZero();
    }

    @Test
    void englishApiHeadersGiveTheSameRows() throws Exception {
        String expected = importedSales();
        List<String> lines = new ArrayList<>(TestFiles.salesLines());
        List<String> english = new ArrayList<>();
        for (String h : lines.get(0).split(",")) {
            english.add(KEY_COLUMNS_EN.containsKey(h) ? KEY_COLUMNS_EN.get(h) : apiName(h));
        }
        assertThat(english).contains("THSMON_SELNG_AMT", "TMZON_00_06_SELNG_AMT", "AGRDE_60_ABOVE_SELNG_CO");
        lines.set(0, String.join(",", english));
        ImportResult r = service.importFile(TestFiles.write(files.resolve("api.csv"), lines, StandardCharsets.UTF_8, false), Progress.NONE);
        assertThat(r.datasetId()).isEqualTo("SALES_T");
        assertThat(r.warnings()).isEmpty();
        assertThat(probe.dump(SALES_COLUMNS)).isEqualTo(expected);
        // the Open API also writes them in lower case (stdr_yyqu_cd, trdar_cd, svc_induty_cd …)
        lines.set(0, lines.get(0).toLowerCase(java.util.Locale.ROOT));
        assertThat(lines.get(0)).startsWith("stdr_yyqu_cd,trdar_se_cd");
        service.importFile(TestFiles.write(files.resolve("api_lower.csv"), lines, TestFiles.CP949, false), Progress.NONE);
        assertThat(probe.dump(SALES_COLUMNS)).isEqualTo(expected);
    }

    private static String apiName(String korean) {
        for (Column c : FactDataset.SALES.measures()) {
            if (c.headers().contains(korean)) {
                return c.headers().stream().filter(h -> API_NAME.matcher(h).matches()).reduce((a, b) -> b).orElseThrow();
            }
        }
        throw new AssertionError("no column for " + korean);
    }

    @Test
    void portalJsonDownloadOfAFactDatasetIsRead() throws Exception {
        String expected = importedSales();
        List<String> lines = TestFiles.salesLines();
        String[] header = lines.get(0).split(",");
        StringBuilder json = new StringBuilder("{\"DESCRIPTION\": {}, \"DATA\": [\n");
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            json.append(i > 1 ? ",\n" : "").append('{');
            for (int c = 0; c < header.length; c++) {
                String key = (KEY_COLUMNS_EN.containsKey(header[c]) ? KEY_COLUMNS_EN.get(header[c]) : apiName(header[c]))
                        .toLowerCase(java.util.Locale.ROOT);
                boolean text = c < 7;
                json.append(c > 0 ? "," : "").append('"').append(key).append("\":")
                        .append(text ? "\"" + cells[c] + "\"" : cells[c]);
            }
            json.append('}');
        }
        json.append("]}");
        Path f = files.resolve("sales.json");
        java.nio.file.Files.writeString(f, json, StandardCharsets.UTF_8);
        ImportResult r = service.importFile(f, Progress.NONE);
        assertThat(r.datasetId()).isEqualTo("SALES_T");
        assertThat(r.rowsImported()).isEqualTo(100);
        assertThat(probe.dump(SALES_COLUMNS)).isEqualTo(expected);
    }

    @Test
    void pipeDelimitedFileIsRead() throws Exception {
        List<String> lines = TestFiles.storesLines(40);
        service.importFile(TestFiles.write(files.resolve("comma.csv"), lines, TestFiles.CP949, false), Progress.NONE);
        String expected = probe.dump("SELECT * EXCEPT (batch_id) FROM stores_q");
        List<String> piped = lines.stream().map(l -> l.replace(',', '|')).toList();
        ImportResult r = service.importFile(TestFiles.write(files.resolve("pipe.txt"), piped, TestFiles.CP949, false), Progress.NONE);
        assertThat(r.datasetId()).isEqualTo("STORES_T");
        assertThat(r.rowsImported()).isEqualTo(40);
        assertThat(probe.dump("SELECT * EXCEPT (batch_id) FROM stores_q")).isEqualTo(expected);
    }

    @Test
    void utf8WithAndWithoutBomAndCp949GiveTheSameRows() throws Exception {
        List<String> lines = TestFiles.storesLines(60);
        String expected = null;
        for (var variant : List.of(new Object[] {"UTF-8 (BOM)", StandardCharsets.UTF_8, true},
                new Object[] {"UTF-8", StandardCharsets.UTF_8, false}, new Object[] {"CP949", TestFiles.CP949, false})) {
            Path f = TestFiles.write(files.resolve("stores-" + variant[0] + ".csv"), lines, (java.nio.charset.Charset) variant[1], (boolean) variant[2]);
            ImportResult r = service.importFile(f, Progress.NONE);
            assertThat(r.encoding()).isEqualTo(variant[0]);
            String now = probe.dump("SELECT * EXCEPT (batch_id) FROM stores_q");
            if (expected != null) {
                assertThat(now).isEqualTo(expected);
            }
            expected = now;
            assertThat(probe.text("SELECT name FROM industry WHERE code = 'CS100007'")).isEqualTo("치킨전문점");
        }
    }

    @Test
    void emptySalesFieldsAreStoredAsUnknownNotRejected() throws Exception {
        List<String> lines = new ArrayList<>(TestFiles.salesLines().subList(0, 11));
        String[] cells = lines.get(1).split(",", -1);
        cells[7] = "";   // 당월_매출_금액
        cells[32] = " "; // 주중_매출_건수
        lines.set(1, String.join(",", cells));
        ImportResult r = service.importFile(TestFiles.write(files.resolve("gaps.csv"), lines, StandardCharsets.UTF_8, false), Progress.NONE);
        assertThat(r.rowsImported()).isEqualTo(10);
        assertThat(r.rowsRejected()).isZero();
        assertThat(probe.count("SELECT COUNT(*) FROM sales_q WHERE sales_amt IS NULL")).isEqualTo(1);
        assertThat(probe.count("SELECT COUNT(*) FROM sales_q WHERE weekday_cnt IS NULL")).isEqualTo(1);
    }

    @Test
    void questionMarksInCp949NamesBecomeMiddleDots() throws Exception {
        service.importFile(TestData.require(TestData.seoul("길단위인구-행정동")), Progress.NONE);
        assertThat(probe.text("SELECT name FROM district WHERE code = '11350625'")).isEqualTo("중계2·3동");
        assertThat(probe.count("SELECT COUNT(*) FROM district WHERE name LIKE '%?%'")).isZero();
    }

    @Test
    void monthlyFileIsRefusedNamingTheQuarterlyDownload() throws Exception {
        List<String> lines = new ArrayList<>(TestFiles.salesLines().subList(0, 6));
        lines.set(0, lines.get(0).replace("기준_년분기_코드", "기준_년월_코드"));
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, "202401" + lines.get(i).substring(5));
        }
        assertRefused(TestFiles.write(files.resolve("monthly.csv"), lines, TestFiles.CP949, false), "ingest.error.monthly",
                "서울시 상권분석서비스(추정매출-상권)");
    }

    @Test
    void guLevelFileIsRefusedNamingTheDistrictDownloads() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("기준_년분기_코드,자치구_코드,자치구_코드_명,서비스_업종_코드,서비스_업종_코드_명,점포_수,유사_업종_점포_수,개업_율,"
                + "개업_점포_수,폐업_률,폐업_점포_수,프랜차이즈_점포_수");
        lines.add("20241,11110,종로구,CS100007,치킨전문점,70,80,1,1,2,2,30");
        assertRefused(TestFiles.write(files.resolve("gu.csv"), lines, TestFiles.CP949, false), "ingest.error.guLevel",
                "서울시 상권분석서비스(점포-상권)");
    }

    @Test
    void seoulWideFileIsRefusedNamingTheDistrictDownload() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("기준_년분기_코드,서비스_업종_코드,서비스_업종_코드_명,당월_매출_금액,당월_매출_건수");
        lines.add("20241,CS100010,커피-음료,123456789000,4567890");
        assertRefused(TestFiles.write(files.resolve("seoul.csv"), lines, StandardCharsets.UTF_8, true), "ingest.error.cityLevel",
                "서울시 상권분석서비스(추정매출-상권)");
    }

    private void assertRefused(Path file, String key, String download) throws Exception {
        var before = probe.fingerprint();
        assertThatThrownBy(() -> service.importFile(file, Progress.NONE))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.localized()).contains(file.getFileName().toString(), download);
                    assertThat(Messages.get(java.util.Locale.ENGLISH, e.key(), e.args())).contains(download);
                });
        assertThat(probe.fingerprint()).isEqualTo(before);
    }
}
