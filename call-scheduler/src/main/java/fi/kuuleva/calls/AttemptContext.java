package fi.kuuleva.calls;

import fi.kuuleva.campaign.attempts.AttemptStatus;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * An attempt with its respondent and the survey version its campaign pins; the number is null once erased. {@code
 * language} is the register's, {@code earlierLanguage} the one the respondent's latest earlier attempt that reached
 * the language step went on in (null if none did); {@code voicemailLeft} whether an attempt already left the survey's message on the
 * respondent's answering machine.
 */
@Introspected
record AttemptContext(long attemptId, long respondentId, long campaignId, AttemptStatus state,
                      @Nullable String phoneE164,
                      @Nullable String language, long surveyVersionId, @Nullable String earlierLanguage,
                      boolean voicemailLeft) {

    /**
     * The language the call starts in: the one the resident's earlier call went on in (chosen there, or the
     * register's then), else the register's. A resident who switched language on the first call is not asked in the
     * register's language again.
     */
    @Nullable
    String knownLanguage() {
        return earlierLanguage != null ? earlierLanguage : language;
    }
}
