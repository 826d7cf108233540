package fi.kuuleva.admin.sms;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.SettableClock;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.TestRows;
import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.admin.campaign.StoredCampaign;
import fi.kuuleva.admin.sms.encoding.SmsEncoding;
import fi.kuuleva.admin.sms.smpp.SmppGateway;
import fi.kuuleva.campaign.schedule.CallingWindow;
import fi.kuuleva.campaign.schedule.CampaignState;
import fi.kuuleva.campaign.schedule.RetryRules;
import fi.kuuleva.smsc.SmscSimulator;
import fi.kuuleva.survey.Language;
import io.micronaut.context.ApplicationContext;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Nothing is sent twice across a restart: a service claims four pre-notices, submits two and stops before the other
 * two; the service started again sends only what was never claimed, and the two left mid-submit become UNCERTAIN.
 */
class TextRestartIT {

    @Test
    void aRestartedServiceSendsNothingTwice() throws Exception {
        try (SmscSimulator smsc = SmscSimulator.start(
                (coding, bytes) -> SmsEncoding.ofDataCoding(coding).decode(bytes))) {
            Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabase());
            properties.putAll(Map.of("kuuleva.test.clock", "settable", "kuuleva.sms.enabled", "true",
                    "kuuleva.sms.smpp.port", smsc.port(), "kuuleva.sms.smpp.password", SmscSimulator.PASSWORD,
                    "kuuleva.dispatcher.enabled", false, "kuuleva.import.inbox-enabled", false,
                    "micronaut.server.port", -1));
            long campaign;
            try (ApplicationContext first = ApplicationContext.run(with(properties, "kuuleva.camel.enabled", false),
                    "test")) {
                campaign = campaignWithPreNotice(first);
                first.getBean(TestRows.class).insertRespondents(campaign, 900_001, 4, Language.FI, Fixtures.IMPORTED);
                assertEquals(4, first.getBean(TextPlanner.class).planAll(Fixtures.NOW));
                TextOutbox outbox = first.getBean(TextOutbox.class);
                List<ClaimedText> claimed = outbox.claimDue(Fixtures.NOW);
                assertEquals(4, claimed.size());
                SmppGateway gateway = first.getBean(SmppGateway.class);
                for (ClaimedText text : claimed.subList(0, 2)) {
                    outbox.submitted(text, gateway.submit(text.sms()), Fixtures.NOW);
                }
            }
            assertEquals(2, smsc.received().size(), "the first service stopped before the other two submits");

            try (ApplicationContext second = ApplicationContext.run(with(with(properties,
                    "kuuleva.sms.send-every", "200ms"), "kuuleva.sms.plan-every", "200ms"), "test")) {
                SettableClock clock = second.getBean(SettableClock.class);
                clock.set(Fixtures.NOW.plus(Duration.ofMinutes(1)));
                second.getBean(TestRows.class).insertRespondents(campaign, 900_005, 1, Language.FI, Fixtures.IMPORTED);
                await().atMost(Duration.ofSeconds(30)).until(() -> smsc.received().size() == 3);
                assertEquals(List.of("+3584000900005"), smsc.received().subList(2, 3).stream()
                        .map(SmscSimulator.Received::to).toList(), "only the text never claimed goes");

                clock.set(Fixtures.NOW.plus(Duration.ofMinutes(5)));
                TextMessageStore store = second.getBean(TextMessageStore.class);
                await().atMost(Duration.ofSeconds(30)).until(() -> states(store, campaign)
                        .getOrDefault(TextState.UNCERTAIN, 0L) == 2L);
                clock.set(Fixtures.NOW.plus(Duration.ofHours(3)));
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                        .until(() -> smsc.received().size() == 3);
            }
            Map<String, Long> perNumber = smsc.received().stream()
                    .collect(Collectors.groupingBy(SmscSimulator.Received::to, Collectors.counting()));
            assertEquals(Optional.of(1L), perNumber.values().stream().max(Long::compare), "nobody texted twice");
        }
    }

    private static Map<TextState, Long> states(TextMessageStore store, long campaign) {
        return store.list(campaign, 100).stream()
                .collect(Collectors.groupingBy(TextMessageView::state, Collectors.counting()));
    }

    private static long campaignWithPreNotice(ApplicationContext context) {
        long version = context.getBean(Fixtures.class).testSurvey().versionId();
        StoredCampaign campaign = context.getBean(CampaignRepository.class).save(new StoredCampaign(null, "restart",
                version, CampaignState.RUNNING, null, null,
                List.of(CallingWindow.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, 10, 18)), RetryRules.none(), 3, 0,
                null, null));
        context.getBean(CampaignTextsStore.class).save(campaign.id(), new CampaignTexts(1, Optional.empty(),
                Optional.of(TextSet.ofCodes(Map.of("fi", "Kunta soittaa teille {date}."))), Duration.ofHours(24),
                Optional.empty(), 2), "test", Fixtures.NOW);
        return campaign.id();
    }

    private static Map<String, Object> with(Map<String, Object> properties, String key, Object value) {
        Map<String, Object> more = new HashMap<>(properties);
        more.put(key, value);
        return more;
    }
}
