package fi.kuuleva.admin.campaign;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.respondent.RespondentRepository;
import fi.kuuleva.admin.respondent.RespondentStatus;
import fi.kuuleva.campaign.Decision;
import fi.kuuleva.campaign.Rejected;
import fi.kuuleva.campaign.schedule.CampaignLifecycle;
import fi.kuuleva.campaign.schedule.CampaignState;
import fi.kuuleva.campaign.schedule.FinnishHolidays;
import fi.kuuleva.campaign.schedule.Holidays;
import fi.kuuleva.dialler.DispatcherConfig;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;

/**
 * Starts, pauses, resumes and cancels campaigns through call-scheduler's {@link CampaignLifecycle}. The campaign row
 * is locked first, so a change waits for the dispatcher's claims in progress and the next claim sees it. Thread-safe.
 */
@Singleton
public class CampaignStates {

    /** An officer's state change: the state it must come from and the state it goes to. */
    public enum Change {
        START(CampaignState.DRAFT, CampaignState.RUNNING),
        PAUSE(CampaignState.RUNNING, CampaignState.PAUSED),
        RESUME(CampaignState.PAUSED, CampaignState.RUNNING),
        CANCEL(null, CampaignState.CANCELLED);

        private final CampaignState from;
        private final CampaignState to;

        Change(CampaignState from, CampaignState to) {
            this.from = from;
            this.to = to;
        }
    }

    private final CampaignRepository campaigns;
    private final RespondentRepository respondents;
    private final Auditor audit;
    private final Holidays holidays;
    private final Clock clock;
    private final ApplicationEventPublisher<CampaignStarted> events;

    public CampaignStates(CampaignRepository campaigns, RespondentRepository respondents, Auditor audit,
                          DispatcherConfig dispatcher, Clock clock, ApplicationEventPublisher<CampaignStarted> events) {
        this.campaigns = campaigns;
        this.respondents = respondents;
        this.audit = audit;
        this.holidays = dispatcher.publicHolidays() ? new FinnishHolidays() : Holidays.none();
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public CampaignView change(long id, Change change, String officer) {
        StoredCampaign campaign = campaigns.lockById(id).orElseThrow(() -> Campaigns.notFound(id));
        String verb = change.name().toLowerCase();
        if (change.from != null && campaign.state() != change.from) {
            throw ApiProblem.conflict("cannot " + verb + " a " + campaign.state().name().toLowerCase() + " campaign");
        }
        Decision decision = CampaignLifecycle.check(CampaignRules.of(campaign), change.to, holidays, clock.instant());
        if (decision instanceof Rejected rejected) {
            throw ApiProblem.conflict("cannot " + verb + " the campaign: " + rejected.detail());
        }
        // The dispatcher completes a running campaign with nobody pending at once, and a completed one takes no import.
        if (change == Change.START && respondents.countByCampaignIdAndStatus(id, RespondentStatus.PENDING) == 0) {
            throw ApiProblem.conflict("cannot start the campaign: it has nobody to call; import respondents first");
        }
        campaigns.update(id, change.to);
        audit.record(officer, "campaign." + verb, "campaign/" + id,
                Map.of("from", campaign.state().name(), "to", change.to.name()));
        if (change.to == CampaignState.RUNNING) {
            events.publishEvent(new CampaignStarted(id, campaign.surveyVersionId()));
        }
        return CampaignView.of(campaigns.findById(id).orElseThrow());
    }
}
