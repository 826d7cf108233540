package fi.kuuleva.flow;

/** Answering-machine detection says a machine, not a person, answered. */
public record MachineDetected() implements Resume {
}
