package kr.sanggwon.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Layer rules: the core never touches JavaFX; only the CLI prints; nobody prints stack traces; no cycles among analyses. */
class ArchitectureTest {
    /** The analysis packages (with their sub-packages): each may use another, never in a circle. */
    static final List<String> ANALYSES = List.of("district", "customer", "compare", "health", "estimate", "finance", "recommend", "search", "geo", "wizard");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kr.sanggwon");

    @Test
    void coreNeverImportsJavaFx() {
        noClasses().that().resideOutsideOfPackages("kr.sanggwon.ui..", "kr.sanggwon")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCliWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("kr.sanggwon.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(CLASSES);
    }

    @Test
    void noStackTracePrinting() {
        noClasses().should().callMethod(Throwable.class, "printStackTrace").check(CLASSES);
    }

    @Test
    void coreDoesNotDependOnTheCliOrUi() {
        noClasses().that().resideOutsideOfPackages("kr.sanggwon.cli..", "kr.sanggwon.ui..", "kr.sanggwon")
                .should().dependOnClassesThat().resideInAnyPackage("kr.sanggwon.cli..", "kr.sanggwon.ui..")
                .check(CLASSES);
    }

    @Test
    void theStoreKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("kr.sanggwon.store..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("kr.sanggwon..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage("kr.sanggwon.store..", "kr.sanggwon.common.."))))
                .check(CLASSES);
    }

    /** Analyses read the store, never the importer; district, customer and health still do and are to follow. */
    @Test
    void analysesDoNotImportTheImporter() {
        noClasses().that().resideInAnyPackage("kr.sanggwon.estimate..", "kr.sanggwon.finance..", "kr.sanggwon.recommend..",
                        "kr.sanggwon.search..", "kr.sanggwon.geo..")
                .should().dependOnClassesThat().resideInAPackage("kr.sanggwon.ingest..")
                .check(CLASSES);
    }


    /**
     * Where {@code java.sql} may be used (issue #9): the store kernel, classes named {@code …Repository}, and the classes
     * below that still hold SQL, each with the reason. The list may only shrink: a new class with SQL fails this test
     * (put the SQL in the feature's repository, which throws {@code store.DataAccessException}, not SQLException), and
     * so does an entry that no longer needs to be here ({@link #sqlAllowListHasNoStaleEntries}).
     */
    static final Map<String, String> SQL_ALLOWED = sqlAllowed();

    private static Map<String, String> sqlAllowed() {
        Map<String, String> m = new TreeMap<>();
        String harness = "benchmark/reliability harness: times or fingerprints raw tables on purpose";
        for (String c : List.of("bench.BenchData", "bench.ImportBenchmark", "bench.QueryBenchmark", "bench.RecommendBenchmark",
                "reliability.FuzzRun", "reliability.ImportProbe", "reliability.TableFingerprint")) {
            m.put(c, harness);
        }
        m.put("bench.FullScaleGenerator", "benchmark data generator: writes the full-scale raw rows and summaries directly");
        String infra = "workspace/backup infrastructure reading its own small tables; candidates for store";
        for (String c : List.of("backup.BackupService", "backup.BackupVerifier", "sample.SampleLoader")) {
            m.put(c, infra);
        }
        m.put("workspace.LegacyWorkspace", "one-off adoption of a pre-workspace folder: deletes the sample's rows and rebuilds the "
                + "summaries with ingest's SummaryRepository in one transaction; moves with the ingest repository");
        return m;
    }

    /** The top-level class of {@code c} (a lambda or nested class counts as its outer class). */
    private static String topLevel(JavaClass c) {
        String name = c.getName().substring("kr.sanggwon.".length());
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }

    private static boolean sqlAllowed(JavaClass c) {
        String top = topLevel(c);
        return top.startsWith("store.") || top.endsWith("Repository") || SQL_ALLOWED.containsKey(top);
    }

    @Test
    void javaSqlOnlyInTheStoreAndRepositories() {
        noClasses().that(DescribedPredicate.describe("are not in store, not a …Repository and not on the SQL allow-list",
                        (JavaClass c) -> !sqlAllowed(c)))
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(CLASSES);
    }

    @Test
    void sqlAllowListHasNoStaleEntries() {
        Set<String> using = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                if (d.getTargetClass().getPackageName().startsWith("java.sql")) {
                    using.add(topLevel(c));
                }
            }
        }
        Set<String> stale = new TreeSet<>(SQL_ALLOWED.keySet());
        stale.removeAll(using);
        org.assertj.core.api.Assertions.assertThat(stale).as("allow-listed but no longer using java.sql: remove them").isEmpty();
    }

    /**
     * No package cycles among the analyses: a circle (district ↔ customer, as before 상권 비교 got its own package)
     * means neither can be understood, tested or moved without the other.
     */
    @Test
    void analysesHaveNoPackageCycles() {
        slices().assignedFrom(analysisPackages()).should().beFreeOfCycles().check(CLASSES);
    }

    /** One slice per analysis package; every other class is left out. */
    static SliceAssignment analysisPackages() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                for (String a : ANALYSES) {
                    String p = "kr.sanggwon." + a;
                    if (c.getPackageName().equals(p) || c.getPackageName().startsWith(p + ".")) {
                        return SliceIdentifier.of(a);
                    }
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the analysis packages " + ANALYSES;
            }
        };
    }
}
