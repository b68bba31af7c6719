package kr.sanggwon.health;

import static kr.sanggwon.district.Fixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kr.sanggwon.district.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataHealthServiceTest {
    @TempDir
    Path dir;
    Fixture fx;

    @BeforeEach
    void data() throws Exception {
        fx = new Fixture(dir);
        long b = fx.batch("RESIDENT_T", "T", "상주.csv");
        long s = fx.batch("STORES_T", "T", "점포.csv");
        fx.district("3110001", "T", "하나", "A", "11110515").district("3110002", "T", "둘", "A", null)
                .district("3110003", "T", "셋", "A", null).industry("CS100010", "커피-음료");
        int[] quarters = {20241, 20242, 20243, 20244};
        for (int q : quarters) {
            // households all zero; 3110001's residents never change; 3110003 appears only from 20243
            fx.insert("resident_q", row("district_code", "3110001", "quarter", q, "lvl", "T", "total", 500L, "households", 0L, "batch_id", b));
            fx.insert("resident_q", row("district_code", "3110002", "quarter", q, "lvl", "T", "total", 400L + q % 10, "households", 0L, "batch_id", b));
            if (q >= 20243) {
                fx.insert("resident_q", row("district_code", "3110003", "quarter", q, "lvl", "T", "total", 300L + q % 10, "households", 0L, "batch_id", b));
            }
            fx.insert("stores_q", row("district_code", "3110001", "industry_code", "CS100010", "quarter", q, "lvl", "T",
                    "stores", 2L + q % 10, "batch_id", s));
        }
        // SEMAS lists 20 coffee shops in the 행정동 of 3110001 where Seoul counts 6
        for (int i = 0; i < 20; i++) {
            fx.insert("store_listing", row("store_id", "S" + i, "cat_s_name", "커피전문점/카페/다방", "dong_code", "1111051500"));
        }
        fx.summarize();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void findsAllZeroColumnsFlatSeriesCodeChangesAndMissingDistricts() throws Exception {
        HealthReport r = fx.app.dataHealth().report();
        assertThat(r.columnIssues()).anySatisfy(c -> {
            assertThat(c.header()).isEqualTo("총_가구_수");
            assertThat(c.problem()).isEqualTo(HealthReport.ColumnIssue.Problem.ALL_ZERO);
        });
        assertThat(r.flatSeries()).singleElement().satisfies(f -> assertThat(f.examples()).containsExactly("3110001"));
        assertThat(r.codeChanges()).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo("RESIDENT_T");
            assertThat(c.quarter()).isEqualTo(20243);
            assertThat(c.appeared()).isEqualTo(1);
        });
        assertThat(r.missing()).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo("STORES_T");
            assertThat(m.count()).isEqualTo(2);
        });
        HealthReport.DatasetHealth res = r.datasets().stream().filter(d -> d.id().equals("RESIDENT_T")).findFirst().orElseThrow();
        assertThat(res.quarters()).containsExactly(20241, 20242, 20243, 20244);
    }

    @Test
    void semasListingsThatDisagreeWithSeoulCountsAreReported() throws Exception {
        HealthReport r = fx.app.dataHealth().report();
        assertThat(r.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.industryCode()).isEqualTo("CS100010");
            assertThat(d.semasStores()).isEqualTo(20);
            assertThat(d.seoulStores()).isEqualTo(6);
        });
    }

    @Test
    void warningsForADistrictNameTheAffectedDatasets() throws Exception {
        assertThat(fx.app.dataHealth().warningsFor("3110001")).extracting(DataWarning::kind)
                .contains(DataWarning.Kind.FLAT, DataWarning.Kind.DISAGREE);
        assertThat(fx.app.dataHealth().warningsFor("3110002")).extracting(DataWarning::kind)
                .contains(DataWarning.Kind.MISSING).doesNotContain(DataWarning.Kind.FLAT);
        // the sentence is rendered by the screen in its language, not in the global one at lookup time (ADR 0019)
        assertThat(fx.app.dataHealth().warningsFor("3110002")).filteredOn(w -> w.kind() == DataWarning.Kind.MISSING)
                .extracting(w -> w.message().render(java.util.Locale.ENGLISH)).allMatch(m -> m.startsWith("this district is missing from"));
        assertThat(fx.app.dataHealth().warningsFor("3110002")).filteredOn(w -> w.kind() == DataWarning.Kind.MISSING)
                .extracting(w -> w.message().render(java.util.Locale.KOREAN)).allMatch(m -> m.endsWith("자료에 이 상권이 없습니다"));
        assertThat(fx.app.districts().snapshot("3110001", null).warningsFor(kr.sanggwon.district.Metric.RESIDENTS)).isNotEmpty();
    }

    @Test
    void reportIsRecomputedAfterAnImportWithoutAnybodyAskingForIt() throws Exception {
        HealthReport first = fx.app.dataHealth().report();
        assertThat(fx.app.dataHealth().report()).as("served from memory").isSameAs(first);
        // a batch written past the import service: nothing announced, the cache stays
        fx.batch("WORKER_T", "T", "직장.csv");
        assertThat(fx.app.dataHealth().report()).isSameAs(first);
        // the database's change event (here: what the poll finds, as after another instance's import) drops it
        fx.app.database().versions().changed(kr.sanggwon.store.DataVersionService.Cause.IMPORT);
        assertThat(fx.app.dataHealth().report().dataVersion()).isGreaterThan(first.dataVersion());
    }

    @Test
    void anImportThroughTheImportServiceRefreshesTheCachedReport() throws Exception {
        long before = fx.app.dataHealth().report().dataVersion();
        // the first two lines of the real 상주인구-상권 file: a small import of the same dataset
        Path real = kr.sanggwon.TestData.require(kr.sanggwon.TestData.seoul("상주인구-상권"));
        Path csv = dir.resolve("상주인구-상권.csv");
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(real);
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(csv)) {
            // byte by byte: the file's encoding stays as it is (the importer detects it)
            for (int b, lines = 0; lines < 2 && (b = in.read()) >= 0; ) {
                out.write(b);
                lines += b == '\n' ? 1 : 0;
            }
        }
        fx.app.importService().importFile(csv, kr.sanggwon.common.Progress.NONE);
        assertThat(fx.app.dataHealth().report().dataVersion()).isGreaterThan(before);
    }
}
