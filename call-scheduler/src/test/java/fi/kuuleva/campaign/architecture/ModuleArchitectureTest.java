package fi.kuuleva.campaign.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The whole module: no package imports another that imports it back; the dialler and the call side know nothing of
 * the service that assembles them (admin-api) nor of its demo, which plug in through the ports they own.
 */
@AnalyzeClasses(packages = {"fi.kuuleva.campaign", "fi.kuuleva.dialler", "fi.kuuleva.calls", "fi.kuuleva.telephony"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("fi.kuuleva.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noServiceOrDemo = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("fi.kuuleva.admin..", "fi.kuuleva.demo..")
            .because("the service assembles this module and the demo plugs into its ports, never the other way");

    @ArchTest
    static final ArchRule callsKnowNothingOfDialling = noClasses().that().resideInAPackage("fi.kuuleva.calls..")
            .should().dependOnClassesThat().resideInAPackage("fi.kuuleva.dialler..")
            .because("the dialler places calls and is told how they ended; the call side does not drive it");

    @ArchTest
    static final ArchRule domainKnowsNothingOfTheService = noClasses().that().resideInAPackage("fi.kuuleva.campaign..")
            .should().dependOnClassesThat().resideInAnyPackage("fi.kuuleva.dialler..", "fi.kuuleva.calls..");
}
