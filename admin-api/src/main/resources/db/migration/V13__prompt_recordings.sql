-- Officers' recordings of prompts. A recording is of one prompt's words: it plays in every version of the survey whose
-- prompt has the same id, language and text (SHA-256 of the text), so publishing a version carries over recordings
-- whose text did not change, and a changed text is synthesized until it is recorded again.
CREATE TABLE prompt_recordings (
    survey_slug  text        NOT NULL,                 -- the script's id (surveys.slug)
    language     text        NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
    prompt_id    text        NOT NULL,
    text_sha256  text        NOT NULL,
    audio        bytea       NOT NULL,                 -- 16 kHz 16-bit mono WAV, as sox decoded the upload
    audio_sha256 text        NOT NULL,
    duration_ms  integer     NOT NULL,
    version_id   bigint      NOT NULL REFERENCES survey_versions (id), -- the version it was uploaded for
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL,
    PRIMARY KEY (survey_slug, language, prompt_id, text_sha256)
);
