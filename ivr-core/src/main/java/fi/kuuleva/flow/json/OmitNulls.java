package fi.kuuleva.flow.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Jackson mix-in for the engine's records with optional parts: a null component is left out of the JSON. */
@JsonInclude(JsonInclude.Include.NON_NULL)
interface OmitNulls {
}
