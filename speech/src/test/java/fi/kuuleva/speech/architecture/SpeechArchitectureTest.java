package fi.kuuleva.speech.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The speech packages depend on one another in one direction only: no package cycles in main code. */
@AnalyzeClasses(packages = "fi.kuuleva.speech", importOptions = ImportOption.DoNotIncludeTests.class)
class SpeechArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("fi.kuuleva.(**)").should().beFreeOfCycles()
            .because("a loop means one concept has no home (SpeechSetupException once tied speech, asr, prompt, tts)");
}
