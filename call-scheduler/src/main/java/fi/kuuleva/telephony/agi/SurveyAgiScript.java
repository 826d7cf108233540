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
 * loses nothing already answered. Calls the service placed come with their attempt; calls to the survey number
 * (script path {@code inbound}) are taken by the {@link InboundLine}. One instance serves every call concurrently:
 * it has no per-call fields.
 */
public final class SurveyAgiScript implements AgiScript {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyAgiScript.class);

    private final CallJournal journal;
    private final SprintTranslator translator;
    private final SpeechPort speech;
    private final Path recordings;
    private final CallTimings timings;
    private final InboundLine inbound;
    private final StaffDesk staff;

    /** The FastAGI script path of calls to the survey number (asterisk-config's kuuleva-inbound). */
    static final String INBOUND = "inbound";

    public SurveyAgiScript(CallJournal journal, PromptLocator prompts, SpeechPort speech, Path recordings) {
        this(journal, prompts, speech, recordings, CallTimings.NONE);
    }

    public SurveyAgiScript(CallJournal journal, PromptLocator prompts, SpeechPort speech, Path recordings,
                           CallTimings timings) {
        this(journal, prompts, speech, recordings, timings, InboundLine.NONE, StaffDesk.NONE);
    }

    /**
     * @param inbound where calls to the survey number are taken
     * @param staff   whether and where a caller asking for a person is put through
     */
    public SurveyAgiScript(CallJournal journal, PromptLocator prompts, SpeechPort speech, Path recordings,
                           CallTimings timings, InboundLine inbound, StaffDesk staff) {
        this.inbound = inbound;
        this.staff = staff;
        this.journal = journal;
        this.timings = timings;
        this.translator = new SprintTranslator(prompts, !speech.languages().isEmpty());
        this.speech = speech;
        this.recordings = recordings;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        if (INBOUND.equals(request.getScript())) {
            answerInbound(request, channel);
            return;
        }
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
        Sprint sprint = engine.start(setup.get().trigger().staffed(staff.onDuty()));
        if (isMachine(channel.getVariable(ChannelVariables.AMD_STATUS),
                channel.getVariable(ChannelVariables.AMD_CAUSE))) {
            sprint = engine.resume(sprint.state(), new MachineDetected());
        }
        converse(channel, engine, sprint, attempt.text(), events -> journal.record(attempt, events));
    }

    /**
     * A call to the survey number ({@code agi://.../inbound?caller=..&server=..}): answered when the inbound line
     * takes it (a line free), else left unanswered with {@code KUULEVA_INBOUND=BUSY} for the dialplan to refuse.
     */
    private void answerInbound(AgiRequest request, AgiChannel channel) throws AgiException {
        String caller = request.getParameter("caller");
        Optional<InboundCall> arrived = inbound.arrive(caller, request.getParameter("server"));
        if (arrived.isEmpty()) {
            LOG.info("inbound call {} refused: no line free or no running survey", request.getUniqueId());
            channel.setVariable(ChannelVariables.INBOUND, "BUSY");
            return;
        }
        try (InboundCall call = arrived.get()) {
            channel.answer();
            FlowEngine engine = call.setup().engine();
            Sprint sprint = engine.start(call.setup().trigger().staffed(staff.onDuty()));
            converse(channel, engine, sprint, call.name(), call::record);
        }
    }

    /** Plays sprint after sprint, recording each before the call goes on, until the session ends or the line drops. */
    private void converse(AgiChannel channel, FlowEngine engine, Sprint first, String name, SprintSink sink)
            throws AgiException {
        Sprint sprint = first;
        AtomicInteger recorded = new AtomicInteger();
        AgiCallRunner runner = new AgiCallRunner(channel, speech,
                step -> recordings.resolve(name + "-" + recorded.incrementAndGet() + "-" + safe(step)),
                staff.line());
        long inputAt = 0;
        while (true) {
            sink.record(sprint.events());
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

    /** Where a call's sprints go. */
    @FunctionalInterface
    private interface SprintSink {
        void record(List<fi.kuuleva.flow.Event> events);
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
