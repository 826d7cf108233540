-- When a resident asking for a call-back would rather be called, said by key in the call (issue 12): morning,
-- afternoon, or no preference (silence, and every request made before the call asked).
ALTER TABLE callback_requests
    ADD COLUMN preferred_time text NOT NULL DEFAULT 'ANY'
        CHECK (preferred_time IN ('MORNING', 'AFTERNOON', 'ANY'));
