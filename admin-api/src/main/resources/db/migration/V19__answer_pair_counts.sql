-- Cross-tabulation (issue 17): how many respondents gave each pair of answers to two counted questions of a version,
-- per register group, kept by the aggregation route beside answer_counts. Only pairs where both questions were
-- answered are stored; the cross-tab derives its "no answer" row and column from answer_counts, so that its margins
-- are the published one-way distributions exactly.
--
-- A statement trigger on answers (with transition tables, so that a statement writing several answers of one
-- respondent counts each pair once) leaves the pair deltas in answer_pair_events in the writer's transaction. Every
-- answer and pair event carries its writer transaction; the drain applies a writer's answer and pair events in one
-- statement, so that answer_counts and answer_pair_counts always describe the same answers.
-- As in answer_counts, a deleted answer stays counted, and open answers (recordings) are never counted.

ALTER TABLE answer_events ADD COLUMN writer xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX answer_events_writer ON answer_events (writer);

CREATE TABLE answer_pair_events (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    writer            xid8    NOT NULL DEFAULT pg_current_xact_id(),
    survey_version_id bigint  NOT NULL,
    municipality      text    NOT NULL,
    age_band          text    NOT NULL,
    language          text    NOT NULL,
    question_a        text    NOT NULL,   -- question_a < question_b
    value_a           text    NOT NULL,
    question_b        text    NOT NULL,
    value_b           text    NOT NULL,
    delta             integer NOT NULL
);

CREATE INDEX answer_pair_events_writer ON answer_pair_events (writer);

CREATE TABLE answer_pair_counts (
    survey_version_id bigint  NOT NULL,
    question_a        text    NOT NULL,
    question_b        text    NOT NULL,
    municipality      text    NOT NULL,
    age_band          text    NOT NULL,
    language          text    NOT NULL,
    value_a           text    NOT NULL,
    value_b           text    NOT NULL,
    count             integer NOT NULL,
    PRIMARY KEY (survey_version_id, question_a, question_b, municipality, age_band, language, value_a, value_b)
);

-- The pair deltas of answers a statement inserted or changed: the pairs of each touched respondent's counted answers
-- after the statement, minus the pairs before it (the changed rows' old question and value, NULL for an answer that
-- was not counted before), over the pairs with at least one changed answer. The respondents' history rows (V17) are
-- locked first, in id order, and the answers read in a statement of their own, so that two transactions answering
-- for the same respondent see each other's answers.
CREATE FUNCTION note_pair_deltas(changed bigint[], old_questions text[], old_values text[]) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(changed) = 0 THEN
        RETURN;
    END IF;
    PERFORM 1 FROM respondent_histories h
    WHERE h.respondent_id IN (SELECT x.respondent_id FROM answers x JOIN unnest(changed) AS c(id) ON x.id = c.id)
    ORDER BY h.respondent_id FOR UPDATE OF h;
    INSERT INTO answer_pair_events (survey_version_id, municipality, age_band, language, question_a, value_a,
                                    question_b, value_b, delta)
    WITH change AS (
        SELECT c.id, c.old_question, c.old_value FROM unnest(changed, old_questions, old_values)
            AS c(id, old_question, old_value)),
    touched AS (
        SELECT DISTINCT x.respondent_id FROM answers x JOIN change c ON c.id = x.id),
    after AS (
        SELECT x.respondent_id, x.question_id, x.value, c.id IS NOT NULL AS changed
        FROM answers x JOIN touched t ON t.respondent_id = x.respondent_id LEFT JOIN change c ON c.id = x.id
        WHERE x.source <> 'RECORDING'),
    before AS (
        SELECT a.respondent_id, a.question_id, a.value, false AS changed FROM after a WHERE NOT a.changed
        UNION ALL
        SELECT x.respondent_id, c.old_question, c.old_value, true
        FROM change c JOIN answers x ON x.id = c.id WHERE c.old_question IS NOT NULL),
    pairs AS (
        SELECT x.respondent_id, x.question_id AS qa, x.value AS va, y.question_id AS qb, y.value AS vb, 1 AS delta
        FROM after x JOIN after y ON y.respondent_id = x.respondent_id AND x.question_id < y.question_id
        WHERE x.changed OR y.changed
        UNION ALL
        SELECT x.respondent_id, x.question_id, x.value, y.question_id, y.value, -1
        FROM before x JOIN before y ON y.respondent_id = x.respondent_id AND x.question_id < y.question_id
        WHERE x.changed OR y.changed)
    SELECT k.survey_version_id, COALESCE(r.municipality, ''), COALESCE(r.age_band, ''), COALESCE(r.language, ''),
           p.qa, p.va, p.qb, p.vb, CAST(sum(p.delta) AS integer)
    FROM pairs p JOIN respondents r ON r.id = p.respondent_id JOIN campaigns k ON k.id = r.campaign_id
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(p.delta) <> 0;
END
$$;

CREATE FUNCTION note_inserted_pairs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM note_pair_deltas(ARRAY(SELECT id FROM new_rows WHERE source <> 'RECORDING'), '{}', '{}');
    RETURN NULL;
END
$$;

-- Only answers whose counted question or value changed (a value given again, an erased recording change none).
CREATE FUNCTION note_updated_pairs() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[];
    questions text[];
    answers_before text[];
BEGIN
    SELECT COALESCE(array_agg(n.id ORDER BY n.id), '{}'),
           COALESCE(array_agg(CASE WHEN o.source <> 'RECORDING' THEN o.question_id END ORDER BY n.id), '{}'),
           COALESCE(array_agg(o.value ORDER BY n.id), '{}')
    INTO ids, questions, answers_before
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (o.source = 'RECORDING') IS DISTINCT FROM (n.source = 'RECORDING')
       OR (n.source <> 'RECORDING' AND (o.value <> n.value OR o.question_id <> n.question_id));
    PERFORM note_pair_deltas(ids, questions, answers_before);
    RETURN NULL;
END
$$;

CREATE TRIGGER answers_pairs_inserted AFTER INSERT ON answers
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_inserted_pairs();
CREATE TRIGGER answers_pairs_updated AFTER UPDATE ON answers
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_updated_pairs();

-- The pairs of the answers stored before this migration.
INSERT INTO answer_pair_counts (survey_version_id, question_a, question_b, municipality, age_band, language,
                                value_a, value_b, count)
SELECT c.survey_version_id, x.question_id, y.question_id, COALESCE(r.municipality, ''), COALESCE(r.age_band, ''),
       COALESCE(r.language, ''), x.value, y.value, CAST(count(*) AS integer)
FROM answers x JOIN answers y ON y.respondent_id = x.respondent_id AND x.question_id < y.question_id
JOIN respondents r ON r.id = x.respondent_id JOIN campaigns c ON c.id = r.campaign_id
WHERE x.source <> 'RECORDING' AND y.source <> 'RECORDING'
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
