package fi.kuuleva.calls;

import fi.kuuleva.calls.StoredCallJournal;
import fi.kuuleva.speech.asr.SpeechLanguages;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.speech.prompt.PromptPreparer;
import fi.kuuleva.survey.Survey;
import fi.kuuleva.telephony.agi.CallTimings;
import fi.kuuleva.telephony.agi.FastAgiService;
import fi.kuuleva.telephony.agi.InboundLine;
import fi.kuuleva.telephony.agi.PromptLocator;
import fi.kuuleva.telephony.agi.SurveyAgiScript;
import fi.kuuleva.telephony.speech.SpeechAdapter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call side of the service: the FastAGI server running {@link SurveyAgiScript} over the stored journal with the
 * service's prompt files and speech recognizers (both made once from its speech configuration), handing each
 * survey's end to {@link SurveyOutcomes}, taking calls to the survey number through the {@link InboundLine} and
 * putting callers who ask for a person through in {@link OfficeHours}. Listens from construction until closed.
 */
@Singleton
@Requires(property = "kuuleva.dispatcher.enabled", value = "true", defaultValue = "true")
public class Telephony implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Telephony.class);

    private final PromptFiles prompts;
    private final FastAgiService agi;
    private final TelephonyConfig config;

    public Telephony(TelephonyConfig config, StoredCallJournal journal, SurveyOutcomes outcomes,
                     PromptFiles prompts, SpeechLanguages recognizers, MeterRegistry meters, InboundLine inbound,
                     OfficeHours staff, PromptUrls urls) throws IOException {
        this.config = config;
        this.prompts = prompts;
        SpeechAdapter adapter = new SpeechAdapter(recognizers);
        PromptLocator locator = urls.enabled() ? SpeechAdapter.prompts(prompts, urls::urlFor)
                : SpeechAdapter.prompts(prompts);
        this.agi = new FastAgiService(new SurveyAgiScript(new HandingOffJournal(journal, outcomes), locator, adapter,
                config.media().resolve("recordings"), answerLatency(meters), inbound, staff),
                config.agiBind(), config.agiPort(), config.agiThreads());
        agi.start();
        LOG.info("FastAGI on {}:{}; media {}; prompts {}; speech recognition in {}", config.agiBind(),
                config.agiPort(), config.media(), urls.enabled() ? "at " + config.promptUrl() : "by path",
                recognizers.languages());
    }

    /** Input to next prompt on the service's side: the engine, the journal's commit, the translation. */
    private static CallTimings answerLatency(MeterRegistry meters) {
        Timer timer = Timer.builder("kuuleva.call.answer.latency")
                .description("From a resident's input to the next prompt, service side (engine, journal commit)")
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
        return timer::record;
    }

    /** How many calls the FastAGI server can run at once (one thread each). */
    public int agiThreads() {
        return config.agiThreads();
    }

    /** Makes every prompt of the survey now, so that the first calls do not wait for speech synthesis. */
    public void preparePrompts(Survey survey) {
        try {
            new PromptPreparer(prompts).prepare(survey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the prompts of " + survey.id(), e);
        }
    }

    public PromptFiles prompts() {
        return prompts;
    }

    public TelephonyConfig config() {
        return config;
    }

    @Override
    @PreDestroy
    public void close() {
        agi.close();
    }
}
