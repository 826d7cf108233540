package fi.kuuleva.calls;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/**
 * The service's FastAGI server and media ({@code kuuleva.telephony}).
 *
 * @param agiHost       the address Asterisk connects to (channel variable KUULEVA_AGI_HOST); none: Asterisk's default
 * @param mediaDir      the media folder: prompts/ (Asterisk reads them at the same absolute path, unless
 *                      {@code promptUrl} is set) and recordings/ (Asterisk writes them there: always shared)
 * @param promptUrl     where Asterisk fetches prompts over HTTP instead ({@link PromptUrls}), this instance's
 *                      {@code /media/prompts} as Asterisk reaches it; none: by path
 */
@ConfigurationProperties("kuuleva.telephony")
public record TelephonyConfig(@Bindable(defaultValue = "127.0.0.1") String agiBind,
                              @Bindable(defaultValue = "4573") int agiPort,
                              @Nullable String agiHost,
                              @Bindable(defaultValue = "64") int agiThreads,
                              @Bindable(defaultValue = "var/media") String mediaDir,
                              @Nullable String promptUrl) {

    public Path media() {
        return Path.of(mediaDir).toAbsolutePath().normalize();
    }
}
