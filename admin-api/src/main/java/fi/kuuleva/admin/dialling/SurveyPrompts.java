package fi.kuuleva.admin.dialling;

import fi.kuuleva.survey.Survey;

/** Port: makes every prompt of a survey ahead of its calls (speech synthesis into the media folder). Thread-safe. */
@FunctionalInterface
interface SurveyPrompts {

    void prepare(Survey survey);
}
