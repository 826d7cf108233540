package fi.kuuleva.admin.dialling;

import fi.kuuleva.calls.Telephony;
import fi.kuuleva.survey.Survey;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The survey prompts of this instance's telephony, where the instance places calls. */
@Singleton
@Requires(beans = Telephony.class)
class TelephonyPrompts implements SurveyPrompts {

    private final Telephony telephony;

    TelephonyPrompts(Telephony telephony) {
        this.telephony = telephony;
    }

    @Override
    public void prepare(Survey survey) {
        telephony.preparePrompts(survey);
    }
}
