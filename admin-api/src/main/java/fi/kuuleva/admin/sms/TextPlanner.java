package fi.kuuleva.admin.sms;

import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.admin.campaign.CampaignStarted;
import fi.kuuleva.admin.campaign.StoredCampaign;
import fi.kuuleva.campaign.schedule.CallingCalendar;
import fi.kuuleva.campaign.schedule.CampaignState;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Queues the texts campaigns send. A pre-notice goes to each mobile number not yet called, at the first callable
 * moment, and the respondent's first call moves to the first callable moment at least the campaign's lead after it
 * (in the transaction that starts the campaign, so the dispatcher never calls first). A follow-up goes after the
 * configured number of attempts that did not reach the resident. Landlines are never texted. Thread-safe.
 */
@Singleton
@Requires(property = "kuuleva.sms.enabled", value = "true")
public class TextPlanner {

    private final CampaignRepository campaigns;
    private final CampaignTextsStore texts;
    private final TextMessageStore messages;
    private final TextCalendars calendars;
    private final SmsConfig config;
    private final Clock clock;

    TextPlanner(CampaignRepository campaigns, CampaignTextsStore texts, TextMessageStore messages,
                TextCalendars calendars, SmsConfig config, Clock clock) {
        this.campaigns = campaigns;
        this.texts = texts;
        this.messages = messages;
        this.calendars = calendars;
        this.config = config;
        this.clock = clock;
    }

    /** Runs in the starting campaign's transaction, before any claim can see it running. */
    @EventListener
    void onStart(CampaignStarted started) {
        campaigns.findById(started.campaignId()).ifPresent(campaign -> plan(campaign, clock.instant()));
    }

    /** Plans the texts of every running campaign, and the follow-ups of completed ones; returns how many. */
    @Transactional
    public int planAll() {
        return planAll(clock.instant());
    }

    @Transactional
    public int planAll(Instant now) {
        return Stream.concat(campaigns.findByStateOrderByPriorityDesc(CampaignState.RUNNING).stream(),
                        campaigns.findByStateOrderByPriorityDesc(CampaignState.COMPLETED).stream())
                .mapToInt(campaign -> plan(campaign, now)).sum();
    }

    private int plan(StoredCampaign campaign, Instant now) {
        Optional<CampaignTexts> found = texts.find(campaign.id());
        if (found.isEmpty()) {
            return 0;
        }
        CampaignTexts campaignTexts = found.get();
        CallingCalendar calendar = calendars.of(campaign);
        Optional<Instant> sendAt = calendar.nextCallableInstant(now);
        if (sendAt.isEmpty()) {
            return 0;
        }
        String number = campaignTexts.callBackNumber().or(config::callBack).map(MobileNumbers::written).orElse("");
        int queued = 0;
        if (campaign.state() == CampaignState.RUNNING && campaignTexts.preNotice().isPresent()) {
            TextSet preNotice = campaignTexts.preNotice().get();
            for (Recipient recipient : messages.preNoticeCandidates(campaign.id())) {
                Optional<Instant> callAt = calendar.nextCallableInstant(sendAt.get().plus(campaignTexts.lead()));
                if (callAt.isEmpty() || !MobileNumbers.isMobile(recipient.phone())) {
                    continue;
                }
                String body = TextTemplate.render(preNotice.in(recipient.language()),
                        CallingCalendar.local(callAt.get()).toLocalDate(), number);
                if (messages.delayFirstCall(recipient.respondentId(), callAt.get())
                        && messages.queue(campaign.id(), recipient.respondentId(), TextKind.PRE_NOTICE, body,
                        sendAt.get(), now)) {
                    queued++;
                }
            }
        }
        if (campaignTexts.followUp().isPresent()) {
            TextSet followUp = campaignTexts.followUp().get();
            for (Recipient recipient : messages.followUpCandidates(campaign.id(), campaignTexts.followUpAfter())) {
                if (MobileNumbers.isMobile(recipient.phone())) {
                    String body = TextTemplate.render(followUp.in(recipient.language()),
                            CallingCalendar.local(sendAt.get()).toLocalDate(), number);
                    queued += messages.queue(campaign.id(), recipient.respondentId(), TextKind.FOLLOW_UP, body,
                            sendAt.get(), now) ? 1 : 0;
                }
            }
        }
        return queued;
    }
}
