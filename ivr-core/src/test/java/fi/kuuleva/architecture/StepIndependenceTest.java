package fi.kuuleva.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The engine's steps never call one another: each returns a {@code Next} and only {@code FlowEngine} dispatches.
 * A step that reached into another would bring back the old FlowEngine/QuestionTurn tangle.
 */
class StepIndependenceTest {

    private static final List<String> STEPS = List.of("LanguageStep", "ConsentStep", "QuestionStep",
            "ConfirmationStep", "QuestionRetry", "Progress");

    @Test
    void noStepDependsOnAnotherStep() {
        JavaClasses flow = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.kuuleva.flow");
        Set<String> crossings = new TreeSet<>();
        for (String step : STEPS) {
            JavaClass from = flow.get("fi.kuuleva.flow." + step);
            for (Dependency dependency : from.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getSimpleName();
                if (STEPS.contains(target) && !target.equals(step)) {
                    crossings.add(step + " -> " + target);
                }
            }
        }
        assertEquals(Set.of(), crossings);
    }
}
