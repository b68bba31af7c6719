package kr.sanggwon.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
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
