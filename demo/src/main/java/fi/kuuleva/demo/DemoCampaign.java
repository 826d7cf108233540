package fi.kuuleva.demo;

import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.admin.campaign.CampaignStates;
import fi.kuuleva.admin.campaign.StoredCampaign;
import fi.kuuleva.admin.optout.DoNotCallStore;
import fi.kuuleva.admin.respondent.StoredRespondent;
import fi.kuuleva.admin.respondent.RespondentRepository;
import fi.kuuleva.admin.survey.PublishedVersion;
import fi.kuuleva.admin.survey.SurveyPublisher;
import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.schedule.CallingWindow;
import fi.kuuleva.campaign.schedule.CampaignState;
import fi.kuuleva.campaign.schedule.RetryRules;
import fi.kuuleva.script.InvalidScriptException;
import fi.kuuleva.script.SurveyScripts;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * DEMO ONLY: publishes a survey and starts a campaign of simulated residents with an always-open calling window
 * (every day 00:00-23:59, Helsinki time), short retry delays and the demo's texts ({@link DemoTexts}), as officers
 * start one. A fresh campaign each run; the demo's numbers are taken off the do-not-call list first, so that an
 * opt-out of an earlier run does not keep them from being called. With texts on, the first calls wait until the
 * pre-notices have left (at most {@link #PRE_NOTICES_WAIT}) instead of the campaign's hour.
 */
@Singleton
public class DemoCampaign {

    static final List<CallingWindow> ALWAYS_OPEN = List.of(CallingWindow.parse("MON-SUN", "00:00", "23:59"));
    static final Duration PRE_NOTICES_WAIT = Duration.ofSeconds(30);

    private final SurveyPublisher publisher;
    private final CampaignRepository campaigns;
    private final RespondentRepository respondents;
    private final SimulatedResidents simulated;
    private final DoNotCallStore doNotCall;
    private final CampaignStates states;
    private final DemoTexts texts;
    private final Clock clock;

    public DemoCampaign(SurveyPublisher publisher, CampaignRepository campaigns, RespondentRepository respondents,
                        SimulatedResidents simulated, DoNotCallStore doNotCall, CampaignStates states,
                        DemoTexts texts, Clock clock) {
        this.publisher = publisher;
        this.campaigns = campaigns;
        this.respondents = respondents;
        this.simulated = simulated;
        this.doNotCall = doNotCall;
        this.states = states;
        this.texts = texts;
        this.clock = clock;
    }

    public PublishedVersion publish(Path script) throws IOException, InvalidScriptException {
        return publisher.publish(Files.readString(script), SurveyScripts.Format.YAML, "demo");
    }

    /**
     * Creates and starts the campaign (its pre-notices planned in the start's transaction, as for officers); every
     * outcome that is retried is retried after {@code retryDelay}. Returns once the pre-notices have left.
     */
    public long start(String name, long surveyVersionId, int maxAttempts, Duration retryDelay,
                      List<DemoResident> residents) {
        Map<AttemptOutcome, Duration> delays = new EnumMap<>(AttemptOutcome.class);
        for (AttemptOutcome retried : List.of(AttemptOutcome.BUSY, AttemptOutcome.NO_ANSWER, AttemptOutcome.FAILED,
                AttemptOutcome.ANSWERED, AttemptOutcome.MACHINE, AttemptOutcome.HUNG_UP_MID_SURVEY,
                AttemptOutcome.NO_RESPONSE)) {
            delays.put(retried, retryDelay);
        }
        RetryRules retries = new RetryRules(delays);
        long id = campaigns.save(new StoredCampaign(null, name, surveyVersionId, CampaignState.DRAFT, null, null,
                ALWAYS_OPEN, retries, maxAttempts, 0, null, null)).id();
        texts.configure(id);
        for (DemoResident resident : residents) {
            doNotCall.remove(resident.phoneE164());
            StoredRespondent saved = respondents.save(StoredRespondent.pending(id, resident.phoneE164(), resident.language(),
                    "Lappeenranta", "75-84", 1947, "demo:" + resident.name(), clock.instant()));
            simulated.set(saved.id(), resident.variables());
        }
        states.change(id, CampaignStates.Change.START, "demo");
        long deadline = System.nanoTime() + PRE_NOTICES_WAIT.toNanos();
        while (texts.unsettled(id, true) > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        texts.callNow(id);
        return id;
    }
}
