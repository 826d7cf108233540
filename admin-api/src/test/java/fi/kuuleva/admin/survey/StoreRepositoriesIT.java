package fi.kuuleva.admin.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.audit.AuditEntry;
import fi.kuuleva.admin.audit.AuditLog;
import fi.kuuleva.admin.campaign.StoredCampaign;
import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.schedule.CallingWindow;
import fi.kuuleva.campaign.schedule.CampaignState;
import fi.kuuleva.campaign.schedule.RetryRules;
import fi.kuuleva.admin.respondent.StoredRespondent;
import fi.kuuleva.admin.respondent.RespondentRepository;
import fi.kuuleva.admin.respondent.RespondentStatus;
import fi.kuuleva.script.InvalidScriptException;
import fi.kuuleva.script.SurveyScripts.Format;
import fi.kuuleva.survey.Language;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Surveys, campaigns, respondents and the audit log as stored and read back. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreRepositoriesIT implements TestPropertyProvider {

    private static final Instant AT = Instant.parse("2025-03-01T06:00:00Z");

    @Inject
    SurveyPublisher publisher;
    @Inject
    SurveyVersionRepository versions;
    @Inject
    SurveyEngines engines;
    @Inject
    CampaignRepository campaigns;
    @Inject
    RespondentRepository respondents;
    @Inject
    AuditLog audit;
    @Inject
    JdbcOperations jdbc;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Test
    void publishingIsIdempotentVersionedAndImmutable() throws Exception {
        String script = script();
        PublishedVersion first = publisher.publish(script, Format.YAML, "officer-1");
        assertTrue(first.created());
        assertEquals(1, first.versionNo());
        assertEquals("store-test", first.slug());
        assertEquals(first.versionId(), publisher.publish(script, Format.YAML, "officer-2").versionId(), "same text");
        PublishedVersion second = publisher.publish(script.replace("Kiitos!", "Kiitos paljon!"), Format.YAML, "o");
        assertEquals(2, second.versionNo());
        assertEquals(first.surveyId(), second.surveyId());
        assertEquals("store-test", engines.engine(second.versionId()).orElseThrow().survey().id());
        assertTrue(engines.engine(9_999).isEmpty());
        assertThrows(InvalidScriptException.class, () -> publisher.publish("id: broken", Format.YAML, "o"));
        assertThrows(Exception.class, () -> execute(
                "UPDATE survey_versions SET script = 'x' WHERE id = " + first.versionId()), "immutable");
        assertEquals(first.contentHash(), versions.findById(first.versionId()).orElseThrow().contentHash());
    }

    @Test
    void campaignsRespondentsAndAuditEntriesRoundTrip() throws Exception {
        long version = publisher.publish(script(), Format.YAML, "officer-1").versionId();
        StoredCampaign saved = campaigns.save(new StoredCampaign(null, "Kevät 2025", version, CampaignState.DRAFT,
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 28),
                List.of(CallingWindow.parse("MON-FRI", "10:00", "18:00")),
                new RetryRules(Map.of(AttemptOutcome.BUSY, Duration.ofMinutes(30))), 3, 5,
                "pbx-1", null));
        StoredCampaign read = campaigns.findById(saved.id()).orElseThrow();
        assertEquals(LocalDate.of(2025, 3, 28), read.endDate());
        assertEquals(saved.callingWindows(), read.callingWindows());
        assertEquals(Duration.ofMinutes(30), read.retryPolicy().delays().get(AttemptOutcome.BUSY));
        campaigns.update(saved.id(), CampaignState.RUNNING);
        assertEquals(CampaignState.RUNNING, campaigns.findById(saved.id()).orElseThrow().state());

        StoredRespondent respondent = respondents.save(StoredRespondent.pending(saved.id(), "+358401234567", Language.SV,
                "Lappeenranta", "75-84", 1946, "ref-1", AT));
        StoredRespondent back = respondents.findById(respondent.id()).orElseThrow();
        assertEquals(Language.SV, back.language());
        assertEquals(RespondentStatus.PENDING, back.status());
        assertEquals(0, back.attempts());
        assertThrows(Exception.class, () -> respondents.save(StoredRespondent.pending(saved.id(), "0401234567", null,
                null, null, null, null, AT)), "numbers are E.164");

        audit.save(new AuditEntry(null, AT, "officer-1", "campaign.start", "campaign/" + saved.id(),
                "{\"from\":\"DRAFT\",\"to\":\"RUNNING\"}"));
        AuditEntry entry = audit.findBySubjectOrderByAt("campaign/" + saved.id()).get(0);
        assertEquals("campaign.start", entry.action());
        assertTrue(entry.details().contains("RUNNING"));
        assertFalse(entry.details().isBlank());
    }

    private void execute(String sql) {
        jdbc.execute(connection -> {
            try (var statement = connection.createStatement()) {
                return statement.executeUpdate(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String script() throws IOException {
        try (InputStream in = StoreRepositoriesIT.class.getResourceAsStream("/surveys/store-test.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
