package fi.kuuleva.dialler;

import fi.kuuleva.campaign.attempts.AttemptStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.TestRows;
import fi.kuuleva.admin.respondent.RespondentRepository;
import fi.kuuleva.admin.respondent.RespondentStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Attempts left open by any instance longer than the longest call are ended by the periodic check, others are not. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaleAttemptsIT implements TestPropertyProvider {

    private static final Instant NOW = Fixtures.NOW;

    @Inject
    Fixtures fixtures;
    @Inject
    DispatchStore store;
    @Inject
    CampaignRuleSource campaigns;
    @Inject
    RespondentRepository respondents;
    @Inject
    TestRows rows;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Test
    void attemptsOlderThanMaxCallAreEndedWhicheverInstanceOwnsThem() {
        long campaign = fixtures.runningCampaign("stale", 3, 0);
        fixtures.respondents(campaign, 1, 3);
        ClaimedCall lost = store.claimDue(List.of(campaign), NOW, 1, "gone-instance").get(0);
        store.started(lost.attemptId(), NOW, "local");
        ClaimedCall queuedOnly = store.claimDue(List.of(campaign), NOW.plusSeconds(60), 1, "other").get(0);
        ClaimedCall live = store.claimDue(List.of(campaign), NOW.plus(Duration.ofMinutes(25)), 1, "alive").get(0);
        DispatcherConfig config = new DispatcherConfig(true, "checker", Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofMinutes(30), false, Duration.ZERO);

        List<Reconciled> ended = new StaleAttempts(store, campaigns, config,
                Clock.fixed(NOW.plus(Duration.ofMinutes(32)), ZoneOffset.UTC)).endStale();

        assertEquals(List.of(lost.attemptId(), queuedOnly.attemptId()),
                ended.stream().map(r -> r.attempt().attemptId()).sorted().toList());
        assertEquals(0, rows.attemptCount(campaign, AttemptStatus.IN_PROGRESS));
        assertEquals(1, rows.attemptCount(campaign, AttemptStatus.QUEUED), "the live one");
        assertEquals(List.of("FAILED", "FAILED"), ended.stream().map(r -> r.end().outcome()).toList());
        assertNotEquals(RespondentStatus.IN_CALL, respondents.findById(lost.respondentId()).orElseThrow().status());
        assertEquals(RespondentStatus.IN_CALL, respondents.findById(live.respondentId()).orElseThrow().status());
        assertEquals(0, rows.inconsistentRespondents(campaign));
    }
}
