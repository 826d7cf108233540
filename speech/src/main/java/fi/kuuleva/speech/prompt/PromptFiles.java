package fi.kuuleva.speech.prompt;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.speech.audio.LoudnessTarget;
import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.PromptFormat;
import fi.kuuleva.speech.audio.Resampler;
import fi.kuuleva.speech.audio.Silence;
import fi.kuuleva.speech.setup.SpeechSetupException;
import fi.kuuleva.speech.tts.SpeechRequest;
import fi.kuuleva.speech.tts.Synthesizer;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Settings.Voice;
import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link Prompt} into a file Asterisk plays: the officer's recording if there is one, else the language's
 * synthesizer at the survey's rate (syllables/s, set through the synthesizer's {@code RateCurve}) and pause; either way trimmed to short silent margins, converted to the
 * {@link PromptFormat} and brought to the {@link LoudnessTarget}, through the {@link PromptCache}. Thread-safe.
 */
public final class PromptFiles {

    private static final int LEAD_MILLIS = 50;
    private static final int TAIL_MILLIS = 150;

    private final Map<Language, Synthesizer> synthesizers;
    private final PromptRecordings recordings;
    private final PromptCache cache;
    private final PromptFormat format;
    private final LoudnessTarget loudness;

    public PromptFiles(Map<Language, Synthesizer> synthesizers, PromptRecordings recordings, PromptCache cache,
                       PromptFormat format, LoudnessTarget loudness) {
        this.synthesizers = synthesizers.isEmpty() ? Map.of() : new EnumMap<>(synthesizers);
        this.recordings = recordings;
        this.cache = cache;
        this.format = format;
        this.loudness = loudness;
    }

    public PromptFormat format() {
        return format;
    }

    /** Checks that every language has a working synthesizer; throws {@link SpeechSetupException} naming the fix. */
    public void check(Collection<Language> languages) {
        for (Language language : languages) {
            synthesizer(language).check(language);
        }
    }

    /** The file for {@code prompt} of no survey in particular (tools): only recordings kept for any survey apply. */
    public PromptFile fileFor(Prompt prompt, Voice voice) throws IOException {
        return fileFor("", prompt, voice);
    }

    /**
     * The file for {@code prompt} of the survey {@code surveyId}, made now unless cached: its recording if one was
     * made, else synthesized, at the slow rate when {@code prompt.slow()}.
     */
    public PromptFile fileFor(String surveyId, Prompt prompt, Voice voice) throws IOException {
        Optional<RecordedAudio> recording = recordings.find(surveyId, prompt);
        if (recording.isPresent()) {
            CacheKey key = new CacheKey("recording", recording.get().identity(), 0, 0, format, loudness, "");
            return new PromptFile(cache.file(key, () -> encode(recording.get().audio().read())), format, true);
        }
        Synthesizer synthesizer = synthesizer(prompt.language());
        int rate = synthesizer.rateCurve(prompt.language())
                .wordsPerMinute(prompt.slow() ? voice.slowSyllablesPerSecond() : voice.syllablesPerSecond());
        SpeechRequest request = new SpeechRequest(prompt.text(), prompt.language(), rate, voice.sentencePauseMillis());
        CacheKey key = new CacheKey(synthesizer.engine(), synthesizer.voice(prompt.language()), rate,
                voice.sentencePauseMillis(), format, loudness, prompt.text());
        return new PromptFile(cache.file(key, () -> encode(synthesizer.synthesize(request))), format, false);
    }

    private byte[] encode(Pcm audio) {
        Pcm trimmed = Silence.trim(audio, LEAD_MILLIS, TAIL_MILLIS);
        return format.encode(loudness.apply(Resampler.convert(trimmed, format.sampleRate())));
    }

    private Synthesizer synthesizer(Language language) {
        Synthesizer synthesizer = synthesizers.get(language);
        if (synthesizer == null) {
            throw new SpeechSetupException("no speech synthesizer is configured for language '" + language
                    + "': configure espeak-ng (apt-get install espeak-ng) for it");
        }
        return synthesizer;
    }
}
