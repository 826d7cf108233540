package fi.kuuleva.campaign.respondents;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import fi.kuuleva.campaign.DoNotCallList;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Builds test files and runs imports on 1 March 2026 with one number on the do-not-call list. */
final class Files {
    static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    static final String DO_NOT_CALL = "+358409999999";
    static final RespondentImport IMPORT = new RespondentImport(DoNotCallList.of(Set.of(DO_NOT_CALL)), MARCH_2026);

    private Files() {
    }

    static byte[] utf8(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(Charset charset, String... lines) {
        return String.join("\r\n", lines).getBytes(charset);
    }

    static Accepted accepted(byte[] file) {
        return assertInstanceOf(Accepted.class, IMPORT.read(file));
    }

    static Refused refused(byte[] file) {
        return assertInstanceOf(Refused.class, IMPORT.read(file));
    }

    static List<String> texts(List<ImportProblem> problems) {
        return problems.stream().map(ImportProblem::toString).toList();
    }
}
