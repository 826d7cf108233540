package fi.kuuleva.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine stays pure: no framework, integration or telephony library, and no wall clock or threads. */
@AnalyzeClasses(packages = "fi.kuuleva", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noMicronautCamelOrAsteriskJava = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.micronaut..", "org.apache.camel..", "org.asteriskjava..", "jakarta.inject..")
            .because("ivr-core is the pure engine that every edge (phone, HTTP, console) runs");

    @ArchTest
    static final ArchRule theFlowHasNoClockThreadsOrIo = noClasses().that().resideInAnyPackage("fi.kuuleva.flow..",
                    "fi.kuuleva.survey..")
            .should().dependOnClassesThat().belongToAnyOf(java.time.Clock.class, java.time.Instant.class,
                    java.lang.Thread.class, java.util.concurrent.Executor.class, java.util.Random.class,
                    java.nio.file.Files.class, java.net.Socket.class)
            .because("the engine is deterministic: time, threads and I/O belong to the edges");

    @ArchTest
    static final ArchRule theEngineDoesNotCallThePlayer = noClasses().that().resideInAnyPackage("fi.kuuleva.flow..",
                    "fi.kuuleva.survey..", "fi.kuuleva.script..")
            .should().dependOnClassesThat().resideInAPackage("fi.kuuleva.play..");
}
