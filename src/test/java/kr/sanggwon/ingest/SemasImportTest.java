package kr.sanggwon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Progress;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SEMAS 상가(상권)정보: the real 202212 samples, the open-API header layout, and release tags. */
class SemasImportTest {
    static final Path SEOUL = TestData.SEMAS.resolve("소상공인시장진흥공단_상가(상권)정보_서울_202212.csv");
    static final Path JEONNAM = TestData.SEMAS.resolve("소상공인시장진흥공단_상가(상권)정보_전남_202212.csv");
    private static final String API_HEADER = "bizesId,bizesNm,brchNm,indsLclsCd,indsLclsNm,indsMclsCd,indsMclsNm,indsSclsCd,"
            + "indsSclsNm,ksicCd,ksicNm,ctprvnCd,ctprvnNm,signguCd,signguNm,adongCd,adongNm,ldongCd,ldongNm,lnoCd,plotSctCd,"
            + "plotSctNm,lnoMnno,lnoSlno,lnoAdr,rdnmCd,rdnm,bldMnno,bldSlno,bldMngNo,bldNm,rdnmAdr,oldZipcd,newZipcd,dongNo,"
            + "flrNo,hoNo,lon,lat";

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
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void realSeoulSampleImportsWithCodesKeptAsText() throws Exception {
        ImportResult r = service.importFile(TestData.require(SEOUL), Progress.NONE);
        assertThat(r.datasetId()).isEqualTo("SEMAS_STORES");
        assertThat(r.rowsImported()).isEqualTo(2);
        assertThat(r.encoding()).isEqualTo("UTF-8");
        assertThat(probe.text("SELECT name FROM store_listing WHERE store_id = '23324279'")).isEqualTo("제중건강원");
        assertThat(probe.text("SELECT dong_code FROM store_listing WHERE store_id = '23324279'")).isEqualTo("1156053500");
        // 신우편번호 "07250" keeps its leading zero
        assertThat(probe.text("SELECT postcode FROM store_listing WHERE store_id = '23324279'")).isEqualTo("07250");
        assertThat(probe.text("SELECT cat_s_code || '|' || ksic_code || '|' || floor FROM store_listing WHERE store_id = '23324279'"))
                .isEqualTo("D10A07|G47216|1");
        assertThat(probe.text("SELECT branch FROM store_listing WHERE store_id = '23324279'")).isNull();
        assertThat(probe.text("SELECT lon FROM store_listing WHERE store_id = '24525909'")).startsWith("127.04901798");
        assertThat(probe.text("SELECT release_tag FROM store_listing WHERE store_id = '24525909'")).isEqualTo("202212");
    }

    @Test
    void bothRegionsAddUpAndReimportDoesNotDuplicate() throws Exception {
        service.importFile(TestData.require(SEOUL), Progress.NONE);
        service.importFile(TestData.require(JEONNAM), Progress.NONE);
        service.importFile(SEOUL, Progress.NONE);
        assertThat(probe.count("SELECT COUNT(*) FROM store_listing")).isEqualTo(4);
        assertThat(probe.count("SELECT COUNT(*) FROM store_listing WHERE sido_name = '서울특별시'")).isEqualTo(2);
    }

    @Test
    void openApiFieldNamesOfNewerReleasesAreAccepted() throws Exception {
        List<String> lines = Files.readAllLines(TestData.require(SEOUL), StandardCharsets.UTF_8);
        Path f = files.resolve("stores_api.csv");
        Files.writeString(f, API_HEADER + "\n" + lines.get(1) + "\n" + lines.get(2) + "\n", StandardCharsets.UTF_8);
        ImportResult r = service.importFile(f, Progress.NONE);
        assertThat(r.datasetId()).isEqualTo("SEMAS_STORES");
        assertThat(r.rowsImported()).isEqualTo(2);
        assertThat(probe.text("SELECT dong_name FROM store_listing WHERE store_id = '24525909'")).isEqualTo("용답동");
        assertThat(probe.text("SELECT release_tag FROM store_listing WHERE store_id = '24525909'")).isNull();
    }

    @Test
    void releaseTagComesFromTheDataWhenAColumnCarriesIt() throws Exception {
        List<String> lines = Files.readAllLines(TestData.require(SEOUL), StandardCharsets.UTF_8);
        Path f = files.resolve("소상공인시장진흥공단_상가(상권)정보_서울_202212.csv");
        Files.writeString(f, lines.get(0) + ",\"기준년월\"\n" + lines.get(1) + ",\"202406\"\n", StandardCharsets.UTF_8);
        service.importFile(f, Progress.NONE);
        assertThat(probe.text("SELECT release_tag FROM store_listing")).isEqualTo("202406");
    }

    @Test
    void newerReleaseReplacesTheStoreRow() throws Exception {
        service.importFile(TestData.require(SEOUL), Progress.NONE);
        List<String> lines = Files.readAllLines(SEOUL, StandardCharsets.UTF_8);
        Path f = files.resolve("소상공인시장진흥공단_상가(상권)정보_서울_202406.csv");
        Files.writeString(f, lines.get(0) + "\n" + lines.get(1).replace("제중건강원", "제중건강원 본점") + "\n", StandardCharsets.UTF_8);
        service.importFile(f, Progress.NONE);
        assertThat(probe.count("SELECT COUNT(*) FROM store_listing")).isEqualTo(2);
        assertThat(probe.text("SELECT name || '/' || release_tag FROM store_listing WHERE store_id = '23324279'"))
                .isEqualTo("제중건강원 본점/202406");
    }

    @Test
    void olderCp949ReleaseGivesTheSameRows() throws Exception {
        service.importFile(TestData.require(SEOUL), Progress.NONE);
        String expected = probe.dump("SELECT * EXCEPT (batch_id) FROM store_listing");
        Path f = files.resolve("소상공인시장진흥공단_상가(상권)정보_서울_202212.csv");
        Files.write(f, Files.readString(SEOUL, StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName("MS949")));
        assertThat(service.importFile(f, Progress.NONE).encoding()).isEqualTo("CP949");
        assertThat(probe.dump("SELECT * EXCEPT (batch_id) FROM store_listing")).isEqualTo(expected);
    }

    @Test
    void releaseTagFromFileNameTakesTheLastYearMonth() {
        assertThat(SemasRowHandler.releaseFromName("소상공인시장진흥공단_상가(상권)정보_서울_202312.csv")).isEqualTo("202312");
        assertThat(SemasRowHandler.releaseFromName("stores.csv")).isNull();
    }
}
