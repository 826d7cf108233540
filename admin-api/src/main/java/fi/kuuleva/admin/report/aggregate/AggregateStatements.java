package fi.kuuleva.admin.report.aggregate;

/**
 * The SQL that moves answer changes into {@code answer_counts} (and pair changes into {@code answer_pair_counts}, see
 * {@link PairStatements}), rebuilds it and compares it with the answers.
 */
final class AggregateStatements {

    private static final String KEY = "survey_version_id, question_id, municipality, age_band, language";

    /** The answers as they count now, in the shape of {@code answer_counts} (one parameter: the version). */
    static final String RECOUNT = """
            SELECT c.survey_version_id, a.question_id, COALESCE(r.municipality, '') AS municipality,
                   COALESCE(r.age_band, '') AS age_band, COALESCE(r.language, '') AS language, a.value,
                   CAST(count(*) AS integer) AS count
            FROM answers a JOIN respondents r ON r.id = a.respondent_id JOIN campaigns c ON c.id = r.campaign_id
            WHERE c.survey_version_id = ? AND a.source <> 'RECORDING'
            GROUP BY c.survey_version_id, a.question_id, r.municipality, r.age_band, r.language, a.value""";

    /**
     * Claims the answer changes of the writer transactions of the first {@code ?} waiting changes (all of a writer's
     * changes, however many), deletes them with the answer pair changes of the same writers (and any pair changes
     * left without answer changes once none is waiting) and adds their deltas to the answer and pair counts, all in
     * one statement: a change is applied exactly when it disappears, and the pair counts always describe the same
     * answers as the answer counts. Count rows are locked in key order; consumers take turns (see
     * {@link #TAKE_TURN}).
     */
    static final String DRAIN = """
            WITH writers AS (
                SELECT DISTINCT writer FROM (SELECT writer FROM answer_events ORDER BY id LIMIT ?) first),
            claimed AS (
                DELETE FROM answer_events WHERE writer IN (SELECT writer FROM writers)
                RETURNING %1$s, old_value, new_value),
            deltas AS (
                SELECT %1$s, new_value AS value, 1 AS delta FROM claimed
                UNION ALL
                SELECT %1$s, old_value, -1 FROM claimed WHERE old_value IS NOT NULL),
            summed AS (
                SELECT %1$s, value, CAST(sum(delta) AS integer) AS delta FROM deltas
                GROUP BY %1$s, value HAVING sum(delta) <> 0),
            applied AS (
                INSERT INTO answer_counts (%1$s, value, count) SELECT %1$s, value, delta FROM summed
                ORDER BY %1$s, value
                ON CONFLICT (%1$s, value) DO UPDATE SET count = answer_counts.count + EXCLUDED.count
                RETURNING 1),
            pairs_claimed AS (
                DELETE FROM answer_pair_events WHERE writer IN (SELECT writer FROM writers)
                    OR NOT EXISTS (SELECT 1 FROM answer_events)
                RETURNING %2$s, delta),
            pairs_summed AS (
                SELECT %2$s, CAST(sum(delta) AS integer) AS delta FROM pairs_claimed
                GROUP BY %2$s HAVING sum(delta) <> 0),
            pairs_applied AS (
                INSERT INTO answer_pair_counts (%2$s, count) SELECT %2$s, delta FROM pairs_summed ORDER BY %2$s
                ON CONFLICT (%2$s) DO UPDATE SET count = answer_pair_counts.count + EXCLUDED.count
                RETURNING 1)
            SELECT (SELECT count(*) FROM claimed) AS events,
                   (SELECT count(*) FROM applied) + (SELECT count(*) FROM pairs_applied) AS cells"""
            .formatted(KEY, PairStatements.KEY);

    /**
     * Whether this transaction may drain now: one consumer at a time, so that two never wait for each other's
     * claimed rows (claims take whole writers, which {@code SKIP LOCKED} could split); the others skip the round.
     */
    static final String TAKE_TURN = "SELECT pg_try_advisory_xact_lock(hashtext('kuuleva.answer_events'))";

    /** Waits for open answer writes and holds new ones (and the consumer) until the rebuild commits. */
    static final String LOCK = "LOCK TABLE answer_events IN SHARE ROW EXCLUSIVE MODE";
    static final String FORGET_EVENTS = "DELETE FROM answer_events WHERE survey_version_id = ?";
    static final String FORGET_COUNTS = "DELETE FROM answer_counts WHERE survey_version_id = ?";
    static final String REBUILD = "INSERT INTO answer_counts (" + KEY + ", value, count) " + RECOUNT;

    /**
     * Live counts plus the changes not yet applied, against a recount of the answers, in one statement and so one
     * snapshot: the differing cells and both totals.
     */
    static final String CHECK = """
            WITH live AS (
                SELECT question_id, municipality, age_band, language, value, CAST(sum(n) AS integer) AS count
                FROM (SELECT question_id, municipality, age_band, language, value, count AS n
                      FROM answer_counts WHERE survey_version_id = ?
                      UNION ALL
                      SELECT question_id, municipality, age_band, language, new_value, 1
                      FROM answer_events WHERE survey_version_id = ?
                      UNION ALL
                      SELECT question_id, municipality, age_band, language, old_value, -1
                      FROM answer_events WHERE survey_version_id = ? AND old_value IS NOT NULL) parts
                GROUP BY question_id, municipality, age_band, language, value HAVING sum(n) <> 0),
            rebuilt AS (%s)
            SELECT count(*) FILTER (WHERE live.count IS DISTINCT FROM rebuilt.count) AS differing,
                   COALESCE(sum(live.count), 0) AS live_answers, COALESCE(sum(rebuilt.count), 0) AS rebuilt_answers,
                   (SELECT count(*) FROM answer_events WHERE survey_version_id = ?) AS pending
            FROM live FULL JOIN rebuilt USING (question_id, municipality, age_band, language, value)"""
            .formatted(RECOUNT);

    private AggregateStatements() {
    }
}
