package kr.sanggwon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.common.Progress;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fact rows go in with plain INSERT while the table is empty (the fast path) and with MERGE otherwise; a key that
 * repeats inside one file still ends as MERGE would leave it (the last row wins), never as an error or a duplicate.
 */
class FactInsertModeTest {
    private static final String HEADER = "기준_년분기_코드,상권_구분_코드,상권_구분_코드_명,상권_코드,상권_코드_명,서비스_업종_코드,"
            + "서비스_업종_코드_명,점포_수,유사_업종_점포_수,개업_율,개업_점포_수,폐업_률,폐업_점포_수,프랜차이즈_점포_수";

    @TempDir
    Path dir;
    Database db;
    ImportService service;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        service = new ImportService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path file(String name, List<String> rows) throws Exception {
        Path f = dir.resolve(name);
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(rows);
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    private static String row(int quarter, String district, String industry, int stores) {
        return quarter + ",A,골목상권," + district + ",테스트상권," + industry + ",커피-음료," + stores + "," + (stores + 1) + ",0,0,0,0,1";
    }

    @Test
    void aKeyRepeatedInOneFileIntoAnEmptyTableEndsWithTheLastRow() throws Exception {
        ImportResult r = service.importFile(file("dup.csv", List.of(row(20241, "3110001", "CS100010", 3),
                row(20241, "3110002", "CS100010", 4), row(20241, "3110001", "CS100010", 9))), Progress.NONE);
        assertThat(r.rowsImported()).isEqualTo(3);
        assertThat(r.rowsRejected()).isZero();
        assertThat(count("SELECT COUNT(*) FROM stores_q")).isEqualTo(2);
        assertThat(count("SELECT independent_stores FROM stores_q WHERE district_code = '3110001'")).isEqualTo(9);
    }

    @Test
    void aKeyRepeatedInALaterBatchReplaysThatBatchAsMerge() throws Exception {
        List<String> rows = new ArrayList<>();
        int n = kr.sanggwon.store.BatchedUpsert.BATCH + 1_500;
        for (int i = 0; i < n; i++) {
            rows.add(row(20241, String.valueOf(3_200_000 + i), "CS100010", i % 50));
        }
        rows.add(row(20241, "3200007", "CS100010", 777));
        rows.add(row(20241, "3299999", "CS100010", 5));
        service.importFile(file("late.csv", rows), Progress.NONE);
        assertThat(count("SELECT COUNT(*) FROM stores_q")).isEqualTo(n + 1);
        assertThat(count("SELECT independent_stores FROM stores_q WHERE district_code = '3200007'")).isEqualTo(777);
        assertThat(count("SELECT COUNT(*) FROM district_quarter_kpi")).isEqualTo(n + 1);
    }

    @Test
    void aFileIntoATableThatHasRowsReplacesThemByKey() throws Exception {
        service.importFile(file("a.csv", List.of(row(20241, "3110001", "CS100010", 3), row(20241, "3110002", "CS100010", 4))),
                Progress.NONE);
        service.importFile(file("b.csv", List.of(row(20241, "3110001", "CS100010", 8), row(20242, "3110001", "CS100010", 6))),
                Progress.NONE);
        assertThat(count("SELECT COUNT(*) FROM stores_q")).isEqualTo(3);
        assertThat(count("SELECT independent_stores FROM stores_q WHERE district_code = '3110001' AND quarter = 20241")).isEqualTo(8);
        assertThat(count("SELECT independent_stores FROM stores_q WHERE district_code = '3110002'")).isEqualTo(4);
    }

    @Test
    void aRefusedFileLeavesAnEmptyTableEmpty() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(i % 2 == 0 ? row(20241, String.valueOf(3_300_000 + i), "CS100010", 2) : "20241,A,골목상권,33000" + i + ",x,CS100010,x,abc,def,0,0,0,0,1");
        }
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> service.importFile(file("bad.csv", rows), Progress.NONE)))
                .isInstanceOf(ImportException.class);
        assertThat(count("SELECT COUNT(*) FROM stores_q")).isZero();
        assertThat(count("SELECT COUNT(*) FROM import_batch")).isZero();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
