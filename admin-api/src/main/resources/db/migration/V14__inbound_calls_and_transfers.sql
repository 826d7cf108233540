-- Calls to the survey number and transfers to a person (issue 14).
-- An attempt is OUTBOUND (the dialler placed it) or INBOUND (a respondent called in). An inbound attempt does not
-- count toward the campaign's attempt cap: its attempt_no is the number of outbound attempts before it (0 when the
-- resident called before being called), and only outbound attempts are numbered uniquely.
ALTER TABLE call_attempts
    ADD COLUMN direction text NOT NULL DEFAULT 'OUTBOUND' CHECK (direction IN ('OUTBOUND', 'INBOUND')),
    -- CONNECTED or NOT_ANSWERED when the caller asked to be put through to a member of staff
    ADD COLUMN transfer text CHECK (transfer IN ('CONNECTED', 'NOT_ANSWERED'));
ALTER TABLE call_attempts DROP CONSTRAINT call_attempts_attempt_no_check;
ALTER TABLE call_attempts ADD CONSTRAINT call_attempts_attempt_no_check
    CHECK (attempt_no >= 1 OR (direction = 'INBOUND' AND attempt_no = 0));
ALTER TABLE call_attempts DROP CONSTRAINT call_attempts_respondent_id_attempt_no_key;
CREATE UNIQUE INDEX call_attempts_outbound_no ON call_attempts (respondent_id, attempt_no) WHERE direction = 'OUTBOUND';

-- A call-back asked for in a call to the survey number by someone who is not a respondent due in it is kept against
-- their number; transfer_failed marks requests filed because nobody answered the caller's transfer to a person.
ALTER TABLE callback_requests
    ALTER COLUMN respondent_id DROP NOT NULL,
    ADD COLUMN caller_phone text CHECK (caller_phone ~ '^\+[1-9][0-9]{6,14}$'),
    ADD COLUMN transfer_failed boolean NOT NULL DEFAULT false,
    ADD CHECK (respondent_id IS NOT NULL OR caller_phone IS NOT NULL);
