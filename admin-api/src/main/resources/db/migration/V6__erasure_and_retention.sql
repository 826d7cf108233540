-- Erasure and retention: a respondent's phone number can be removed while their answers stay for the aggregates,
-- and a campaign records when it ended (the phone-number retention counts from then).

ALTER TABLE respondents ALTER COLUMN phone_e164 DROP NOT NULL;
ALTER TABLE respondents DROP CONSTRAINT respondents_phone_e164_check;
ALTER TABLE respondents ADD CONSTRAINT respondents_phone_e164_check
    CHECK (phone_e164 IS NULL OR phone_e164 ~ '^\+[1-9][0-9]{6,14}$');
-- Set when the number (and the external reference) was erased on request or by the retention job.
ALTER TABLE respondents ADD COLUMN erased_at timestamptz;
ALTER TABLE respondents ADD CONSTRAINT respondents_erased_has_no_phone CHECK (erased_at IS NULL OR phone_e164 IS NULL);

ALTER TABLE campaigns ADD COLUMN ended_at timestamptz;

-- Whoever ends a campaign (an officer, or the dispatcher when nobody is left to call), the time is kept. Only the
-- dispatcher completes campaigns (officers' changes are audited by the service), so completion is audited here.
CREATE FUNCTION campaign_ended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state IN ('COMPLETED', 'CANCELLED') AND OLD.state NOT IN ('COMPLETED', 'CANCELLED') THEN
        NEW.ended_at := now();
    END IF;
    IF NEW.state = 'COMPLETED' AND OLD.state <> 'COMPLETED' THEN
        INSERT INTO audit_log (at, actor, action, subject, details)
        VALUES (now(), 'dispatcher', 'campaign.complete', 'campaign/' || NEW.id,
                jsonb_build_object('from', OLD.state, 'to', NEW.state));
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER campaigns_ended BEFORE UPDATE OF state ON campaigns
    FOR EACH ROW EXECUTE FUNCTION campaign_ended();

CREATE INDEX campaigns_ended ON campaigns (ended_at) WHERE ended_at IS NOT NULL;
CREATE INDEX answers_recordings ON answers (answered_at) WHERE recording_path IS NOT NULL;

-- An erased respondent is never called again: a call in progress at erasure ends as usual, but whatever would put
-- the respondent back in the queue (a retry, a claim given back) closes them instead.
CREATE FUNCTION erased_respondent_done() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.erased_at IS NOT NULL AND NEW.status = 'PENDING' THEN
        NEW.status := 'DONE';
        NEW.last_outcome := COALESCE(NEW.last_outcome, 'ERASED');
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER respondents_erased BEFORE UPDATE ON respondents
    FOR EACH ROW EXECUTE FUNCTION erased_respondent_done();
