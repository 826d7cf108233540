-- The demo's table leaves the production schema: simulated residents are the demo module's business, and it creates
-- what it needs itself (fi.kuuleva.demo.SimulatedResidents). Databases that ran V2 lose it here; a demo run makes it
-- again.
DROP TABLE IF EXISTS demo_simulated_residents;

-- Each call step's session state was written here and read by nothing: an interrupted survey resumes from the
-- respondent's answers and unanswered questions (fi.kuuleva.calls.StoredCallJournal#answered).
DROP TABLE IF EXISTS session_states;
