package fi.kuuleva.speech.timing;

import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.flow.InputAwaited;
import fi.kuuleva.flow.Prompt;
import fi.kuuleva.flow.PromptPlayed;
import fi.kuuleva.flow.Resume;
import fi.kuuleva.flow.Sprint;
import fi.kuuleva.flow.Trigger;
import fi.kuuleva.script.BuiltInPhrases;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.speech.prompt.PromptFile;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import fi.kuuleva.flow.InputTimedOut;
import java.util.Optional;
import java.util.Set;

/**
 * Plays a survey through the real engine ({@link FlowEngine} with {@link BuiltInPhrases}) as an
 * {@link AllKeysResident} and measures each played prompt's audio as the calls' {@link PromptFiles} make it (same
 * synthesizer, voice, rate, pauses, silent margins and format), plus the time the call waits where the resident
 * stays silent (the language offer when the register gives the language). Keys only: no speech recognizer is assumed.
 * Thread-safe as {@link PromptFiles} is.
 */
public final class CallTiming {

    private static final int MAX_TURNS = 500;

    private final PromptFiles files;

    public CallTiming(PromptFiles files) {
        this.files = files;
    }

    /** The figures of one call of {@code survey} in {@code language}, started as {@code start} says. */
    public TimingFigures measure(Survey survey, Language language, Start start) throws IOException {
        FlowEngine engine = new FlowEngine(survey, BuiltInPhrases.phrases());
        AllKeysResident resident = new AllKeysResident(survey, language, start == Start.KNOWN_LANGUAGE);
        Optional<Language> known = start == Start.KNOWN_LANGUAGE ? Optional.of(language) : Optional.empty();
        Sprint sprint = engine.start(Trigger.firstCall(known, Set.of()));
        List<PlayedPrompt> played = new ArrayList<>();
        int firstQuestion = -1;
        int keys = 0;
        long waitBefore = 0;
        long waits = 0;
        for (int turn = 0; ; turn++) {
            for (var event : sprint.events()) {
                if (event instanceof PromptPlayed prompt) {
                    if (firstQuestion < 0 && isQuestion(prompt.prompt())) {
                        firstQuestion = played.size();
                    }
                    played.add(new PlayedPrompt(prompt.prompt(), millis(prompt.prompt(), survey)));
                }
            }
            if (sprint.ended()) {
                return new TimingFigures(language, start, played, firstQuestion, keys, waitBefore, waits);
            }
            if (turn == MAX_TURNS) {
                throw new IllegalStateException(survey.id() + " did not end after " + MAX_TURNS + " answers");
            }
            InputAwaited awaited = sprint.awaiting().orElseThrow();
            Resume answer = resident.answer(awaited);
            if (answer instanceof InputTimedOut) {
                long wait = awaited.timeoutSeconds() * 1000L;
                waits += wait;
                waitBefore += firstQuestion < 0 ? wait : 0;
            }
            keys += AllKeysResident.keyPresses(awaited, answer);
            sprint = engine.resume(sprint.state(), answer);
        }
    }

    /** The question's own text, the prompt {@code question/<id>} (not its keys, hints or confirmations). */
    static boolean isQuestion(Prompt prompt) {
        return prompt.id().startsWith("question/") && prompt.id().indexOf('/', "question/".length()) < 0;
    }

    private long millis(Prompt prompt, Survey survey) throws IOException {
        PromptFile file = files.fileFor(prompt, survey.settings().voice());
        if (file.format().name().startsWith("WAV")) {
            return WavFiles.read(file.file()).durationMillis();
        }
        return Files.size(file.file()) / 2 * 1000 / file.format().sampleRate();
    }
}
