package kr.sanggwon.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceHomeTest {
    /** Two files of the bundled sample (fictional city): its 상권 and their stores. */
    static final Path SAMPLE_AREA = Path.of("sample-data", "서울시 상권분석서비스(영역-상권).csv");
    static final Path SAMPLE_STORES = Path.of("sample-data", "서울시 상권분석서비스(점포-상권).csv");

    @TempDir
    Path dir;

    @Test
    void aFreshHomeStartsOnTheSampleAndRemembersTheWorkspaceInUse() {
        WorkspaceHome home = WorkspaceHome.open(dir);
        assertThat(home.current().isSample()).isTrue();
        assertThat(home.current().folder()).isEqualTo(dir.toAbsolutePath().resolve("sample"));
        Workspace own = home.newOwn(null);
        Workspace second = home.newOwn("성수동 상담");
        assertThat(own.id()).isEqualTo("own-1");
        assertThat(second.id()).isEqualTo("own-2");
        home.setCurrent(second);

        WorkspaceHome again = WorkspaceHome.open(dir);
        assertThat(again.current()).isEqualTo(second);
        assertThat(again.list()).extracting(Workspace::id).containsExactly("sample", "own-1", "own-2");
        assertThat(again.list().get(2).label()).isEqualTo("성수동 상담");
        assertThat(WorkspaceHome.workspaceFolder(dir)).as("the CLI follows the app").isEqualTo(second.folder());
        assertThat(WorkspaceHome.workspaceFolder(second.folder())).as("a plain folder is a workspace itself")
                .isEqualTo(second.folder());
    }

    @Test
    void aPreviousVersionsFolderWithOnlyTheSampleBecomesTheSampleWorkspaceInPlace() throws Exception {
        try (AppContext old = AppContext.open(dir)) {
            old.importService().importFile(SAMPLE_AREA, Progress.NONE);
        }
        WorkspaceHome home = WorkspaceHome.open(dir);
        assertThat(home.current().isSample()).isTrue();
        assertThat(home.current().folder()).isEqualTo(dir.toAbsolutePath());
        assertThat(home.sample().folder()).isEqualTo(dir.toAbsolutePath());
        try (AppContext app = AppContext.openFolder(dir)) {
            assertThat(app.workspaceMarker().kind()).contains(WorkspaceKind.SAMPLE);
            assertThat(app.districtCatalog().search().size()).isEqualTo(60);
        }
    }

    @Test
    void aPreviousVersionsFolderWithTheSampleMixedIntoRealDataKeepsOnlyTheRealData() throws Exception {
        Path realArea = TestData.require(TestData.seoul("영역-상권"));
        Path realStores = TestData.require(TestData.seoul("점포-상권"));
        long realStoreRows;
        try (AppContext old = AppContext.open(dir)) {
            old.importService().importFile(SAMPLE_AREA, Progress.NONE);
            old.importService().importFile(SAMPLE_STORES, Progress.NONE);
            old.importService().importFile(realArea, Progress.NONE);
            old.importService().importFile(realStores, Progress.NONE);
            assertThat(old.districtCatalog().search().size()).isEqualTo(1710);
            try (Connection c = old.database().connection(); Statement st = c.createStatement()) {
                realStoreRows = count(st, "SELECT COUNT(*) FROM stores_q WHERE district_code NOT LIKE '3118%'"
                        + " AND district_code NOT LIKE '3128%' AND district_code NOT LIKE '3138%' AND district_code NOT LIKE '3008%'");
                assertThat(count(st, "SELECT COUNT(*) FROM stores_q")).isGreaterThan(realStoreRows);
            }
        }
        WorkspaceHome home = WorkspaceHome.open(dir);
        assertThat(home.current().kind()).isEqualTo(WorkspaceKind.OWN);
        assertThat(home.current().label()).isEqualTo("내 데이터 (이전 버전)");
        assertThat(home.sample().folder()).as("the sample gets a workspace of its own").isEqualTo(dir.toAbsolutePath().resolve("sample"));
        try (AppContext app = AppContext.openFolder(dir); Connection c = app.database().connection(); Statement st = c.createStatement()) {
            assertThat(app.workspaceMarker().kind()).contains(WorkspaceKind.OWN);
            assertThat(app.districtCatalog().search().size()).isEqualTo(1650);
            assertThat(count(st, "SELECT COUNT(*) FROM stores_q")).isEqualTo(realStoreRows);
            assertThat(count(st, "SELECT COUNT(*) FROM import_batch")).as("the sample's import records are gone").isEqualTo(2);
            assertThat(count(st, "SELECT COUNT(*) FROM district_quarter_kpi WHERE district_code LIKE '3118%'")).isZero();
            assertThat(count(st, "SELECT COUNT(*) FROM district_quarter_kpi")).as("summaries rebuilt from the real rows").isPositive();
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
