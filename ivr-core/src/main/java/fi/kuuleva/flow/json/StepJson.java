package fi.kuuleva.flow.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import fi.kuuleva.flow.Step;

/** Jackson mix-in for {@code Step}: the step is written by its short name as {@code step}, e.g. {@code "question"}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "step")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Step.ChoosingLanguage.class, name = "language"),
        @JsonSubTypes.Type(value = Step.AskingConsent.class, name = "consent"),
        @JsonSubTypes.Type(value = Step.AskingQuestion.class, name = "question"),
        @JsonSubTypes.Type(value = Step.ConfirmingAnswer.class, name = "confirm"),
        @JsonSubTypes.Type(value = Step.ConfirmingControl.class, name = "confirm-control"),
        @JsonSubTypes.Type(value = Step.Declined.class, name = "declined"),
        @JsonSubTypes.Type(value = Step.AskingCallbackTime.class, name = "callback-time"),
        @JsonSubTypes.Type(value = Step.Informed.class, name = "informed"),
        @JsonSubTypes.Type(value = Step.Transferring.class, name = "transferring"),
        @JsonSubTypes.Type(value = Step.Finished.class, name = "finished")})
interface StepJson {
}
