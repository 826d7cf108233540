package fi.kuuleva.telephony.ami;

import java.time.Duration;

/** How to reach one Asterisk server's AMI; the secret is never logged. */
public record AmiConfig(String name, String host, int port, String username, String secret,
                        Duration firstRetry, Duration maxRetry) {

    public static AmiConfig local(String secret) {
        return new AmiConfig("local", "127.0.0.1", 5038, "kuuleva", secret, Duration.ofMillis(500),
                Duration.ofSeconds(30));
    }

    @Override
    public String toString() {
        return name + " (" + username + "@" + host + ":" + port + ")";
    }
}
