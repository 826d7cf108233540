-- A respondent's attempts are looked up on every key of a call (the journal's context reads the language of the
-- latest earlier attempt), on every attempt and answer write (the report triggers of V5 and V17 recount the
-- respondent) and when planning follow-up texts. V14 replaced the unique (respondent_id, attempt_no) by one for
-- outbound attempts only, which a query without "direction = 'OUTBOUND'" cannot use: since then each of these read
-- the whole table (storing 100,000 attempts in one statement ran for over 20 minutes, quadratic).
CREATE INDEX call_attempts_respondent ON call_attempts (respondent_id);
