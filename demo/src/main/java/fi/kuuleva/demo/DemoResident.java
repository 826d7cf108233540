package fi.kuuleva.demo;

import fi.kuuleva.survey.Language;
import java.util.Map;

/**
 * DEMO ONLY: one simulated resident: a name for the summary, a number in the demo's range, the register language,
 * what they do (RESIDENT_* variables, {@code attempt<N>.} prefixed for one attempt only) and the outcome expected.
 */
public record DemoResident(String name, String phoneE164, Language language, String behaviour,
                           Map<String, String> variables, String expectedOutcome) {

    public DemoResident {
        variables = Map.copyOf(variables);
    }
}
