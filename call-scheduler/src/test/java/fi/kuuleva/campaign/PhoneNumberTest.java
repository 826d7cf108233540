package fi.kuuleva.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void aNumberIsMaskedWheneverItIsPrinted() {
        PhoneNumber number = new PhoneNumber("+358401234567");
        assertEquals("+35840*****67", number.masked());
        assertEquals("+35840*****67", number.toString());
        assertEquals("+35851****67", new PhoneNumber("+35851234567").masked());
    }

    @Test
    void onlyE164IsAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new PhoneNumber("0401234567"));
        assertThrows(IllegalArgumentException.class, () -> new PhoneNumber("+358 40 123"));
        assertThrows(IllegalArgumentException.class, () -> new PhoneNumber(null));
    }

    @Test
    void theDoNotCallListMatchesByNumber() {
        DoNotCallList list = DoNotCallList.of(Set.of("+358401234567"));
        assertTrue(list.contains(new PhoneNumber("+358401234567")));
        assertFalse(list.contains(new PhoneNumber("+358401234568")));
        assertFalse(DoNotCallList.none().contains(new PhoneNumber("+358401234567")));
    }
}
