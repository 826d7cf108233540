package fi.kuuleva.admin.report.aggregate;

/** The SQL that moves response changes into {@code response_counts}, rebuilds it and compares it with the calls. */
final class ResponseStatements {

    private static final String KEY = "survey_version_id, municipality, age_band, language, figure";

    /** Respondents, their figures and their attempts' figures now, in the shape of {@code response_counts}. */
    static final String RECOUNT = """
            SELECT c.survey_version_id, COALESCE(r.municipality, '') AS municipality,
                   COALESCE(r.age_band, '') AS age_band, COALESCE(r.language, '') AS language, f.figure,
                   CAST(count(*) AS integer) AS count
            FROM respondents r JOIN campaigns c ON c.id = r.campaign_id
            CROSS JOIN LATERAL (
                SELECT 'respondents' AS figure
                UNION ALL SELECT unnest(respondent_figures(r.id))
                UNION ALL SELECT unnest(attempt_figures(x.attempt_no, x.answered_at, x.survey_outcome))
                          FROM call_attempts x WHERE x.respondent_id = r.id) f
            WHERE c.survey_version_id = ?
            GROUP BY 1, 2, 3, 4, 5""";

    /** As {@link AggregateStatements#DRAIN}, for response changes. */
    static final String DRAIN = """
            WITH claimed AS (
                DELETE FROM response_events WHERE id IN (
                    SELECT id FROM response_events ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING %1$s, delta),
            summed AS (
                SELECT %1$s, CAST(sum(delta) AS integer) AS delta FROM claimed
                GROUP BY %1$s HAVING sum(delta) <> 0),
            applied AS (
                INSERT INTO response_counts (%1$s, count) SELECT %1$s, delta FROM summed ORDER BY %1$s
                ON CONFLICT (%1$s) DO UPDATE SET count = response_counts.count + EXCLUDED.count
                RETURNING 1)
            SELECT (SELECT count(*) FROM claimed) AS events, (SELECT count(*) FROM applied) AS cells"""
            .formatted(KEY);

    static final String LOCK = "LOCK TABLE response_events IN SHARE ROW EXCLUSIVE MODE";
    static final String FORGET_EVENTS = "DELETE FROM response_events WHERE survey_version_id = ?";
    static final String FORGET_COUNTS = "DELETE FROM response_counts WHERE survey_version_id = ?";
    static final String REBUILD = "INSERT INTO response_counts (" + KEY + ", count) " + RECOUNT;

    /** Live counts plus waiting changes against a recount, in one snapshot: the differing cells. */
    static final String CHECK = """
            WITH live AS (
                SELECT municipality, age_band, language, figure, CAST(sum(n) AS integer) AS count
                FROM (SELECT municipality, age_band, language, figure, count AS n
                      FROM response_counts WHERE survey_version_id = ?
                      UNION ALL
                      SELECT municipality, age_band, language, figure, delta
                      FROM response_events WHERE survey_version_id = ?) parts
                GROUP BY municipality, age_band, language, figure HAVING sum(n) <> 0),
            rebuilt AS (%s)
            SELECT count(*) FILTER (WHERE live.count IS DISTINCT FROM rebuilt.count) AS differing
            FROM live FULL JOIN rebuilt USING (municipality, age_band, language, figure)""".formatted(RECOUNT);

    private ResponseStatements() {
    }
}
