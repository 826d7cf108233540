-- A finished campaign of the journey survey (version :version): 17 respondents in Lappeenranta, 3 in Taipalsaari
-- (too few to show; in total every answer has at least 5, so the total is shown in full), each with one completed call and answers to both questions. Statements split on ';'.
INSERT INTO campaigns (name, survey_version_id, state, max_attempts, calling_windows)
VALUES ('Kevään kysely', :version, 'COMPLETED', 3, '[{"days":"MON-FRI","from":"10:00","to":"18:00"}]');
INSERT INTO respondents (campaign_id, phone_e164, language, municipality, age_band, birth_year, status, attempts,
                         last_outcome)
SELECT (SELECT max(id) FROM campaigns), '+35840777' || lpad(CAST(g AS text), 4, '0'),
       CASE WHEN g % 4 = 0 THEN 'sv' ELSE 'fi' END, CASE WHEN g <= 17 THEN 'Lappeenranta' ELSE 'Taipalsaari' END,
       CASE WHEN g % 2 = 0 THEN '65-74' ELSE '75-84' END, CASE WHEN g % 2 = 0 THEN 1955 ELSE 1945 END, 'DONE', 1,
       'COMPLETED'
FROM generate_series(1, 20) g;
INSERT INTO call_attempts (respondent_id, campaign_id, attempt_no, state, instance_id, outcome, survey_outcome,
                           consent, language, queued_at, started_at, answered_at, ended_at)
SELECT id, campaign_id, 1, 'COMPLETED', 'seed', 'COMPLETED', 'COMPLETED', true, language, now() - interval '5 minutes',
       now() - interval '5 minutes', now() - interval '4 minutes', now() - interval '3 minutes'
FROM respondents WHERE campaign_id = (SELECT max(id) FROM campaigns);
INSERT INTO answers (respondent_id, question_id, attempt_id, value, source, answered_at)
SELECT r.id, 'turvallisuus', a.id, CASE WHEN r.id % 5 = 0 THEN 'no' ELSE 'yes' END, 'KEY', now()
FROM respondents r JOIN call_attempts a ON a.respondent_id = r.id WHERE r.campaign_id = (SELECT max(id) FROM campaigns);
INSERT INTO answers (respondent_id, question_id, attempt_id, value, source, answered_at)
SELECT r.id, 'yksinaisyys', a.id,
       CASE WHEN CAST(right(r.phone_e164, 2) AS integer) <= 5 THEN 'usein'
            WHEN CAST(right(r.phone_e164, 2) AS integer) <= 10 THEN 'joskus' ELSE 'harvoin' END,
       'KEY', now()
FROM respondents r JOIN call_attempts a ON a.respondent_id = r.id WHERE r.campaign_id = (SELECT max(id) FROM campaigns)
