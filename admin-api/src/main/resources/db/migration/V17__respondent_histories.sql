-- Response quality (issue 17): what each respondent's final disposition rests on, kept per respondent so that the
-- quality report groups one narrow row per respondent instead of aggregating every attempt and answer per request.
-- Statement triggers on respondents, call_attempts, answers and unanswered_questions recompute the rows of the
-- respondents a statement touched, in the writer's transaction, from the same columns the report read live
-- (fi.kuuleva.admin.report.quality.QualityQueries): the rows always equal a recount.

CREATE TABLE respondent_histories (
    respondent_id     bigint  PRIMARY KEY,
    survey_version_id bigint  NOT NULL,
    municipality      text    NOT NULL,             -- '' for unknown, as in the report counts
    age_band          text    NOT NULL,
    language          text    NOT NULL,
    facts             text[]  NOT NULL,             -- distinct 'outcome:hangup_cause:survey_outcome' of ended attempts
    answered          integer NOT NULL,             -- answers rows
    unanswered        integer NOT NULL              -- unanswered_questions rows
);

CREATE INDEX respondent_histories_version ON respondent_histories (survey_version_id);

-- One respondent's history now, as the report reads it.
CREATE FUNCTION respondent_facts(respondent bigint) RETURNS text[] LANGUAGE sql STABLE AS $$
    SELECT ARRAY(SELECT DISTINCT a.outcome || ':' || COALESCE(a.hangup_cause, '') || ':'
                                 || COALESCE(a.survey_outcome, '')
                 FROM call_attempts a WHERE a.respondent_id = respondent AND a.outcome IS NOT NULL ORDER BY 1)
$$;

-- Recomputes the given respondents' rows. Their rows are locked first (in id order), and the recount is a statement
-- of its own, so it sees whatever a concurrent writer of the same respondent committed while this one waited. The
-- ids are joined as a set (one index lookup each): "= ANY (array)" over a bulk statement's ids compared every row
-- with every id.
CREATE FUNCTION refresh_histories(respondents bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM respondent_histories h JOIN unnest(respondents) AS t(id) ON h.respondent_id = t.id
    ORDER BY h.respondent_id FOR UPDATE OF h;
    UPDATE respondent_histories h
    SET facts = respondent_facts(h.respondent_id),
        answered = (SELECT count(*) FROM answers x WHERE x.respondent_id = h.respondent_id),
        unanswered = (SELECT count(*) FROM unanswered_questions u WHERE u.respondent_id = h.respondent_id)
    FROM unnest(respondents) AS t(id)
    WHERE h.respondent_id = t.id;
END
$$;

CREATE FUNCTION note_new_respondents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO respondent_histories (respondent_id, survey_version_id, municipality, age_band, language, facts,
                                      answered, unanswered)
    SELECT n.id, c.survey_version_id, COALESCE(n.municipality, ''), COALESCE(n.age_band, ''),
           COALESCE(n.language, ''), '{}', 0, 0
    FROM new_rows n JOIN campaigns c ON c.id = n.campaign_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER respondents_histories AFTER INSERT ON respondents
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_new_respondents();

-- A respondent's register groups or campaign corrected after import (the dialler updates respondents often, so
-- only a changed group or campaign is written).
CREATE FUNCTION note_regrouped_respondents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE respondent_histories h
    SET survey_version_id = c.survey_version_id, municipality = COALESCE(n.municipality, ''),
        age_band = COALESCE(n.age_band, ''), language = COALESCE(n.language, '')
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN campaigns c ON c.id = n.campaign_id
    WHERE h.respondent_id = n.id
      AND (o.municipality IS DISTINCT FROM n.municipality OR o.age_band IS DISTINCT FROM n.age_band
           OR o.language IS DISTINCT FROM n.language OR o.campaign_id <> n.campaign_id);
    RETURN NULL;
END
$$;

CREATE TRIGGER respondents_histories_updated AFTER UPDATE ON respondents
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION note_regrouped_respondents();

CREATE FUNCTION note_removed_respondents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM respondent_histories WHERE respondent_id IN (SELECT id FROM old_rows);
    RETURN NULL;
END
$$;

CREATE TRIGGER respondents_histories_deleted AFTER DELETE ON respondents
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION note_removed_respondents();

-- Inserted or deleted rows (answers, unanswered questions, attempts): their respondents are recounted.
CREATE FUNCTION note_inserted_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_histories(ARRAY(SELECT DISTINCT respondent_id FROM new_rows));
    RETURN NULL;
END
$$;

CREATE FUNCTION note_deleted_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_histories(ARRAY(SELECT DISTINCT respondent_id FROM old_rows));
    RETURN NULL;
END
$$;

-- An updated attempt counts only when what the disposition reads changed (the dialler updates attempts often).
CREATE FUNCTION note_updated_attempts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_histories(ARRAY(
        SELECT DISTINCT n.respondent_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE o.outcome IS DISTINCT FROM n.outcome OR o.hangup_cause IS DISTINCT FROM n.hangup_cause
           OR o.survey_outcome IS DISTINCT FROM n.survey_outcome OR o.respondent_id <> n.respondent_id
        UNION
        -- an attempt moved to another respondent leaves its first one too
        SELECT o.respondent_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE o.respondent_id <> n.respondent_id));
    RETURN NULL;
END
$$;

CREATE TRIGGER call_attempts_histories_inserted AFTER INSERT ON call_attempts
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_inserted_history();
CREATE TRIGGER call_attempts_histories_updated AFTER UPDATE ON call_attempts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION note_updated_attempts();
CREATE TRIGGER call_attempts_histories_deleted AFTER DELETE ON call_attempts
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION note_deleted_history();

-- Answers and unanswered questions count as rows: an update (a value given again, an erased recording) changes no
-- count, so only inserts and deletes are noted.
CREATE TRIGGER answers_histories_inserted AFTER INSERT ON answers
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_inserted_history();
CREATE TRIGGER answers_histories_deleted AFTER DELETE ON answers
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION note_deleted_history();
CREATE TRIGGER unanswered_histories_inserted AFTER INSERT ON unanswered_questions
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION note_inserted_history();
CREATE TRIGGER unanswered_histories_deleted AFTER DELETE ON unanswered_questions
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION note_deleted_history();

-- The histories of the respondents stored before this migration.
INSERT INTO respondent_histories (respondent_id, survey_version_id, municipality, age_band, language, facts,
                                  answered, unanswered)
SELECT r.id, c.survey_version_id, COALESCE(r.municipality, ''), COALESCE(r.age_band, ''),
       COALESCE(r.language, ''), respondent_facts(r.id),
       (SELECT count(*) FROM answers x WHERE x.respondent_id = r.id),
       (SELECT count(*) FROM unanswered_questions u WHERE u.respondent_id = r.id)
FROM respondents r JOIN campaigns c ON c.id = r.campaign_id;
