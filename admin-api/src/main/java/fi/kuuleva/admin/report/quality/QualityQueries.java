package fi.kuuleva.admin.report.quality;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.attempts.AttemptOutcomes;
import fi.kuuleva.campaign.attempts.DialResult;
import fi.kuuleva.flow.Outcome;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a version's sample as counts of identical attempt histories (with their answered and unanswered question
 * counts) per municipality, age band and language, from the histories kept per respondent (migration V17) or
 * recounted from the calls: the database counts, the disposition rules stay in
 * {@link FinalDispositions}. An attempt stored as answered with the
 * survey's outcome beside it counts as that outcome ({@link AttemptOutcomes#of}). Never returns a respondent's row.
 */
@Singleton
class QualityQueries {

    /**
     * The histories the V17 triggers keep per respondent, grouped by campaign (V21) and area: one narrow row per
     * respondent is read, once for the version's groups and its campaigns' alike.
     */
    private static final String KEPT = """
            SELECT campaign_id, municipality, age_band, language, facts, answered, unanswered, count(*) AS n
            FROM respondent_histories WHERE survey_version_id = ?
            GROUP BY 1, 2, 3, 4, 5, 6, 7""";

    private static final String CAMPAIGN_NAMES = "SELECT id, name FROM campaigns WHERE survey_version_id = ?";

    /** The same from the attempts, answers and unanswered questions themselves (what the kept rows must equal). */
    private static final String RECOUNT = """
            SELECT municipality, age_band, language, facts, answered, unanswered, count(*) AS n FROM (
                SELECT r.id, COALESCE(r.municipality, '') AS municipality, COALESCE(r.age_band, '') AS age_band,
                       COALESCE(r.language, '') AS language,
                       COALESCE(array_agg(DISTINCT a.outcome || ':' || COALESCE(a.hangup_cause, '') || ':'
                                                   || COALESCE(a.survey_outcome, ''))
                                FILTER (WHERE a.outcome IS NOT NULL), '{}') AS facts,
                       (SELECT count(*) FROM answers x WHERE x.respondent_id = r.id) AS answered,
                       (SELECT count(*) FROM unanswered_questions u WHERE u.respondent_id = r.id) AS unanswered
                FROM respondents r
                JOIN campaigns c ON c.id = r.campaign_id
                LEFT JOIN call_attempts a ON a.respondent_id = r.id
                WHERE c.survey_version_id = ?
                GROUP BY r.id) AS sample
            GROUP BY 1, 2, 3, 4, 5, 6""";

    private final JdbcOperations jdbc;

    QualityQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The version's sample from the histories kept per respondent. */
    @Transactional(readOnly = true)
    List<CaseGroup> sample(long versionId, int questions) {
        return kept(versionId, questions).sample();
    }

    /**
     * The version's sample and the same by campaign, from one read of the histories kept per respondent (so that
     * the two add up without a snapshot of their own).
     */
    @Transactional(readOnly = true)
    KeptSample kept(long versionId, int questions) {
        Map<Long, String> names = new HashMap<>();
        jdbc.prepareStatement(CAMPAIGN_NAMES, statement -> {
            statement.setLong(1, versionId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    names.put(row.getLong("id"), row.getString("name"));
                }
            }
            return names;
        });
        Map<Area, Long> areas = new LinkedHashMap<>();
        Map<InCampaign, Long> campaigns = new LinkedHashMap<>();
        jdbc.prepareStatement(KEPT, statement -> {
            statement.setLong(1, versionId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    CaseHistory history = history(row, questions);
                    long n = row.getLong("n");
                    areas.merge(new Area(row.getString("municipality"), row.getString("age_band"),
                            row.getString("language"), history), n, Long::sum);
                    campaigns.merge(new InCampaign(row.getLong("campaign_id"), history), n, Long::sum);
                }
            }
            return areas;
        });
        return new KeptSample(areas.entrySet().stream().map(e -> new CaseGroup(e.getKey().municipality(),
                        e.getKey().ageBand(), e.getKey().language(), e.getKey().history(), e.getValue())).toList(),
                campaigns.entrySet().stream().map(e -> new CampaignCases(e.getKey().campaignId(),
                        names.get(e.getKey().campaignId()), e.getKey().history(), e.getValue())).toList());
    }

    /** One history in one area, summed over the version's campaigns. */
    private record Area(String municipality, String ageBand, String language, CaseHistory history) {
    }

    /** One history in one campaign, summed over the areas. */
    private record InCampaign(long campaignId, CaseHistory history) {
    }

    /** The version's sample recounted from the attempts and answers (slow: for checks and tests). */
    @Transactional(readOnly = true)
    List<CaseGroup> recount(long versionId, int questions) {
        return read(RECOUNT, versionId, questions);
    }

    private static CaseHistory history(ResultSet row, int questions) throws java.sql.SQLException {
        return new CaseHistory(facts(row.getArray("facts")), Math.min(row.getInt("answered"), questions),
                row.getInt("unanswered"), questions);
    }

    private List<CaseGroup> read(String sql, long versionId, int questions) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, versionId);
            List<CaseGroup> groups = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    CaseHistory history = history(row, questions);
                    groups.add(new CaseGroup(row.getString("municipality"), row.getString("age_band"),
                            row.getString("language"), history, row.getLong("n")));
                }
            }
            return groups;
        });
    }

    private static List<AttemptFact> facts(Array array) throws java.sql.SQLException {
        List<AttemptFact> facts = new ArrayList<>();
        for (Object fact : (Object[]) array.getArray()) {
            String[] parts = fact.toString().split(":", 3);
            String cause = parts[1].trim();
            Optional<Outcome> survey = parts[2].isEmpty() ? Optional.empty() : Optional.of(Outcome.valueOf(parts[2]));
            AttemptOutcome outcome = AttemptOutcome.valueOf(parts[0]);
            facts.add(new AttemptFact(outcome == AttemptOutcome.ANSWERED
                    ? AttemptOutcomes.of(DialResult.ANSWERED, survey) : outcome,
                    cause.matches("\\d{1,3}") ? Integer.valueOf(cause) : null));
        }
        return facts;
    }
}
