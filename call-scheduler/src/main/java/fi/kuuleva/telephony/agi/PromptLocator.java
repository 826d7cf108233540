package fi.kuuleva.telephony.agi;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.survey.Settings.Voice;

/**
 * Where the audio of a prompt of the survey {@code surveyId} (the script's id) is, recorded by an officer or spoken at
 * the survey's {@code voice}, as a path without extension that Asterisk can read. Thread-safe.
 */
@FunctionalInterface
public interface PromptLocator {

    String fileFor(String surveyId, Prompt prompt, Voice voice);
}
