package kr.sanggwon.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI version of {@code bench fuzz}: 500 mutations of the official files and the bundled sample set, each refused
 * with a clear message (database unchanged) or imported whole; never an unhandled exception, a hang or half-written data.
 */
class FuzzLoopTest {
    static final int CASES = Integer.getInteger("fuzz.cases", 500);
    static final long SEED = Long.getLong("fuzz.seed", 20261205L);

    @TempDir
    Path work;

    @Test
    void fiveHundredMutatedRealFilesAreRefusedCleanlyOrImportedWhole() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        List<SeedFile> seeds = new ArrayList<>(SeedFiles.folder(TestData.require(TestData.seoul("상주인구-상권")).getParent()));
        seeds.addAll(SeedFiles.folder(TestData.require(TestData.MULTI.resolve(
                "서울시 상권분석서비스(추정매출-상권)_커피-음료_20233-20243.csv")).getParent()));
        seeds.addAll(SeedFiles.folder(TestData.SEMAS));
        seeds.addAll(SeedFiles.bundled());
        assertThat(seeds).hasSizeGreaterThan(30);

        FuzzRun.Report r = new FuzzRun(seeds, work, Duration.ofSeconds(60)).run(CASES, SEED, Progress.NONE);

        System.getLogger(FuzzLoopTest.class.getName()).log(System.Logger.Level.INFO, "fuzz: {0} cases, seed {1}: {2} refused, {3} imported, "
                + "{4} unhandled, {5} hangs, {6} half-written; refusals {7}", r.cases(), r.seed(), r.refused(), r.imported(),
                r.unhandled(), r.hung(), r.halfWritten(), r.refusalKeys());
        assertThat(r.failures()).as("seed %d", SEED).isEmpty();
        assertThat(r.refused() + r.imported()).isEqualTo(CASES);
        // both paths are exercised, else the mutations are too weak or too strong to prove anything
        assertThat(r.refused()).isGreaterThan(CASES / 10);
        assertThat(r.imported()).isGreaterThan(CASES / 10);
    }
}
