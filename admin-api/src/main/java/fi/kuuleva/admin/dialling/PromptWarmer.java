package fi.kuuleva.admin.dialling;

import fi.kuuleva.admin.campaign.CampaignStarted;
import fi.kuuleva.admin.survey.SurveyEngines;
import fi.kuuleva.calls.Telephony;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes every prompt of a campaign's survey when it starts, off the request thread, so first calls do not wait. */
@Singleton
@Requires(beans = Telephony.class)
class PromptWarmer {

    private static final Logger LOG = LoggerFactory.getLogger(PromptWarmer.class);

    private final Telephony telephony;
    private final SurveyEngines engines;

    PromptWarmer(Telephony telephony, SurveyEngines engines) {
        this.telephony = telephony;
        this.engines = engines;
    }

    @EventListener
    @Async
    void onStart(CampaignStarted started) {
        try {
            engines.engine(started.surveyVersionId()).ifPresent(engine -> telephony.preparePrompts(engine.survey()));
        } catch (RuntimeException e) {
            LOG.error("Cannot prepare the prompts of campaign {}: {}", started.campaignId(), e.getMessage());
        }
    }
}
