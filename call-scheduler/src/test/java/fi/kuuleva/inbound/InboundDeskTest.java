package fi.kuuleva.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InboundDeskTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(value = {
            "+358401234567, +358401234567",
            "0401234567, +358401234567",        // national, as a Finnish trunk may present it
            "00358401234567, +358401234567",
            "'', -",                            // withheld
            "anonymous, -",
            "Restricted, -",
            "12, -",                            // not a number a resident calls from
            "0600123456, -"},                   // a service number: never a respondent
            nullValues = "-")
    void callerIdIsNormalisedAsTheImportDoes(String callerId, String e164) {
        assertEquals(Optional.ofNullable(e164), InboundDesk.number(callerId));
    }
}
