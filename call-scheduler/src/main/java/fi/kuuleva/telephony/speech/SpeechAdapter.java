package fi.kuuleva.telephony.speech;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.flow.SpeechGrammar;
import fi.kuuleva.flow.SpeechRecognized;
import fi.kuuleva.speech.asr.Recognizer;
import fi.kuuleva.speech.asr.SpeechLanguages;
import fi.kuuleva.speech.prompt.PromptFile;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Settings.Voice;
import fi.kuuleva.telephony.agi.SpeechPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code speech} module as the call needs it: prompt files for Asterisk and recognition of recorded answers.
 * Thread-safe, as the prompt cache and recognizers are.
 */
public final class SpeechAdapter implements SpeechPort {

    private final SpeechLanguages recognizers;

    public SpeechAdapter(SpeechLanguages recognizers) {
        this.recognizers = recognizers;
    }

    /** Prompt files at each survey's voice settings, as Asterisk paths without extension. */
    public static fi.kuuleva.telephony.agi.PromptLocator prompts(PromptFiles files) {
        return prompts(files, PromptFile::asteriskPath);
    }

    /** Prompt files at each survey's voice settings, given to Asterisk as {@code where} says (a path, an address). */
    public static fi.kuuleva.telephony.agi.PromptLocator prompts(PromptFiles files,
                                                                 Function<PromptFile, String> where) {
        return (String surveyId, Prompt prompt, Voice voice) -> {
            try {
                return where.apply(files.fileFor(surveyId, prompt, voice));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the audio of prompt " + prompt.id(), e);
            }
        };
    }

    @Override
    public Set<Language> languages() {
        return recognizers.languages();
    }

    @Override
    public SpeechRecognized recognize(Path wav, SpeechGrammar grammar) {
        Optional<Recognizer> recognizer = recognizers.recognizer(grammar.language());
        if (recognizer.isEmpty()) {
            return new SpeechRecognized("", 0);
        }
        try {
            return recognizer.get().recognize(wav, grammar);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recognize " + wav, e);
        }
    }

    @Override
    public Optional<String> transcribe(Path wav, Language language) {
        return Optional.empty();
    }
}
