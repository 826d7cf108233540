package fi.kuuleva.campaign.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/** The campaign domain stays pure: no framework or database, no wall clock, no sleeping, no package cycles. */
@AnalyzeClasses(packages = "fi.kuuleva.campaign", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noFrameworks = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.micronaut..", "org.apache.camel..", "org.asteriskjava..", "jakarta..",
                    "java.sql..", "fi.kuuleva.telephony..")
            .because("admin-api and the dispatcher call this domain code; it does not call them");

    @ArchTest
    static final ArchRule timeComesFromTheCaller = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(Thread.class, "sleep", long.class)
            .because("every decision takes the instant or an injected Clock, so tests never wait");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("fi.kuuleva.campaign.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule attemptsKnowNothingOfSchedulingOrImport = noClasses()
            .that().resideInAPackage("fi.kuuleva.campaign.attempts..")
            .should().dependOnClassesThat().resideInAnyPackage("fi.kuuleva.campaign.schedule..",
                    "fi.kuuleva.campaign.respondents..", "fi.kuuleva.campaign.pacing..");

    @ArchTest
    static final ArchRule importKnowsNothingOfCalling = noClasses()
            .that().resideInAPackage("fi.kuuleva.campaign.respondents..")
            .should().dependOnClassesThat().resideInAnyPackage("fi.kuuleva.campaign.schedule..",
                    "fi.kuuleva.campaign.attempts..", "fi.kuuleva.campaign.pacing..");
}
