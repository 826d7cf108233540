package fi.kuuleva.admin.speech;

import fi.kuuleva.speech.SpeechConfig;
import fi.kuuleva.survey.Language;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The speech settings of the service ({@code kuuleva.speech}), read once at start into the one {@link SpeechConfig}
 * that calls, the prompt warmer and the simulator share. Language-keyed maps take the codes fi, sv and en.
 *
 * @param promptCache where prompt files are kept; none: {@code <media>/prompts}, where Asterisk finds them
 * @param recordings  a folder of recordings {@code <lang>/<prompt id>.wav} that replace synthesis; none: none
 * @param format      the prompt file format: wav, wav16, sln or sln16
 * @param espeak      the espeak-ng executable
 * @param engines     the synthesizer per language: espeak-ng or freetts (English)
 * @param voices      the espeak-ng voice per language
 * @param models      the Vosk model directory per language; spoken answers in each language that has one
 */
@ConfigurationProperties("kuuleva.speech")
public record SpeechSettings(@Nullable String promptCache, @Nullable String recordings, @Nullable String format,
                             @Nullable String espeak, @Nullable Map<String, String> engines,
                             @Nullable Map<String, String> voices, @Nullable Map<String, String> models) {

    /** The configuration, prompt files under {@code media/prompts} unless {@link #promptCache} says otherwise. */
    public SpeechConfig config(Path media) {
        Path cache = promptCache == null || promptCache.isBlank() ? media.resolve("prompts")
                : Path.of(promptCache).toAbsolutePath().normalize();
        return SpeechConfig.of(cache, recordings, format, espeak, byLanguage("engines", engines),
                byLanguage("voices", voices), byLanguage("models", models));
    }

    private static Map<Language, String> byLanguage(String key, @Nullable Map<String, String> values) {
        Map<Language, String> result = new EnumMap<>(Language.class);
        if (values != null) {
            values.forEach((code, value) -> result.put(Language.fromCode(code.trim()).orElseThrow(() ->
                    new IllegalArgumentException("kuuleva.speech." + key + "." + code + ": '" + code
                            + "' is not a language code (fi, sv, en)")), value));
        }
        return result;
    }
}
