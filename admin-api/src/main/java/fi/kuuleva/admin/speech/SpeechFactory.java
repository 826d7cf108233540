package fi.kuuleva.admin.speech;

import fi.kuuleva.admin.promptrecording.StoredPromptRecordings;
import fi.kuuleva.calls.TelephonyConfig;
import fi.kuuleva.speech.Speech;
import fi.kuuleva.speech.SpeechConfig;
import fi.kuuleva.speech.asr.SpeechLanguages;
import fi.kuuleva.speech.prompt.PromptFiles;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The speech side's beans, made once from {@link SpeechSettings}: the {@link SpeechConfig}, the {@link PromptFiles}
 * every prompt is made by (calls, prompt warming, previews), and the loaded speech models. A configured model that
 * is missing or broken fails the start with its path.
 */
@Factory
class SpeechFactory {

    @Singleton
    SpeechConfig speechConfig(SpeechSettings settings, TelephonyConfig telephony) {
        return settings.config(telephony.media());
    }

    /** Officers' stored recordings first, then the configured recordings folder, then synthesis. */
    @Singleton
    PromptFiles promptFiles(SpeechConfig config, StoredPromptRecordings recordings) {
        return Speech.promptFiles(config, recordings);
    }

    /** Loaded at start, so a missing model is found before the first call; closed when the service stops. */
    @Context
    @Bean(preDestroy = "close")
    SpeechLanguages speechLanguages(SpeechConfig config) {
        return Speech.speechLanguages(config, config.models().keySet());
    }
}
