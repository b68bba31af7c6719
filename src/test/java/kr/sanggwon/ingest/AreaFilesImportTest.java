package kr.sanggwon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Progress;
import kr.sanggwon.geo.DistrictPolygon;
import kr.sanggwon.geo.DistrictShapeRepository;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 영역 master files: 영역-행정동 JSON and the 영역-상권 shapefile set. */
class AreaFilesImportTest {
    static final Path JSON = TestData.SEOUL.resolve("서울시 상권분석서비스(영역-행정동).json");
    static final Path SHP = TestData.SEOUL.resolve("서울시 상권분석서비스(영역-상권).shp");
    private static final String DISTRICT_COLUMNS = "SELECT code, lvl, name, type_code, type_name, gu_code, gu_name, dong_code,"
            + " dong_name, x_tm, y_tm, area_m2, from_master FROM district";

    @TempDir
    Path dir;
    @TempDir
    Path files;
    Database db;
    ImportService service;
    DbProbe probe;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        service = new ImportService(db);
        probe = new DbProbe(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void adstrdJsonBecomesDongMasterRows() throws Exception {
        ImportResult r = service.importFile(TestData.require(JSON), Progress.NONE);
        assertThat(r.datasetId()).isEqualTo("AREA_ADSTRD");
        assertThat(r.dataset()).isEqualTo("영역-행정동");
        assertThat(r.rowsImported()).isEqualTo(425);
        assertThat(probe.count("SELECT COUNT(*) FROM district WHERE lvl = 'D' AND from_master = TRUE")).isEqualTo(425);
        assertThat(probe.text("SELECT name || '|' || gu_code || '|' || x_tm || '|' || y_tm || '|' || area_m2 FROM district"
                + " WHERE code = '11110515'")).isEqualTo("청운효자동|11110|197342|453874|2568432");
    }

    @Test
    void jsonIsRecognisedFromItsContentNotItsName() throws Exception {
        Path renamed = Files.copy(TestData.require(JSON), files.resolve("download.txt"));
        assertThat(service.importFile(renamed, Progress.NONE).datasetId()).isEqualTo("AREA_ADSTRD");
    }

    @Test
    void openApiJsonWithNestedRowsAndOtherKeyOrderIsRead() throws Exception {
        Path f = files.resolve("api.json");
        Files.writeString(f, """
                {"VwsmAdstrdAreaW": {"list_total_count": 2, "RESULT": {"CODE": "INFO-000"}, "row": [
                  {"XCNTS_VALUE": 197342, "ADSTRD_NM": "청운효자동", "ADSTRD_CD": "11110515", "RELM_AR": 2568432.0, "YDNTS_VALUE": 453874},
                  {"ADSTRD_CD": "11110530", "ADSTRD_NM": "사직동", "YDNTS_VALUE": 452705, "XCNTS_VALUE": 197383, "RELM_AR": 1158536}
                ]}}""", StandardCharsets.UTF_8);
        assertThat(service.importFile(f, Progress.NONE).rowsImported()).isEqualTo(2);
        assertThat(probe.text("SELECT area_m2 FROM district WHERE code = '11110515'")).isEqualTo("2568432");
        assertThat(probe.text("SELECT name FROM district WHERE code = '11110530'")).isEqualTo("사직동");
    }

    @Test
    void brokenJsonIsRefusedWithLineAndNothingChanges() throws Exception {
        Path f = files.resolve("cut.json");
        String text = Files.readString(TestData.require(JSON), StandardCharsets.UTF_8);
        Files.writeString(f, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
        var before = probe.fingerprint();
        assertThatThrownBy(() -> service.importFile(f, Progress.NONE))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.key()).isEqualTo("ingest.error.json");
                    assertThat(e.line()).isGreaterThan(100);
                });
        assertThat(probe.fingerprint()).isEqualTo(before);
    }

    @Test
    void jsonAfterTheTrdarMasterLearnsTheGuName() throws Exception {
        service.importFile(TestData.require(TestData.seoul("영역-상권")), Progress.NONE);
        service.importFile(JSON, Progress.NONE);
        assertThat(probe.text("SELECT gu_name FROM district WHERE code = '11110515'")).isEqualTo("종로구");
        assertThat(probe.count("SELECT COUNT(*) FROM district WHERE lvl = 'D' AND gu_name IS NULL")).isZero();
    }

    @Test
    void shapefileImportsEveryBoundaryAndCompletesDistricts() throws Exception {
        ImportResult r = service.importFile(TestData.require(SHP), Progress.NONE);
        assertThat(r.datasetId()).isEqualTo("SHAPE_T");
        assertThat(r.rowsImported()).isEqualTo(1650);
        assertThat(r.encoding()).isEqualTo("dbf UTF-8");
        assertThat(probe.count("SELECT COUNT(*) FROM district_shape")).isEqualTo(1650);
        assertThat(probe.count("SELECT COUNT(*) FROM district WHERE lvl = 'T' AND from_master = TRUE")).isEqualTo(1650);
        assertThat(probe.text("SELECT name || '|' || type_name || '|' || gu_name || '|' || dong_name || '|' || area_m2"
                + " FROM district WHERE code = '3110008'")).isEqualTo("배화여자대학교(박노수미술관)|골목상권|종로구|청운효자동|149264");

        DistrictPolygon p = new DistrictShapeRepository(db).load("3110008").orElseThrow();
        // header of record 1 in the .shp: bbox and 1 part of 199 points
        assertThat(p.minX()).isEqualTo(196835.6819);
        assertThat(p.maxY()).isEqualTo(453765.7608);
        assertThat(p.rings()).hasSize(1);
        assertThat(p.points()).isEqualTo(199);
        double[] ring = p.rings().get(0);
        assertThat(ring[0]).isEqualTo(ring[ring.length - 2]);
        assertThat(ring[1]).isEqualTo(ring[ring.length - 1]);
        for (int i = 0; i < ring.length; i += 2) {
            assertThat(ring[i]).isBetween(p.minX() - 0.01, p.maxX() + 0.01);
            assertThat(ring[i + 1]).isBetween(p.minY() - 0.01, p.maxY() + 0.01);
        }
        assertThat(new DistrictShapeRepository(db).loadLevel('T')).hasSize(1650);
        assertThat(new DistrictShapeRepository(db).loadInBox(196900, 453000, 196950, 453050))
                .extracting(DistrictPolygon::code).contains("3110008");
    }

    @Test
    void shapefileAttributesMatchTheTrdarCsv() throws Exception {
        service.importFile(TestData.require(SHP), Progress.NONE);
        var fromShape = probe.rows(DISTRICT_COLUMNS);
        Path other = dir.resolve("csv");
        try (Database db2 = Database.open(other)) {
            new ImportService(db2).importFile(TestData.require(TestData.seoul("영역-상권")), Progress.NONE);
            var fromCsv = new DbProbe(db2).rows(DISTRICT_COLUMNS);
            assertThat(fromCsv.keySet()).isEqualTo(fromShape.keySet());
            // the two files are different releases: the .dbf spells 3110024 혜회동주민센터 and puts 3110531 (홍지문) in
            // 홍은1동; every other attribute (names with the repaired middle dot included) is the same
            assertThat(fromCsv.keySet().stream().filter(k -> !fromCsv.get(k).equals(fromShape.get(k))))
                    .containsExactlyInAnyOrder("3110024", "3110531");
        }
    }

    @Test
    void anyPartOfTheSetImportsTheWholeSet() throws Exception {
        Path dbf = TestData.require(TestData.SEOUL.resolve("서울시 상권분석서비스(영역-상권).dbf"));
        ImportResult r = service.importFile(dbf, Progress.NONE);
        assertThat(r.fileName()).isEqualTo("서울시 상권분석서비스(영역-상권).shp");
        assertThat(r.rowsImported()).isEqualTo(1650);
    }

    @Test
    void missingPartIsNamedAndNothingChanges() throws Exception {
        Path shp = Files.copy(TestData.require(SHP), files.resolve("area.shp"));
        Files.copy(TestData.SEOUL.resolve("서울시 상권분석서비스(영역-상권).dbf"), files.resolve("area.dbf"));
        Files.copy(TestData.SEOUL.resolve("서울시 상권분석서비스(영역-상권).prj"), files.resolve("area.prj"));
        var before = probe.fingerprint();
        assertThatThrownBy(() -> service.importFile(shp, Progress.NONE))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.key()).isEqualTo("ingest.error.shapeMissingPart");
                    assertThat(e.localized()).contains("area.shx");
                });
        assertThat(probe.fingerprint()).isEqualTo(before);
    }

    @Test
    void truncatedShpIsRefusedAsDamagedAndNothingChanges() throws Exception {
        copySet("shx", "dbf", "prj", "cpg");
        byte[] shp = Files.readAllBytes(TestData.require(SHP));
        Files.write(files.resolve("area.shp"), java.util.Arrays.copyOf(shp, shp.length / 2));
        var before = probe.fingerprint();
        assertThatThrownBy(() -> service.importFile(files.resolve("area.shp"), Progress.NONE))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.key()).isEqualTo("ingest.error.shapeDamaged");
                    assertThat(e.localized()).startsWith("area.shp:");
                });
        assertThat(probe.fingerprint()).isEqualTo(before);
    }

    @Test
    void partsFromDifferentDownloadsAreRefused() throws Exception {
        copySet("shp", "prj", "cpg", "dbf");
        byte[] shx = Files.readAllBytes(TestData.SEOUL.resolve("서울시 상권분석서비스(영역-상권).shx"));
        Files.write(files.resolve("area.shx"), java.util.Arrays.copyOf(shx, shx.length - 80));
        assertThatThrownBy(() -> service.importFile(files.resolve("area.dbf"), Progress.NONE))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.key()).isEqualTo("ingest.error.shapeMismatch"));
        assertThat(probe.count("SELECT COUNT(*) FROM district")).isZero();
    }

    private void copySet(String... extensions) throws Exception {
        for (String ext : extensions) {
            Files.copy(TestData.require(TestData.SEOUL.resolve("서울시 상권분석서비스(영역-상권)." + ext)), files.resolve("area." + ext));
        }
    }

    @Test
    void otherProjectionIsRefused() throws Exception {
        for (String ext : List.of("shp", "shx", "dbf", "cpg")) {
            Files.copy(TestData.require(TestData.SEOUL.resolve("서울시 상권분석서비스(영역-상권)." + ext)), files.resolve("area." + ext));
        }
        Files.writeString(files.resolve("area.prj"), "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]");
        assertThatThrownBy(() -> service.importFile(files.resolve("area.shp"), Progress.NONE))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.key()).isEqualTo("ingest.error.shapeProjection"));
        assertThat(probe.count("SELECT COUNT(*) FROM district_shape")).isZero();
    }
}
