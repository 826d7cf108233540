package fi.kuuleva.dialler;

import fi.kuuleva.campaign.pacing.PacerSettings;
import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * One Asterisk server the dispatcher calls through ({@code kuuleva.asterisk.servers.<name>}). The secret comes from
 * the environment ({@code KUULEVA_AMI_SECRET}) and is never logged.
 *
 * @param channel   the dial string; {@code {number}} is the E.164 number, {@code {digits}} the same without "+",
 *                  e.g. {@code PJSIP/{number}@trunk} or {@code Local/{digits}@simulated-residents}
 * @param simulated the channel reaches asterisk-config's simulated residents: their demo-only behaviour variables
 *                  are added to each originate
 */
@EachProperty("kuuleva.asterisk.servers")
public record AsteriskServerConfig(@Parameter String name,
                                   @Bindable(defaultValue = "127.0.0.1") String host,
                                   @Bindable(defaultValue = "5038") int port,
                                   @Bindable(defaultValue = "kuuleva") String username,
                                   @Nullable String secret,
                                   @Bindable(defaultValue = "PJSIP/{number}@trunk") String channel,
                                   @Bindable(defaultValue = "\"Kuuleva\" <0100000000>") String callerId,
                                   @Bindable(defaultValue = "10") int maxConcurrentCalls,
                                   @Bindable(defaultValue = "2") double callStartsPerSecond,
                                   @Bindable(defaultValue = "30") int ringSeconds,
                                   @Bindable(defaultValue = "false") boolean simulated) {

    /** The server's line limits, shared by every instance (the same on each, like the rest of the entry). */
    public PacerSettings limits() {
        return new PacerSettings(maxConcurrentCalls, callStartsPerSecond);
    }

    /** The dial string for one number. */
    public String channelFor(String e164) {
        return channel.replace("{number}", e164).replace("{digits}", e164.replace("+", ""));
    }

    @Override
    public String toString() {
        return name + " (" + username + "@" + host + ":" + port + ", " + channel + ")";
    }
}
