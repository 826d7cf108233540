package fi.kuuleva.speech;

import fi.kuuleva.speech.asr.SpeechLanguages;
import fi.kuuleva.speech.prompt.PromptCache;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.speech.prompt.PromptRecordings;
import fi.kuuleva.speech.prompt.RecordedPrompts;
import fi.kuuleva.speech.tts.EspeakSynthesizer;
import fi.kuuleva.speech.tts.FreeTtsSynthesizer;
import fi.kuuleva.speech.tts.Synthesizer;
import fi.kuuleva.survey.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds this module's services from a {@link SpeechConfig}: one espeak-ng and at most one FreeTTS synthesizer shared
 * by the languages that use them. Stateless.
 */
public final class Speech {

    private Speech() {
    }

    /** The prompt files of {@code config}; starts FreeTTS (about a second) only if a language uses it. */
    public static PromptFiles promptFiles(SpeechConfig config) {
        return promptFiles(config, PromptRecordings.none());
    }

    /** The same, playing {@code recordings} first, then those of the configured recordings folder. */
    public static PromptFiles promptFiles(SpeechConfig config, PromptRecordings recordings) {
        Map<Language, Synthesizer> synthesizers = new EnumMap<>(Language.class);
        EspeakSynthesizer espeak = null;
        FreeTtsSynthesizer freeTts = null;
        for (Map.Entry<Language, SpeechConfig.Engine> entry : config.engines().entrySet()) {
            if (entry.getValue() == SpeechConfig.Engine.FREETTS) {
                freeTts = freeTts != null ? freeTts : new FreeTtsSynthesizer();
                freeTts.check(entry.getKey());
                synthesizers.put(entry.getKey(), freeTts);
            } else {
                espeak = espeak != null ? espeak
                        : new EspeakSynthesizer(config.espeakExecutable(), config.espeakVoices());
                synthesizers.put(entry.getKey(), espeak);
            }
        }
        return new PromptFiles(synthesizers, recordings.orElse(new RecordedPrompts(config.recordingsDir())),
                new PromptCache(config.cacheDir()), config.format(), config.loudness());
    }

    /** Loads the configured models; {@code wanted} languages without one get a warning and keypad answers. */
    public static SpeechLanguages speechLanguages(SpeechConfig config, Set<Language> wanted) {
        return SpeechLanguages.load(config.models(), wanted);
    }
}
