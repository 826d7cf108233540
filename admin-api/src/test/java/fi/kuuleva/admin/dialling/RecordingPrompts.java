package fi.kuuleva.admin.dialling;

import fi.kuuleva.survey.Survey;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;

/** Survey prompts that only record which surveys were prepared, for tests that ask for them. */
@Singleton
@Requires(property = "test.recording-prompts", value = "true")
class RecordingPrompts implements SurveyPrompts {

    final List<String> prepared = new CopyOnWriteArrayList<>();
    final Semaphore calls = new Semaphore(0);

    @Override
    public void prepare(Survey survey) {
        prepared.add(survey.id());
        calls.release();
    }
}
