package fi.kuuleva.flow.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Jackson mix-in for the session state: null parts are left out, and so is {@code voicemailLeft} while false, so a
 * state saved before it existed is written again byte for byte.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
abstract class SessionStateJson {

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    abstract boolean voicemailLeft();
}
