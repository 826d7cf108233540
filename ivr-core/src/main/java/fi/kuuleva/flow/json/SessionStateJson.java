package fi.kuuleva.flow.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kuuleva.flow.Caller;

/**
 * Jackson mix-in for {@code SessionState}: null parts are left out, and so are the defaults of an outbound call (the
 * service called, nobody to put through, no voicemail left), so a state saved before inbound calls and voicemail
 * reads and is written again as before.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
interface SessionStateJson {

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    boolean voicemailLeft();

    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = CalledByUs.class)
    Caller caller();

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    boolean staffOnDuty();

    /** Jackson's value filter: true (leave out) for a call the service placed. */
    final class CalledByUs {
        @Override
        public boolean equals(Object value) {
            return value == null || value == Caller.CALLED;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
