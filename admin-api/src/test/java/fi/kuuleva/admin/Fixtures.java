package fi.kuuleva.admin;

import fi.kuuleva.admin.campaign.StoredCampaign;
import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.campaign.schedule.CampaignState;
import fi.kuuleva.admin.survey.PublishedVersion;
import fi.kuuleva.admin.survey.SurveyPublisher;
import fi.kuuleva.script.InvalidScriptException;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.survey.Language;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Surveys, campaigns and respondents for tests. */
@Singleton
public class Fixtures {

    public static final Instant IMPORTED = Instant.parse("2025-03-01T06:00:00Z");
    public static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");

    private final SurveyPublisher publisher;
    private final CampaignRepository campaigns;
    private final TestRows rows;

    public Fixtures(SurveyPublisher publisher, CampaignRepository campaigns, TestRows rows) {
        this.publisher = publisher;
        this.campaigns = campaigns;
        this.rows = rows;
    }

    public PublishedVersion testSurvey() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/surveys/store-test.yaml")) {
            return publisher.publish(new String(in.readAllBytes(), StandardCharsets.UTF_8), SurveyScripts.Format.YAML,
                    "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidScriptException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A second survey: the test survey under another id. */
    public PublishedVersion otherSurvey() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/surveys/store-test.yaml")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("id: store-test", "id: store-test-other");
            return publisher.publish(script, SurveyScripts.Format.YAML, "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidScriptException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A running campaign of the test survey. */
    public long runningCampaign(String name, int maxAttempts, int priority) {
        StoredCampaign draft = StoredCampaign.draft(name, testSurvey().versionId(), maxAttempts, priority);
        long id = campaigns.save(draft).id();
        campaigns.update(id, CampaignState.RUNNING);
        return id;
    }

    /**
     * A running campaign of {@code store-test-calls}: the test survey offering the other language when the register
     * gives one, with a voicemail message.
     */
    public long runningCallsCampaign(String name, int maxAttempts) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/surveys/store-test-calls.yaml")) {
            PublishedVersion version = publisher.publish(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    SurveyScripts.Format.YAML, "test");
            long id = campaigns.save(StoredCampaign.draft(name, version.versionId(), maxAttempts, 0)).id();
            campaigns.update(id, CampaignState.RUNNING);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidScriptException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds {@code count} Finnish-speaking respondents due since {@link #IMPORTED}, numbered from {@code first}. */
    public void respondents(long campaignId, long first, int count) {
        rows.insertRespondents(campaignId, first, count, Language.FI, IMPORTED);
    }
}
