package fi.kuuleva.admin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The service's packages: no package imports another that imports it back, the demo never reaches production code,
 * and the report figures (what analysts see) never read the dialler's or the call side's stores.
 */
@AnalyzeClasses(packages = "fi.kuuleva.admin", importOptions = ImportOption.DoNotIncludeTests.class)
class ServiceArchitectureTest {

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("fi.kuuleva.admin.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noDemo = noClasses().should().dependOnClassesThat().resideInAPackage("fi.kuuleva.demo..")
            .because("the demo plugs into the service's ports; the production service has no demo code path");

    @ArchTest
    static final ArchRule reportsReadNoCallRecords = noClasses().that().resideInAPackage("fi.kuuleva.admin.report..")
            .should().dependOnClassesThat().resideInAnyPackage("fi.kuuleva.calls..", "fi.kuuleva.dialler..")
            .because("analysts' figures come from aggregates and counts, never from call records");
}
