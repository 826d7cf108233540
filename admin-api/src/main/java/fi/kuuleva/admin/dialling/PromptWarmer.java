package fi.kuuleva.admin.dialling;

import fi.kuuleva.admin.campaign.CampaignStarted;
import fi.kuuleva.admin.survey.SurveyEngines;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every prompt of a campaign's survey when it starts, so first calls do not wait: only once the start has
 * committed (a rolled-back start prepares nothing), and on the warmer's own thread, which carries no transaction or
 * connection of the request and so reads with a connection of its own. One survey at a time, in start order.
 */
@Singleton
@Requires(beans = SurveyPrompts.class)
class PromptWarmer {

    private static final Logger LOG = LoggerFactory.getLogger(PromptWarmer.class);

    private final SurveyPrompts prompts;
    private final SurveyEngines engines;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread warmer = new Thread(runnable, "prompt-warmer");
        warmer.setDaemon(true);
        return warmer;
    });

    PromptWarmer(SurveyPrompts prompts, SurveyEngines engines) {
        this.prompts = prompts;
        this.engines = engines;
    }

    /** After the start's transaction commits (at once when there is none). */
    @TransactionalEventListener
    void onStart(CampaignStarted started) {
        thread.execute(() -> warm(started));
    }

    private void warm(CampaignStarted started) {
        try {
            engines.engine(started.surveyVersionId()).ifPresent(engine -> prompts.prepare(engine.survey()));
        } catch (RuntimeException e) {
            LOG.error("Cannot prepare the prompts of campaign {}: {}", started.campaignId(), e.getMessage());
        }
    }

    @PreDestroy
    void close() {
        thread.shutdownNow();
    }
}
