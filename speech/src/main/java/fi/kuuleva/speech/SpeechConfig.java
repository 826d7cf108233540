package fi.kuuleva.speech;

import fi.kuuleva.speech.audio.LoudnessTarget;
import fi.kuuleva.speech.audio.PromptFormat;
import fi.kuuleva.speech.setup.SpeechSetupException;
import fi.kuuleva.speech.tts.EspeakSynthesizer;
import fi.kuuleva.survey.Language;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How prompts are made and answers recognized on one installation. Immutable.
 *
 * @param cacheDir       where prompt files are kept (content-addressed, safe to share between processes)
 * @param recordingsDir  officers' recordings, {@code <dir>/<lang>/<prompt id>.wav}, if any
 * @param engines        the synthesizer per language; every language defaults to espeak-ng
 * @param espeakVoices   the espeak-ng voice per language
 * @param models         the Vosk model directory per language; a language without one takes keypad answers only
 */
public record SpeechConfig(Path cacheDir, Optional<Path> recordingsDir, PromptFormat format, LoudnessTarget loudness,
                           String espeakExecutable, Map<Language, Engine> engines, Map<Language, String> espeakVoices,
                           Map<Language, Path> models) {

    /** The text-to-speech engines. */
    public enum Engine {
        /** espeak-ng, a process; Finnish, Swedish and English. */
        ESPEAK_NG,
        /** FreeTTS, in-process; English only. */
        FREETTS
    }

    public SpeechConfig {
        engines = copy(engines);
        espeakVoices = copy(espeakVoices);
        models = copy(models);
    }

    /** espeak-ng for every language with its default voices, 8 kHz WAV, no recordings, no speech models. */
    public static SpeechConfig defaults(Path cacheDir) {
        Map<Language, Engine> engines = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            engines.put(language, Engine.ESPEAK_NG);
        }
        return new SpeechConfig(cacheDir, Optional.empty(), PromptFormat.WAV, LoudnessTarget.TELEPHONE, "espeak-ng",
                engines, EspeakSynthesizer.DEFAULT_VOICES, Map.of());
    }

    /**
     * Reads {@code KUULEVA_PROMPT_CACHE} (default {@code var/prompts}), {@code KUULEVA_PROMPT_RECORDINGS},
     * {@code KUULEVA_PROMPT_FORMAT} (wav, wav16, sln, sln16), {@code KUULEVA_ESPEAK}, and per language code
     * ({@code FI}, {@code SV}, {@code EN}): {@code KUULEVA_TTS_<LANG>} (espeak-ng or freetts),
     * {@code KUULEVA_ESPEAK_VOICE_<LANG>} and {@code KUULEVA_VOSK_MODEL_<LANG>}; the service reads the same variables
     * through its {@code kuuleva.speech} configuration and {@link #of}.
     */
    public static SpeechConfig fromEnvironment(Map<String, String> env) {
        Map<Language, String> engines = new EnumMap<>(Language.class);
        Map<Language, String> voices = new EnumMap<>(Language.class);
        Map<Language, String> models = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String suffix = language.code().toUpperCase(Locale.ROOT);
            Optional.ofNullable(env.get("KUULEVA_TTS_" + suffix)).ifPresent(v -> engines.put(language, v));
            Optional.ofNullable(env.get("KUULEVA_ESPEAK_VOICE_" + suffix)).ifPresent(v -> voices.put(language, v));
            Optional.ofNullable(env.get("KUULEVA_VOSK_MODEL_" + suffix)).ifPresent(v -> models.put(language, v));
        }
        return of(Path.of(env.getOrDefault("KUULEVA_PROMPT_CACHE", "var/prompts")),
                env.getOrDefault("KUULEVA_PROMPT_RECORDINGS", ""), env.getOrDefault("KUULEVA_PROMPT_FORMAT", "wav"),
                env.getOrDefault("KUULEVA_ESPEAK", "espeak-ng"), engines, voices, models);
    }

    /**
     * The configuration from its settings as text; a blank or missing setting takes the {@link #defaults}. An
     * unknown engine or format is a {@link SpeechSetupException} naming the choices.
     *
     * @param engines {@code espeak-ng} or {@code freetts} per language
     * @param voices  the espeak-ng voice per language
     * @param models  the Vosk model directory per language
     */
    public static SpeechConfig of(Path cacheDir, String recordings, String format, String espeak,
                                  Map<Language, String> engines, Map<Language, String> voices,
                                  Map<Language, String> models) {
        SpeechConfig defaults = defaults(cacheDir);
        Map<Language, Engine> chosenEngines = new EnumMap<>(defaults.engines);
        Map<Language, String> chosenVoices = new EnumMap<>(defaults.espeakVoices);
        Map<Language, Path> modelDirs = new EnumMap<>(Language.class);
        engines.forEach((language, name) -> given(name).map(SpeechConfig::engine)
                .ifPresent(engine -> chosenEngines.put(language, engine)));
        voices.forEach((language, voice) -> given(voice).ifPresent(v -> chosenVoices.put(language, v)));
        models.forEach((language, dir) -> given(dir).ifPresent(d -> modelDirs.put(language, Path.of(d))));
        PromptFormat promptFormat;
        try {
            promptFormat = PromptFormat.fromExtension(given(format).orElse("wav"));
        } catch (IllegalArgumentException e) {
            throw new SpeechSetupException(e.getMessage());
        }
        return new SpeechConfig(cacheDir, given(recordings).map(Path::of), promptFormat, defaults.loudness,
                given(espeak).orElse(defaults.espeakExecutable), chosenEngines, chosenVoices, modelDirs);
    }

    private static Optional<String> given(String setting) {
        return Optional.ofNullable(setting).map(String::trim).filter(v -> !v.isEmpty());
    }

    public SpeechConfig withCacheDir(Path dir) {
        return new SpeechConfig(dir, recordingsDir, format, loudness, espeakExecutable, engines, espeakVoices, models);
    }

    public SpeechConfig withRecordings(Path dir) {
        return new SpeechConfig(cacheDir, Optional.of(dir), format, loudness, espeakExecutable, engines, espeakVoices,
                models);
    }

    public SpeechConfig withFormat(PromptFormat newFormat) {
        return new SpeechConfig(cacheDir, recordingsDir, newFormat, loudness, espeakExecutable, engines, espeakVoices,
                models);
    }

    public SpeechConfig withEngine(Language language, Engine engine) {
        Map<Language, Engine> changed = new EnumMap<>(engines);
        changed.put(language, engine);
        return new SpeechConfig(cacheDir, recordingsDir, format, loudness, espeakExecutable, changed, espeakVoices,
                models);
    }

    public SpeechConfig withModel(Language language, Path dir) {
        Map<Language, Path> changed = new EnumMap<>(Language.class);
        changed.putAll(models);
        changed.put(language, dir);
        return new SpeechConfig(cacheDir, recordingsDir, format, loudness, espeakExecutable, engines, espeakVoices,
                changed);
    }

    private static Engine engine(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "espeak-ng", "espeak" -> Engine.ESPEAK_NG;
            case "freetts" -> Engine.FREETTS;
            default -> throw new SpeechSetupException("'" + name
                    + "' is not a speech engine (use espeak-ng or freetts)");
        };
    }

    private static <V> Map<Language, V> copy(Map<Language, V> map) {
        return map.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(map));
    }
}
