package fi.kuuleva.calls;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The service's FastAGI server and media ({@code kuuleva.telephony}).
 *
 * @param agiHost       the address Asterisk connects to (channel variable KUULEVA_AGI_HOST); none: Asterisk's default
 * @param mediaDir      the media folder Asterisk sees at the same absolute path: prompts/ and recordings/
 * @param englishModel  the English Vosk model directory; spoken answers in English when it exists
 */
@ConfigurationProperties("kuuleva.telephony")
public record TelephonyConfig(@Bindable(defaultValue = "127.0.0.1") String agiBind,
                              @Bindable(defaultValue = "4573") int agiPort,
                              @Nullable String agiHost,
                              @Bindable(defaultValue = "64") int agiThreads,
                              @Bindable(defaultValue = "var/media") String mediaDir,
                              @Bindable(defaultValue = "speech/target/models/en") String englishModel) {

    public Path media() {
        return Path.of(mediaDir).toAbsolutePath().normalize();
    }

    public Optional<Path> english() {
        Path model = Path.of(englishModel).toAbsolutePath().normalize();
        return Files.isDirectory(model) ? Optional.of(model) : Optional.empty();
    }
}
