package kr.sanggwon.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.TestData;
import kr.sanggwon.common.CsvCells;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.ingest.ImportResult;
import kr.sanggwon.ingest.ImportService;
import kr.sanggwon.store.Database;
import kr.sanggwon.ui.chart.ChartCsv;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that starts like a formula never reaches a CSV export as a live formula; plain negative numbers stay numbers. */
class FormulaInjectionTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"클릭\")", "+1+2", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "=상권"})
    void formulaLikeTextGetsAnApostrophe(String text) {
        assertThat(CsvCells.safe(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12", "-3.5%", "-1,234,567", "+7", "1e5", "신림역", "", "A=B", "강남 @ 역"})
    void numbersAndOrdinaryTextAreLeftAlone(String text) {
        assertThat(CsvCells.safe(text)).isEqualTo(text);
    }

    @Test
    void chartCsvExportNeutralisesSeriesAndCategoryNames() {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        d.addValue(-5, "=cmd|' /C calc'!A0", "@분기");
        d.addValue(7, "신림역", "@분기");
        String csv = ChartCsv.of(d);
        assertThat(csv.split("\r\n")).containsExactly(",'@분기", "'=cmd|' /C calc'!A0,-5", "신림역,7");
    }

    @Test
    void theRejectsFileOfAnImportNeverHoldsALiveFormulaFromTheImportedFile() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        List<String> lines = new ArrayList<>(Files.readAllLines(TestData.require(TestData.SEOUL.resolve("sample_sales_2024.csv"))));
        String[] cells = lines.get(2).split(",", -1);
        cells[7] = "=1+2*3";
        lines.set(2, String.join(",", cells));
        Path file = Files.write(dir.resolve("formula.csv"), lines, StandardCharsets.UTF_8);
        try (Database db = Database.open(dir.resolve("data"))) {
            ImportResult r = new ImportService(db).importFile(file, Progress.NONE);
            assertThat(r.rowsRejected()).isEqualTo(1);
            List<String> rejects = Files.readAllLines(r.rejectsFile(), StandardCharsets.UTF_8);
            assertThat(rejects.get(1)).contains(",'=1+2*3,").doesNotContain(",=1+2*3");
        }
    }
}
