package kr.sanggwon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Progress;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files import in any order into an empty database: fact files before and after the 영역 masters, 행정동 files
 * before and after the 영역-행정동 JSON, and the district table ends up the same.
 */
class ImportOrderTest {
    private static final List<Path> FILES = List.of(
            TestData.seoul("영역-상권"),
            AreaFilesImportTest.JSON,
            TestData.seoul("상주인구-상권"),
            TestData.seoul("소득소비-상권"),
            TestData.seoul("추정매출-행정동"),
            TestData.seoul("집객시설-행정동"),
            TestData.SEOUL.resolve("sample_stores_2024.csv"));

    @TempDir
    Path dir;

    @Test
    void districtTableIsTheSameWhateverTheOrder() throws Exception {
        List<List<Path>> orders = new ArrayList<>();
        orders.add(FILES);                                   // masters first
        List<Path> reversed = new ArrayList<>(FILES);
        Collections.reverse(reversed);
        orders.add(reversed);                                // facts first, JSON before 영역-상권
        List<Path> mixed = new ArrayList<>(FILES);
        Collections.swap(mixed, 0, 4);                       // a 행정동 fact file first, 영역-상권 in the middle
        Collections.swap(mixed, 1, 6);
        orders.add(mixed);

        String expectedDistricts = null;
        String expectedFacts = null;
        for (int i = 0; i < orders.size(); i++) {
            try (Database db = Database.open(dir.resolve("order" + i))) {
                ImportService service = new ImportService(db);
                for (Path f : orders.get(i)) {
                    service.importFile(TestData.require(f), Progress.NONE);
                }
                DbProbe probe = new DbProbe(db);
                String districts = probe.dump("SELECT * EXCEPT (batch_id) FROM district");
                String facts = probe.dump("SELECT * EXCEPT (batch_id) FROM sales_q") + probe.dump("SELECT * EXCEPT (batch_id) FROM facility_q")
                        + probe.dump("SELECT * FROM district_quarter_kpi") + probe.dump("SELECT * FROM industry");
                if (i == 0) {
                    expectedDistricts = districts;
                    expectedFacts = facts;
                    // the masters completed everything the facts named: 행정동 with their 자치구 name, 상권 with type
                    assertThat(probe.count("SELECT COUNT(*) FROM district WHERE lvl = 'D' AND (gu_name IS NULL OR x_tm IS NULL)")).isZero();
                    assertThat(probe.count("SELECT COUNT(*) FROM district WHERE from_master = FALSE")).isZero();
                    assertThat(probe.text("SELECT name || '|' || gu_name FROM district WHERE code = '11110615'"))
                            .isEqualTo("종로1·2·3·4가동|종로구");
                } else {
                    assertThat(districts).as("district table after order %d", i).isEqualTo(expectedDistricts);
                    assertThat(facts).as("fact tables after order %d", i).isEqualTo(expectedFacts);
                }
            }
        }
    }
}
