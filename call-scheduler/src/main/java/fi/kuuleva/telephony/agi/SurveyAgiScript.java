package fi.kuuleva.telephony.agi;

import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.flow.MachineDetected;
import fi.kuuleva.survey.OpenQuestion;
import fi.kuuleva.flow.RecordingCaptured;
import fi.kuuleva.flow.Resume;
import fi.kuuleva.flow.Sprint;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a survey session on an answered call: the engine's sprints become AGI steps, the caller's keys, words and
 * recordings become resumes, and every sprint is journaled before the call goes on, so a hang-up at any point
 * loses nothing already answered. One instance serves every call concurrently: it has no per-call fields.
 */
public final class SurveyAgiScript implements AgiScript {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyAgiScript.class);

    private final CallJournal journal;
    private final SprintTranslator translator;
    private final SpeechPort speech;
    private final Path recordings;
    private final CallTimings timings;

    public SurveyAgiScript(CallJournal journal, PromptLocator prompts, SpeechPort speech, Path recordings) {
        this(journal, prompts, speech, recordings, CallTimings.NONE);
    }

    public SurveyAgiScript(CallJournal journal, PromptLocator prompts, SpeechPort speech, Path recordings,
                           CallTimings timings) {
        this.journal = journal;
        this.timings = timings;
        this.translator = new SprintTranslator(prompts, !speech.languages().isEmpty());
        this.speech = speech;
        this.recordings = recordings;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String variable = channel.getVariable(ChannelVariables.ATTEMPT);
        Optional<AttemptKey> key = AttemptKey.parse(variable);
        Optional<CallSetup> setup = key.flatMap(journal::answered);
        if (setup.isEmpty()) {
            LOG.warn("call {} has no known attempt ({}={}): hanging up", request.getUniqueId(),
                    ChannelVariables.ATTEMPT, variable);
            channel.hangup();
            return;
        }
        AttemptKey attempt = key.get();
        FlowEngine engine = setup.get().engine();
        Sprint sprint = engine.start(setup.get().trigger());
        if (isMachine(channel.getVariable(ChannelVariables.AMD_STATUS),
                channel.getVariable(ChannelVariables.AMD_CAUSE))) {
            sprint = engine.resume(sprint.state(), new MachineDetected());
        }
        AtomicInteger recorded = new AtomicInteger();
        AgiCallRunner runner = new AgiCallRunner(channel, speech,
                step -> recordings.resolve(attempt.text() + "-" + recorded.incrementAndGet() + "-" + safe(step)));
        long inputAt = 0;
        while (true) {
            journal.record(attempt, sprint.events());
            Language language = engine.languageOf(sprint.state());
            List<AgiStep> steps = translator.translate(sprint, engine.survey().id(),
                    engine.survey().settings().voice());
            if (inputAt != 0) {
                timings.inputHandled(Duration.ofNanos(System.nanoTime() - inputAt));
            }
            Optional<Resume> resume = runner.run(steps, sprint.awaiting(), language);
            if (sprint.ended() || resume.isEmpty()) {
                return;
            }
            inputAt = System.nanoTime();
            sprint = engine.resume(sprint.state(), discardUnkept(engine, sprint, resume.get()));
        }
    }

    /**
     * Asterisk's AMD also says MACHINE for initial silence, but older residents often pick up and say nothing:
     * only a machine by its greeting counts as one.
     */
    static boolean isMachine(String status, String cause) {
        return "MACHINE".equals(status) && (cause == null || !cause.startsWith("INITIALSILENCE"));
    }

    /** A spoken open answer whose question does not keep recordings keeps only its transcript. */
    private static Resume discardUnkept(FlowEngine engine, Sprint sprint, Resume resume) {
        if (!(resume instanceof RecordingCaptured captured)) {
            return resume;
        }
        String at = sprint.awaiting().orElseThrow().at();
        boolean keep = engine.survey().question(at).map(q -> !(q instanceof OpenQuestion open) || open.keepRecording())
                .orElse(true);
        if (keep) {
            return resume;
        }
        try {
            Files.deleteIfExists(Path.of(captured.recording()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete recording " + captured.recording(), e);
        }
        return new RecordingCaptured("", captured.seconds(), captured.transcript());
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
