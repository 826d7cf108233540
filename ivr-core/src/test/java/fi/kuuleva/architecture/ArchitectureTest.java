package fi.kuuleva.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * ivr-core's layers: packages free of cycles; the engine ({@code fi.kuuleva.flow} and the survey model it runs)
 * pure: no framework, JSON, file or network I/O, threads or clocks; those belong to the edges (the codec in
 * {@code flow.json}, the script reader, the console player, the services).
 */
@AnalyzeClasses(packages = "fi.kuuleva", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ENGINE = {"fi.kuuleva.flow", "fi.kuuleva.survey.."};

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("fi.kuuleva.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noMicronautCamelOrAsteriskJava = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.micronaut..", "org.apache.camel..", "org.asteriskjava..", "jakarta.inject..")
            .because("ivr-core is the pure engine that every edge (phone, HTTP, console) runs");

    @ArchTest
    static final ArchRule theEngineHasNoJackson = noClasses().that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("the JSON form of sessions is the codec's (flow.json mix-ins), not the engine's records'");

    @ArchTest
    static final ArchRule theEngineHasNoClockThreadsOrIo = noClasses().that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                    "java.time..", "java.util.concurrent..")
            .orShould().dependOnClassesThat().belongToAnyOf(Thread.class, ThreadLocal.class, Runnable.class,
                    java.util.Random.class, java.util.Timer.class)
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .because("the engine is deterministic: time, threads and I/O belong to the edges");

    @ArchTest
    static final ArchRule theEngineUsesNoEdge = noClasses().that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("fi.kuuleva.flow.json..", "fi.kuuleva.script..",
                    "fi.kuuleva.play..")
            .because("the codec, the script reader and the console player use the engine, never the other way");
}
