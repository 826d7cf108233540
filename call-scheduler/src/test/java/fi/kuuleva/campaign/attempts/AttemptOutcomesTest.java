package fi.kuuleva.campaign.attempts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuuleva.flow.Outcome;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttemptOutcomesTest {

    @ParameterizedTest
    @CsvSource({
            "COMPLETED, COMPLETED",
            "REFUSED, REFUSED",
            "NO_RESPONSE, NO_RESPONSE",
            "OPTED_OUT, OPTED_OUT",
            "CALLBACK_REQUESTED, CALLBACK_REQUESTED",
            "HUNG_UP, HUNG_UP_MID_SURVEY",
            "MACHINE, MACHINE",
            "VOICEMAIL_LEFT, MACHINE"})
    void surveyOutcomes(Outcome flow, AttemptOutcome expected) {
        assertEquals(expected, AttemptOutcomes.fromFlow(flow));
    }

    @ParameterizedTest
    @CsvSource({"ANSWERED, ANSWERED", "BUSY, BUSY", "NO_ANSWER, NO_ANSWER", "FAILED, FAILED"})
    void dialResults(DialResult dial, AttemptOutcome expected) {
        assertEquals(expected, AttemptOutcomes.fromDial(dial));
    }

    @Test
    void anAnsweredCallTakesTheSurveysOutcomeAndOtherwiseTheDiallers() {
        assertEquals(AttemptOutcome.REFUSED, AttemptOutcomes.of(DialResult.ANSWERED, Optional.of(Outcome.REFUSED)));
        assertEquals(AttemptOutcome.ANSWERED, AttemptOutcomes.of(DialResult.ANSWERED, Optional.empty()));
        assertEquals(AttemptOutcome.BUSY, AttemptOutcomes.of(DialResult.BUSY, Optional.of(Outcome.COMPLETED)));
    }

    @Test
    void exactlyTheRespondentsOwnAnswersAreFinal() {
        Set<AttemptOutcome> finals = Arrays.stream(AttemptOutcome.values()).filter(AttemptOutcome::isFinal)
                .collect(Collectors.toSet());
        assertEquals(EnumSet.of(AttemptOutcome.COMPLETED, AttemptOutcome.REFUSED, AttemptOutcome.OPTED_OUT,
                AttemptOutcome.CALLBACK_REQUESTED, AttemptOutcome.TRANSFERRED), finals);
    }
}
