package fi.kuuleva.telephony.agi;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.survey.Settings.Voice;

/**
 * Where the audio of a prompt is, spoken at the survey's {@code voice}, as a path without extension that Asterisk
 * can read. Thread-safe.
 */
@FunctionalInterface
public interface PromptLocator {

    String fileFor(Prompt prompt, Voice voice);
}
