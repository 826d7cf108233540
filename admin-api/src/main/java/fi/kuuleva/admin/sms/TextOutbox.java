package fi.kuuleva.admin.sms;

import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.admin.campaign.StoredCampaign;
import fi.kuuleva.admin.sms.smpp.SubmitOutcome;
import fi.kuuleva.campaign.schedule.CampaignState;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sending side of the texts' state machine. {@link #claimDue} commits the claim (SENDING) before anything is
 * submitted, so a text is submitted at most once even if the service stops right after: what it left SENDING becomes
 * UNCERTAIN, never QUEUED. Texts go only while their campaign may call (running, inside its calling calendar; a
 * completed campaign's follow-ups too); a cancelled campaign's texts are cancelled. Thread-safe.
 */
@Singleton
@Requires(property = "kuuleva.sms.enabled", value = "true")
public class TextOutbox {

    private final TextMessageStore messages;
    private final CampaignRepository campaigns;
    private final CampaignTextsStore texts;
    private final TextCalendars calendars;
    private final SmsConfig config;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    TextOutbox(TextMessageStore messages, CampaignRepository campaigns, CampaignTextsStore texts,
               TextCalendars calendars, SmsConfig config, Clock clock) {
        this.messages = messages;
        this.campaigns = campaigns;
        this.texts = texts;
        this.calendars = calendars;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public List<ClaimedText> claimDue() {
        return claimDue(clock.instant());
    }

    /** Claims up to the configured batch of texts due at {@code now} in campaigns that may text now. */
    @Transactional
    public List<ClaimedText> claimDue(Instant now) {
        messages.markUncertain(now.minus(config.staleAfter()));
        List<ClaimedText> claimed = new ArrayList<>();
        for (long campaignId : messages.campaignsWithDue(now)) {
            StoredCampaign campaign = campaigns.findById(campaignId).orElseThrow();
            CampaignState state = campaign.state();
            boolean cancelled = state == CampaignState.CANCELLED;
            messages.cancelUnsendable(campaignId, cancelled || state == CampaignState.COMPLETED, cancelled);
            boolean mayText = state == CampaignState.RUNNING || state == CampaignState.COMPLETED;
            int room = config.batch() - claimed.size();
            if (mayText && room > 0 && calendars.of(campaign).isCallable(now)) {
                claimed.addAll(messages.claim(campaignId, state == CampaignState.COMPLETED, now, room, instance));
            }
        }
        return claimed;
    }

    @Transactional
    public void submitted(ClaimedText text, SubmitOutcome outcome) {
        submitted(text, outcome, clock.instant());
    }

    /**
     * Records what the submit did: SUBMITTED (a pre-notice also keeps the first call at least the lead away), queued
     * again after a refusal while tries are left, else FAILED; UNCERTAIN when it may have gone.
     */
    @Transactional
    public void submitted(ClaimedText text, SubmitOutcome outcome, Instant now) {
        if (outcome instanceof SubmitOutcome.Accepted accepted) {
            messages.submitted(text.id(), accepted.smscId(), now);
            if (text.kind() == TextKind.PRE_NOTICE) {
                texts.find(text.campaignId()).ifPresent(campaignTexts ->
                        messages.delayFirstCall(text.respondentId(), now.plus(campaignTexts.lead())));
            }
        } else if (outcome instanceof SubmitOutcome.NotSent notSent) {
            config.retry().next(text.tries(), now).ifPresentOrElse(
                    due -> messages.requeue(text.id(), due, notSent.reason() + "; to be tried again"),
                    () -> messages.end(text.id(), TextState.FAILED, notSent.reason()));
        } else if (outcome instanceof SubmitOutcome.Unknown unknown) {
            messages.end(text.id(), TextState.UNCERTAIN, unknown.reason() + "; it may have gone, so it is not sent"
                    + " again");
        }
    }
}
