package fi.kuuleva.telephony.agi;

import fi.kuuleva.flow.Prompt;

/** Where the audio of a prompt is, as a path without extension that Asterisk can read. Thread-safe. */
@FunctionalInterface
public interface PromptFiles {

    String fileFor(Prompt prompt);
}
