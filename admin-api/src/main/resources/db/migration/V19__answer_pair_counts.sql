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

-- The pair deltas of the answers a statement inserted or changed (`changed`: a query over the statement's transition
-- tables giving each changed row's id, respondent, and old question and value, NULL when it was not counted before):
-- each changed answer paired, as it is now (+1) and as it was (-1), with its respondent's unchanged counted answers
-- (found by the answers' (respondent_id, question_id) index), and changed answers paired with each other. The
-- respondents' history rows (V17) are locked first, in id order, and the answers read in statements of their own, so
-- that two transactions answering for the same respondent see each other's answers. Run as dynamic SQL: planned with
-- the transition tables' real sizes, one answer or a hundred thousand, by the trigger functions themselves (only
-- they see the transition tables).
CREATE FUNCTION pair_delta_statements(changed text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY[format($q$
        SELECT 1 FROM respondent_histories h WHERE h.respondent_id IN (SELECT respondent_id FROM (%s) c)
        ORDER BY h.respondent_id FOR UPDATE OF h$q$, changed),
    format($q$
    INSERT INTO answer_pair_events (survey_version_id, municipality, age_band, language, question_a, value_a,
                                    question_b, value_b, delta)
    WITH changed AS (%s),
    now_and_then AS (
        SELECT c.id, x.respondent_id, CASE WHEN x.source <> 'RECORDING' THEN x.question_id END AS new_question,
               x.value AS new_value, c.old_question, c.old_value
        FROM changed c JOIN answers x ON x.id = c.id),
    pairs AS (
        SELECT c.respondent_id, c.new_question AS q1, c.new_value AS v1, y.question_id AS q2, y.value AS v2, 1 AS delta
        FROM now_and_then c JOIN answers y ON y.respondent_id = c.respondent_id AND y.id <> c.id
        WHERE c.new_question IS NOT NULL AND y.source <> 'RECORDING'
          AND NOT EXISTS (SELECT 1 FROM changed d WHERE d.id = y.id)
        UNION ALL
        SELECT c.respondent_id, c.old_question, c.old_value, y.question_id, y.value, -1
        FROM now_and_then c JOIN answers y ON y.respondent_id = c.respondent_id AND y.id <> c.id
        WHERE c.old_question IS NOT NULL AND y.source <> 'RECORDING' AND y.question_id <> c.old_question
          AND NOT EXISTS (SELECT 1 FROM changed d WHERE d.id = y.id)
        UNION ALL
        SELECT c.respondent_id, c.new_question, c.new_value, d.new_question, d.new_value, 1
        FROM now_and_then c JOIN now_and_then d ON d.respondent_id = c.respondent_id
             AND c.new_question < d.new_question
        UNION ALL
        SELECT c.respondent_id, c.old_question, c.old_value, d.old_question, d.old_value, -1
        FROM now_and_then c JOIN now_and_then d ON d.respondent_id = c.respondent_id
             AND c.old_question < d.old_question),
    ordered AS (
        SELECT respondent_id, least(q1, q2) AS qa, CASE WHEN q1 < q2 THEN v1 ELSE v2 END AS va,
               greatest(q1, q2) AS qb, CASE WHEN q1 < q2 THEN v2 ELSE v1 END AS vb, delta
        FROM pairs),
    summed AS (
        SELECT respondent_id, qa, va, qb, vb, sum(delta) AS delta FROM ordered
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(delta) <> 0)
    SELECT k.survey_version_id, COALESCE(r.municipality, ''), COALESCE(r.age_band, ''), COALESCE(r.language, ''),
           p.qa, p.va, p.qb, p.vb, CAST(sum(p.delta) AS integer)
    FROM summed p JOIN respondents r ON r.id = p.respondent_id JOIN campaigns k ON k.id = r.campaign_id
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(p.delta) <> 0$q$, changed)]
$$;

CREATE FUNCTION note_inserted_pairs() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    statement text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM new_rows) THEN
        RETURN NULL;   -- an upsert fires both statement triggers; the journal's rows go to one of them
    END IF;
    FOREACH statement IN ARRAY pair_delta_statements($q$
        SELECT id, respondent_id, CAST(NULL AS text) AS old_question, CAST(NULL AS text) AS old_value
        FROM new_rows WHERE source <> 'RECORDING'$q$) LOOP
        EXECUTE statement;
    END LOOP;
    RETURN NULL;
END
$$;

-- Only answers whose counted question or value changed (a value given again, an erased recording change none).
CREATE FUNCTION note_updated_pairs() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    statement text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM new_rows) THEN
        RETURN NULL;   -- an upsert fires both statement triggers; the journal's rows go to one of them
    END IF;
    FOREACH statement IN ARRAY pair_delta_statements($q$
        SELECT n.id, n.respondent_id, CASE WHEN o.source <> 'RECORDING' THEN o.question_id END AS old_question,
               o.value AS old_value
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (o.source = 'RECORDING') IS DISTINCT FROM (n.source = 'RECORDING')
           OR (n.source <> 'RECORDING' AND (o.value <> n.value OR o.question_id <> n.question_id))$q$) LOOP
        EXECUTE statement;
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER answers_pairs_inserted AFTER INSERT ON answers
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_inserted_pairs();
CREATE TRIGGER answers_pairs_updated AFTER UPDATE ON answers
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_updated_pairs();

-- The pairs of the answers stored before this migration. Answer changes still waiting for the route carry this
-- migration's transaction as their writer (the column's default, above), so the pairs wait as pair changes of the
-- same writer and are applied with them; with none waiting they are counted at once.
CREATE TEMP TABLE existing_pairs ON COMMIT DROP AS
SELECT c.survey_version_id, x.question_id AS question_a, y.question_id AS question_b,
       COALESCE(r.municipality, '') AS municipality, COALESCE(r.age_band, '') AS age_band,
       COALESCE(r.language, '') AS language, x.value AS value_a, y.value AS value_b, CAST(count(*) AS integer) AS count
FROM answers x JOIN answers y ON y.respondent_id = x.respondent_id AND x.question_id < y.question_id
JOIN respondents r ON r.id = x.respondent_id JOIN campaigns c ON c.id = r.campaign_id
WHERE x.source <> 'RECORDING' AND y.source <> 'RECORDING'
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

INSERT INTO answer_pair_counts (survey_version_id, question_a, question_b, municipality, age_band, language, value_a,
                                value_b, count)
SELECT * FROM existing_pairs WHERE NOT EXISTS (SELECT 1 FROM answer_events);

INSERT INTO answer_pair_events (survey_version_id, municipality, age_band, language, question_a, value_a, question_b,
                                value_b, delta)
SELECT survey_version_id, municipality, age_band, language, question_a, value_a, question_b, value_b, count
FROM existing_pairs WHERE EXISTS (SELECT 1 FROM answer_events);
