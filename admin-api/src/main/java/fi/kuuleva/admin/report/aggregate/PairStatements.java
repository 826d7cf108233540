package fi.kuuleva.admin.report.aggregate;

/**
 * The SQL that rebuilds {@code answer_pair_counts} (how many respondents gave each pair of answers to two questions)
 * and compares it with the answers; the route applies pair changes together with answer changes
 * ({@link AggregateStatements#DRAIN}).
 */
final class PairStatements {

    static final String KEY = "survey_version_id, question_a, question_b, municipality, age_band, language, value_a,"
            + " value_b";

    /** Each respondent's pairs of counted answers now, in the shape of {@code answer_pair_counts}. */
    static final String RECOUNT = """
            SELECT c.survey_version_id, x.question_id AS question_a, y.question_id AS question_b,
                   COALESCE(r.municipality, '') AS municipality, COALESCE(r.age_band, '') AS age_band,
                   COALESCE(r.language, '') AS language, x.value AS value_a, y.value AS value_b,
                   CAST(count(*) AS integer) AS count
            FROM campaigns c JOIN respondents r ON r.campaign_id = c.id
            JOIN answers x ON x.respondent_id = r.id
            JOIN answers y ON y.respondent_id = r.id AND x.question_id < y.question_id
            WHERE c.survey_version_id = ? AND x.source <> 'RECORDING' AND y.source <> 'RECORDING'
            GROUP BY 1, 2, 3, 4, 5, 6, 7, 8""";

    static final String LOCK = "LOCK TABLE answer_pair_events IN SHARE ROW EXCLUSIVE MODE";
    static final String FORGET_EVENTS = "DELETE FROM answer_pair_events WHERE survey_version_id = ?";
    static final String FORGET_COUNTS = "DELETE FROM answer_pair_counts WHERE survey_version_id = ?";
    static final String REBUILD = "INSERT INTO answer_pair_counts (" + KEY + ", count) " + RECOUNT;

    /** Live pair counts plus waiting pair changes against a recount, in one snapshot: the differing cells. */
    static final String CHECK = """
            WITH live AS (
                SELECT question_a, question_b, municipality, age_band, language, value_a, value_b,
                       CAST(sum(n) AS integer) AS count
                FROM (SELECT question_a, question_b, municipality, age_band, language, value_a, value_b, count AS n
                      FROM answer_pair_counts WHERE survey_version_id = ?
                      UNION ALL
                      SELECT question_a, question_b, municipality, age_band, language, value_a, value_b, delta
                      FROM answer_pair_events WHERE survey_version_id = ?) parts
                GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(n) <> 0),
            rebuilt AS (%s)
            SELECT count(*) FILTER (WHERE live.count IS DISTINCT FROM rebuilt.count) AS differing
            FROM live FULL JOIN rebuilt
                USING (question_a, question_b, municipality, age_band, language, value_a, value_b)"""
            .formatted(RECOUNT);

    private PairStatements() {
    }
}
