-- When the survey's message was left on the respondent's answering machine (issue 12): it is left once per
-- respondent, so a later attempt that reaches the machine again says nothing. Null while no message was left.
ALTER TABLE respondents
    ADD COLUMN voicemail_left_at timestamptz;
