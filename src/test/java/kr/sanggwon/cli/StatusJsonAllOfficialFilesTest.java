package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": every official file in ../shared/data imported through the CLI, then
 * {@code status --json} reports the right dataset, quarters and row counts for each file and each dataset.
 */
class StatusJsonAllOfficialFilesTest {
    /** file → dataset id, official name, rows imported, first and last quarter (0 = none). */
    private static final Object[][] FILES = {
        {"seoul/서울시 상권분석서비스(영역-상권).csv", "AREA_TRDAR", "영역-상권", 1650, 0, 0},
        {"seoul/서울시 상권분석서비스(영역-상권).shp", "SHAPE_T", "영역-상권(shp)", 1650, 0, 0},
        {"seoul/서울시 상권분석서비스(영역-행정동).json", "AREA_ADSTRD", "영역-행정동", 425, 0, 0},
        {"seoul/서울시 상권분석서비스(상권변화지표-상권).csv", "CHANGE_T", "상권변화지표-상권", 42900, 20191, 20252},
        {"seoul/서울시 상권분석서비스(집객시설-상권).csv", "FACILITY_T", "집객시설-상권", 29982, 20204, 20252},
        {"seoul/서울시 상권분석서비스(아파트-상권).csv", "APARTMENT_T", "아파트-상권", 33821, 20194, 20252},
        {"seoul/서울시 상권분석서비스(길단위인구-행정동).csv", "FLOATING_D", "길단위인구-행정동", 10625, 20191, 20251},
        {"seoul/서울시 상권분석서비스(소득소비-행정동).csv", "INCOME_D", "소득소비-행정동", 9350, 20191, 20242},
        {"seoul/서울시 상권분석서비스(집객시설-행정동).csv", "FACILITY_D", "집객시설-행정동", 6375, 20204, 20242},
        {"seoul/서울시 상권분석서비스(상주인구-상권).csv", "RESIDENT_T", "상주인구-상권", 50, 20262, 20262},
        {"seoul/서울시 상권분석서비스(소득소비-상권).csv", "INCOME_T", "소득소비-상권", 50, 20253, 20253},
        {"seoul/서울시 상권분석서비스(직장인구-상권).csv", "WORKER_T", "직장인구-상권", 6549, 20241, 20244},
        {"seoul/서울시 상권분석서비스(길단위인구-상권).csv", "FLOATING_T", "길단위인구-상권", 6595, 20241, 20244},
        {"seoul/서울시 상권분석서비스(점포-상권).csv", "STORES_T", "점포-상권", 5795, 20241, 20251},
        {"seoul/sample_stores_2024.csv", "STORES_T", "점포-상권", 100, 20241, 20241},
        {"seoul/sample_sales_2024.csv", "SALES_T", "추정매출-상권", 100, 20241, 20241},
        {"seoul/서울시 상권분석서비스(추정매출-행정동).csv", "SALES_D", "추정매출-행정동", 1680, 20241, 20244},
        {"semas/소상공인시장진흥공단_상가(상권)정보_서울_202212.csv", "SEMAS_STORES", "상가(상권)정보", 2, 0, 0},
        {"semas/소상공인시장진흥공단_상가(상권)정보_전남_202212.csv", "SEMAS_STORES", "상가(상권)정보", 2, 0, 0},
    };

    /** dataset id → rows now in the database, first and last quarter (the two 점포 files overlap in 1 row). */
    private static final Object[][] DATASETS = {
        {"AREA_TRDAR", 1650, 0, 0}, {"SHAPE_T", 1650, 0, 0}, {"AREA_ADSTRD", 425, 0, 0},
        {"CHANGE_T", 42900, 20191, 20252}, {"FACILITY_T", 29982, 20204, 20252}, {"APARTMENT_T", 33821, 20194, 20252},
        {"FLOATING_D", 10625, 20191, 20251}, {"INCOME_D", 9350, 20191, 20242}, {"FACILITY_D", 6375, 20204, 20242},
        {"RESIDENT_T", 50, 20262, 20262}, {"INCOME_T", 50, 20253, 20253}, {"WORKER_T", 6549, 20241, 20244},
        {"FLOATING_T", 6595, 20241, 20244}, {"STORES_T", 5894, 20241, 20251}, {"SALES_T", 100, 20241, 20241},
        {"SALES_D", 1680, 20241, 20244}, {"SEMAS_STORES", 4, 0, 0},
    };

    @TempDir
    Path dir;

    @Test
    void statusJsonReportsDatasetQuartersAndRowsForEveryOfficialFile() throws Exception {
        List<String> args = new ArrayList<>(List.of("--data-dir", dir.toString(), "import", "--no-train"));
        for (Object[] f : FILES) {
            args.add(TestData.require(TestData.SHARED.resolve((String) f[0])).toString());
        }
        StringWriter err = new StringWriter();
        assertThat(MainCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new)))
                .as(err.toString()).isZero();

        StringWriter out = new StringWriter();
        assertThat(MainCommand.run(new PrintWriter(out), new PrintWriter(err), "--data-dir", dir.toString(), "status", "--json")).isZero();
        JsonNode status = new ObjectMapper().readTree(out.toString());

        Map<String, JsonNode> byFile = new HashMap<>();
        status.get("lastImports").forEach(b -> byFile.put(b.get("fileName").asText(), b));
        for (Object[] f : FILES) {
            String name = Path.of((String) f[0]).getFileName().toString();
            JsonNode b = byFile.get(name);
            assertThat(b).as(name).isNotNull();
            assertThat(b.get("dataset").asText()).as(name).isEqualTo(f[1]);
            assertThat(b.get("datasetName").asText()).as(name).isEqualTo(f[2]);
            assertThat(b.get("rowsImported").asLong()).as(name).isEqualTo(((Integer) f[3]).longValue());
            assertThat(b.get("rowsRejected").asLong()).as(name).isZero();
            assertQuarters(name, b.get("quarters"), (int) f[4], (int) f[5]);
        }

        Map<String, JsonNode> byDataset = new HashMap<>();
        status.get("datasets").forEach(d -> byDataset.put(d.get("id").asText(), d));
        assertThat(byDataset).hasSize(DATASETS.length);
        for (Object[] d : DATASETS) {
            JsonNode node = byDataset.get((String) d[0]);
            assertThat(node.get("rows").asLong()).as((String) d[0]).isEqualTo(((Integer) d[1]).longValue());
            assertQuarters((String) d[0], node.get("quarters"), (int) d[2], (int) d[3]);
        }
        assertThat(byDataset.get("SEMAS_STORES").get("releases").get(0).asText()).isEqualTo("202212");
        assertThat(status.get("shapes").asLong()).isEqualTo(1650);
        assertThat(status.get("storeListings").asLong()).isEqualTo(4);
    }

    /** The quarters run without gaps from first to last (every file here covers a contiguous range). */
    private static void assertQuarters(String what, JsonNode quarters, int first, int last) {
        List<Integer> expected = new ArrayList<>();
        for (int q = first; first > 0 && q <= last; q = q % 10 == 4 ? (q / 10 + 1) * 10 + 1 : q + 1) {
            expected.add(q);
        }
        List<Integer> actual = new ArrayList<>();
        quarters.forEach(q -> actual.add(q.asInt()));
        assertThat(actual).as(what + " quarters").isEqualTo(expected);
    }
}
