-- DEMO ONLY: how a simulated resident (asterisk-config's simulated-residents context) behaves, as the RESIDENT_*
-- channel variables its originate carries. Read only for Asterisk servers configured as simulated; real
-- respondents never have a row here.
CREATE TABLE demo_simulated_residents (
    respondent_id bigint PRIMARY KEY REFERENCES respondents (id),
    variables     jsonb  NOT NULL
);
