package fi.kuuleva.admin.sms.smpp;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The SMS gateway's SMPP account ({@code kuuleva.sms.smpp}): host, port, system id, and the password given in
 * {@code password} (env {@code KUULEVA_SMPP_PASSWORD}) or read from {@code passwordFile}; the password is never
 * printed ({@link #toString()}). {@code sourceAddress} is what residents see as the sender: a number, or up to 11
 * letters where the operator allows an alphanumeric sender.
 */
@ConfigurationProperties("kuuleva.sms.smpp")
public record SmppConfig(@Bindable(defaultValue = "localhost") String host,
                         @Bindable(defaultValue = "2775") int port,
                         @Bindable(defaultValue = "kuuleva") String systemId,
                         @Nullable String password,
                         @Nullable String passwordFile,
                         @Bindable(defaultValue = "") String systemType,
                         @Bindable(defaultValue = "Kuuleva") String sourceAddress,
                         @Bindable(defaultValue = "10s") Duration timeout,
                         @Bindable(defaultValue = "30s") Duration enquireLink) {

    /** SMPP 3.4 allows passwords of up to 8 characters. */
    public static final int MAX_PASSWORD = 8;

    /** The password: the file's first line when a file is named, else {@code password}, else empty. */
    public String secret() {
        if (passwordFile != null && !passwordFile.isBlank()) {
            try {
                return Files.readString(Path.of(passwordFile), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read kuuleva.sms.smpp.password-file", e);
            }
        }
        return password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "SmppConfig[" + systemId + "@" + host + ":" + port + ", source " + sourceAddress + "]";
    }
}
