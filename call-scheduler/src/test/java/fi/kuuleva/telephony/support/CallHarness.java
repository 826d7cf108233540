package fi.kuuleva.telephony.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.flow.Prompt;
import fi.kuuleva.flow.Trigger;
import fi.kuuleva.script.BuiltInPhrases;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.speech.Speech;
import fi.kuuleva.speech.SpeechConfig;
import fi.kuuleva.speech.asr.SpeechLanguages;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.speech.prompt.PromptPreparer;
import fi.kuuleva.speech.prompt.PromptRecordings;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import fi.kuuleva.telephony.agi.CallSetup;
import fi.kuuleva.telephony.agi.ChannelVariables;
import fi.kuuleva.telephony.agi.FastAgiService;
import fi.kuuleva.telephony.agi.PromptLocator;
import fi.kuuleva.telephony.agi.SurveyAgiScript;
import fi.kuuleva.telephony.ami.AmiClient;
import fi.kuuleva.telephony.ami.AmiConfig;
import fi.kuuleva.telephony.ami.CallEvent;
import fi.kuuleva.telephony.ami.OriginateRequest;
import fi.kuuleva.telephony.speech.SpeechAdapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The service's telephony side wired for real calls: the FastAGI survey script on 127.0.0.1:4573 with real prompts
 * (espeak-ng) and the real English Vosk model, an AMI client to the local Asterisk, and an in-memory journal.
 */
public final class CallHarness implements AutoCloseable {

    public static final int AGI_PORT = 4573;

    public final Survey survey;
    public final FlowEngine engine;
    public final MemoryJournal journal = new MemoryJournal();
    public final PromptFiles promptFiles;
    public final AmiClient ami;
    private final SpeechLanguages recognizers;
    private final FastAgiService agi;
    private final Map<AttemptKey, List<CallEvent>> callEvents = new ConcurrentHashMap<>();
    private final Map<AttemptKey, CompletableFuture<CallEvent>> callEnds = new ConcurrentHashMap<>();

    private final List<String> streamed = java.util.Collections.synchronizedList(new ArrayList<>());

    public CallHarness() throws IOException {
        this(PromptRecordings.none());
    }

    /** The harness with officers' {@code recordings} of prompts, as the service plugs its stored ones in. */
    public CallHarness(PromptRecordings recordings) throws IOException {
        this(SpeechConfig.defaults(LocalAsterisk.media().resolve("prompts")), recordings);
    }

    /** The harness speaking as {@code speaking} configures (its prompt cache must be under the media folder). */
    public CallHarness(SpeechConfig speaking, PromptRecordings recordings) throws IOException {
        LocalAsterisk.require();
        Path media = LocalAsterisk.media();
        survey = readSurvey();
        engine = new FlowEngine(survey, BuiltInPhrases.phrases());
        promptFiles = Speech.promptFiles(speaking, recordings);
        new PromptPreparer(promptFiles).prepare(survey);
        Path models = Path.of(System.getProperty("kuuleva.speech.models", "../speech/target/models"));
        recognizers = SpeechLanguages.load(Map.of(Language.EN, models.resolve("en")), Set.of(Language.EN, Language.FI));
        assertTrue(recognizers.languages().contains(Language.EN),
                "the English Vosk model must load from " + models + ": " + recognizers.warnings());
        SpeechAdapter speech = new SpeechAdapter(recognizers);
        PromptLocator prompts = SpeechAdapter.prompts(promptFiles);
        agi = new FastAgiService(new SurveyAgiScript(journal, (surveyId, prompt, voice) -> {
            String file = prompts.fileFor(surveyId, prompt, voice);
            streamed.add(file);
            return file;
        }, speech, media.resolve("recordings")), "127.0.0.1", AGI_PORT, 64);
        agi.start();
        ami = new AmiClient(new AmiConfig("local", LocalAsterisk.HOST, LocalAsterisk.AMI_PORT, "kuuleva",
                LocalAsterisk.amiSecret(), Duration.ofMillis(200), Duration.ofSeconds(2)), this::onCallEvent);
        ami.start();
        awaitAmi(true, Duration.ofSeconds(20));
    }

    private static Survey readSurvey() throws IOException {
        try {
            return SurveyScripts.read(Path.of("src/test/resources/it-survey.yaml"));
        } catch (fi.kuuleva.script.InvalidScriptException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public void awaitAmi(boolean up, Duration within) {
        Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertEquals(up, ami.health().up(), () -> "AMI " + (up ? "up" : "down") + "; health: " + ami.health()));
    }

    /** Places a call to a simulated resident who speaks {@code language}; returns when it was handed to Asterisk. */
    public void call(String attemptId, Language language, Resident resident) {
        call(attemptId, language, "Local/" + attemptId + "@simulated-residents", resident.variables(), 20);
    }

    public void call(String attemptId, Language language, String channel, Map<String, String> extra, int ringSeconds) {
        call(attemptId, language, channel, extra, ringSeconds, false);
    }

    /** Calls a simulated resident on whose answering machine an earlier attempt left the voicemail message. */
    public void callAfterVoicemail(String attemptId, Language language, Resident resident) {
        call(attemptId, language, "Local/" + attemptId + "@simulated-residents", resident.variables(), 20, true);
    }

    private void call(String attemptId, Language language, String channel, Map<String, String> extra,
                      int ringSeconds, boolean voicemailLeft) {
        AttemptKey key = journal.expect(attemptId, new CallSetup(engine, new Trigger(Optional.of(language),
                recognizers.languages(), Map.of(), Set.of(), voicemailLeft)));
        callEnds.put(key, new CompletableFuture<>());
        Map<String, String> variables = new HashMap<>(extra);
        variables.put(ChannelVariables.ATTEMPT, key.text());
        variables.put(ChannelVariables.LANGUAGE, language.code());
        variables.put(ChannelVariables.SURVEY, survey.id());
        ami.originate(new OriginateRequest(key, channel, "kuuleva-outbound", "s", ringSeconds,
                "\"Kuuleva test\" <0100000000>", variables));
    }

    /** The last AMI event of the attempt: not answered, or ended after an answer. */
    public CallEvent awaitCallEnd(String attemptId, Duration within) throws Exception {
        return callEnds.get(journal.key(attemptId)).get(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every prompt file handed to Asterisk to stream, in order (paths without extension). */
    public List<String> streamed() {
        return List.copyOf(streamed);
    }

    public List<CallEvent> callEvents(String attemptId) {
        return List.copyOf(callEvents.getOrDefault(journal.key(attemptId), List.of()));
    }

    /** How long the prompts take to play, for a resident who waits until they are over. */
    public double seconds(List<Prompt> prompts) {
        long millis = 0;
        for (Prompt prompt : prompts) {
            try {
                millis += WavFiles.read(promptFiles.fileFor(prompt, survey.settings().voice()).file()).durationMillis();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return millis / 1000.0;
    }

    /**
     * The prompts the engine plays after {@code inputs} (the same engine the call runs), so that a resident can wait
     * exactly until they are over before speaking.
     */
    public List<Prompt> promptsAfter(Language language, fi.kuuleva.flow.Resume... inputs) {
        fi.kuuleva.flow.Sprint sprint = engine.start(Trigger.firstCall(Optional.of(language), recognizers.languages()));
        for (fi.kuuleva.flow.Resume input : inputs) {
            sprint = engine.resume(sprint.state(), input);
        }
        return sprint.events().stream().filter(fi.kuuleva.flow.PromptPlayed.class::isInstance)
                .map(event -> ((fi.kuuleva.flow.PromptPlayed) event).prompt()).toList();
    }

    /** A sentence spoken by espeak-ng, as a path without extension that the simulated resident can play. */
    public String spoken(String text) throws IOException {
        return promptFiles.fileFor(new Prompt("resident", Language.EN, text, false), survey.settings().voice())
                .asteriskPath();
    }

    private void onCallEvent(CallEvent event) {
        callEvents.computeIfAbsent(event.attempt(), id -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(event);
        if (event instanceof CallEvent.NotAnswered || event instanceof CallEvent.Ended) {
            CompletableFuture<CallEvent> end = callEnds.get(event.attempt());
            if (end != null) {
                end.complete(event);
            }
        }
    }

    @Override
    public void close() {
        ami.close();
        agi.close();
        recognizers.close();
    }
}
