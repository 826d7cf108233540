package fi.kuuleva.inbound;

import fi.kuuleva.calls.ResidentRequests;
import fi.kuuleva.calls.StoredCallJournal;
import fi.kuuleva.calls.SurveyVersions;
import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.campaign.respondents.PhoneNumbers;
import fi.kuuleva.campaign.respondents.ValidPhone;
import fi.kuuleva.dialler.DispatchStore;
import fi.kuuleva.dialler.DispatcherConfig;
import fi.kuuleva.dialler.AsteriskServerConfig;
import fi.kuuleva.flow.Caller;
import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.flow.Trigger;
import fi.kuuleva.lines.Lines;
import fi.kuuleva.speech.asr.SpeechLanguages;
import fi.kuuleva.telephony.agi.CallSetup;
import fi.kuuleva.telephony.agi.InboundCall;
import fi.kuuleva.telephony.agi.InboundLine;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes calls to the survey number: each holds a line of its Asterisk server ({@link Lines}, the count the dialler's
 * calls share) for as long as it lasts, or is refused when none is free. The caller's number, normalised as the
 * respondent import does, finds a respondent due in a running campaign: they take or continue their survey on an
 * inbound attempt. Anyone else (and a withheld number, which is not looked up) hears about the running campaign of
 * the highest priority. Thread-safe.
 */
@Singleton
@Requires(property = "kuuleva.dispatcher.enabled", value = "true", defaultValue = "true")
public class InboundDesk implements InboundLine {

    private static final Logger LOG = LoggerFactory.getLogger(InboundDesk.class);

    private final Lines lines;
    private final List<AsteriskServerConfig> servers;
    private final Callers callers;
    private final StoredCallJournal journal;
    private final SurveyVersions engines;
    private final DispatchStore attempts;
    private final ResidentRequests requests;
    private final Set<fi.kuuleva.survey.Language> speechLanguages;
    private final String instanceId;
    private final Clock clock;

    public InboundDesk(Lines lines, List<AsteriskServerConfig> servers, Callers callers, StoredCallJournal journal,
                       SurveyVersions engines,
                       DispatchStore attempts, ResidentRequests requests, SpeechLanguages speech,
                       DispatcherConfig dispatcher, Clock clock) {
        this.lines = lines;
        this.servers = List.copyOf(servers);
        this.callers = callers;
        this.journal = journal;
        this.engines = engines;
        this.attempts = attempts;
        this.requests = requests;
        this.speechLanguages = Set.copyOf(speech.languages());
        this.instanceId = dispatcher.instance();
        this.clock = clock;
    }

    @Override
    public Optional<InboundCall> arrive(String callerNumber, String server) {
        Optional<HeldLine> lease = take(server);
        if (lease.isEmpty()) {
            LOG.info("a call to the survey number found every line busy");
            return Optional.empty();
        }
        try {
            Optional<InboundCall> call = open(number(callerNumber), lease.get());
            if (call.isEmpty()) {
                lease.get().close();
            }
            return call;
        } catch (RuntimeException e) {
            lease.get().close();
            throw e;
        }
    }

    /** A line of the server the call came in on (the first configured when it is not named or not known). */
    private Optional<HeldLine> take(String server) {
        Optional<String> name = servers.stream().map(AsteriskServerConfig::name)
                .filter(known -> known.equals(server)).findFirst()
                .or(() -> servers.stream().map(AsteriskServerConfig::name).findFirst());
        return name.flatMap(lines::take)
                .map(lease -> new HeldLine(lease.server(), () -> lines.giveBack(lease)));
    }

    private Optional<InboundCall> open(Optional<String> number, HeldLine lease) {
        if (number.isPresent()) {
            Optional<Callers.Claimed> claimed = callers.claim(number.get(), instanceId, lease.server(),
                    clock.instant());
            if (claimed.isPresent()) {
                AttemptKey key = new AttemptKey(claimed.get().attemptId());
                Optional<CallSetup> setup = journal.answered(key);
                if (setup.isPresent()) {
                    LOG.info("respondent {} called in: inbound attempt {}", claimed.get().respondentId(), key);
                    return Optional.of(new RespondentCall(key, claimed.get(), new CallSetup(setup.get().engine(),
                            setup.get().trigger().from(Caller.CALLED_BACK)), journal, attempts, lease, clock));
                }
                new RespondentCall(key, claimed.get(), null, journal, attempts, null, clock).close();
            }
        }
        Optional<Callers.About> about = callers.about();
        Optional<FlowEngine> engine = about.flatMap(campaign -> engines.engine(campaign.surveyVersionId()));
        if (engine.isEmpty()) {
            LOG.info("a call to the survey number while no campaign runs: refused");
            return Optional.empty();
        }
        Trigger trigger = Trigger.firstCall(Optional.empty(), speechLanguages)
                .from(number.isPresent() ? Caller.INQUIRY : Caller.WITHHELD);
        return Optional.of(new InquiryCall(number, about.get().campaignId(), new CallSetup(engine.get(), trigger),
                requests, lease, clock));
    }

    /** The caller's number in E.164 as the respondent import writes it; empty when withheld or not a number. */
    static Optional<String> number(String callerId) {
        if (callerId == null || callerId.isBlank() || !callerId.strip().matches("\\+?[0-9]{3,20}")) {
            return Optional.empty();
        }
        return PhoneNumbers.check(callerId.strip()) instanceof ValidPhone valid ? Optional.of(valid.number().e164())
                : Optional.empty();
    }
}
