package fi.kuuleva.calls;

import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.flow.Answer;
import fi.kuuleva.flow.Event;
import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.flow.Outcome;
import fi.kuuleva.flow.QuestionUnanswered;
import fi.kuuleva.flow.Trigger;
import fi.kuuleva.speech.asr.SpeechLanguages;
import fi.kuuleva.survey.Language;
import fi.kuuleva.telephony.agi.CallJournal;
import fi.kuuleva.telephony.agi.CallSetup;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call's journal in PostgreSQL: a call's setup comes from its attempt, respondent and pinned survey version, and
 * every sprint is committed before {@link #record} returns. Thread-safe: no per-call state.
 */
@Singleton
public class StoredCallJournal implements CallJournal {

    private static final Logger LOG = LoggerFactory.getLogger(StoredCallJournal.class);

    /** An erased respondent's open answer, as erasure leaves it (privacy.PrivacyRepository). */
    private static final String RECORDING_GONE = "(recording deleted)";

    private final JournalRepository attempts;
    private final AnswerRepository answers;
    private final ResidentRequests requests;
    private final SurveyVersions engines;
    private final Set<Language> speechLanguages;
    private final Clock clock;

    public StoredCallJournal(JournalRepository attempts, AnswerRepository answers, ResidentRequests requests,
                             SurveyVersions engines, SpeechLanguages speech, Clock clock) {
        this.attempts = attempts;
        this.answers = answers;
        this.requests = requests;
        this.engines = engines;
        this.speechLanguages = Set.copyOf(speech.languages());
        this.clock = clock;
    }

    /**
     * Marks the attempt answered and returns its survey's engine and a trigger carrying the language the latest
     * earlier call went on in (the resident's choice wins over the register's; without an earlier call, the
     * register's), earlier answers and unanswered questions, so that an interrupted survey resumes in the
     * resident's language, and whether the survey's message was already left on the respondent's answering
     * machine. Empty for an unknown or already ended attempt.
     */
    @Override
    @Transactional
    public Optional<CallSetup> answered(AttemptKey key) {
        Optional<AttemptContext> found = attempts.context(key.id());
        if (found.isEmpty() || !found.get().state().isOpen()) {
            LOG.warn("attempt {} is unknown or has ended: no survey for its call", key);
            return Optional.empty();
        }
        AttemptContext attempt = found.get();
        if (attempts.markAnswered(attempt.attemptId(), clock.instant()) != 1) {
            return Optional.empty();
        }
        Optional<FlowEngine> engine = engines.engine(attempt.surveyVersionId());
        if (engine.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Answer> earlier = new LinkedHashMap<>();
        answers.findByRespondentIdOrderByAnsweredAt(attempt.respondentId())
                .forEach(answer -> earlier.put(answer.questionId(), answer.toAnswer()));
        Set<String> unanswered = new HashSet<>(answers.unansweredQuestionIds(attempt.respondentId()));
        Optional<Language> known = attempt.knownLanguage() == null ? Optional.empty()
                : Language.fromCode(attempt.knownLanguage());
        return Optional.of(new CallSetup(engine.get(), new Trigger(known, speechLanguages, earlier, unanswered,
                attempt.voicemailLeft())));
    }

    /**
     * Stores the sprint's answers, unanswered questions, opt-out, call-back request and survey end, and on the
     * respondent when a voicemail message was left (outcome {@code VOICEMAIL_LEFT}). The session
     * state is not kept: a later call resumes from the answers ({@link #answered}).
     */
    @Override
    @Transactional
    public void record(AttemptKey key, List<Event> events) {
        AttemptContext attempt = attempts.context(key.id())
                .orElseThrow(() -> new IllegalArgumentException("no call attempt " + key));
        long id = attempt.attemptId();
        long respondent = attempt.respondentId();
        Instant now = clock.instant();
        SprintFacts facts = SprintFacts.of(events);
        // A number erased during the call: its answers are kept as erasure keeps them (no transcript, no recording).
        boolean erased = attempt.phoneE164() == null;
        for (Answer answer : facts.answers()) {
            String recording = answer.source() == Answer.Source.RECORDING && !answer.value().isEmpty()
                    ? answer.value() : null;
            if (erased) {
                deleteRecording(recording);
                answers.upsert(respondent, answer.questionId(), id, recording == null ? answer.value()
                        : RECORDING_GONE, answer.source(), answer.confidence(), answer.confirmed(), null, null, now);
            } else {
                answers.upsert(respondent, answer.questionId(), id, answer.value(), answer.source(),
                        answer.confidence(), answer.confirmed(), answer.transcript(), recording, now);
            }
            answers.deleteUnanswered(respondent, answer.questionId());
        }
        for (QuestionUnanswered question : facts.unanswered()) {
            answers.markUnanswered(respondent, question.questionId(), id,
                    question.lastReason() == null ? null : question.lastReason().name(), now);
        }
        // A number erased during the call is gone: there is nothing left to list.
        facts.optOutAt().filter(at -> attempt.phoneE164() != null)
                .ifPresent(at -> requests.optOut(attempt.phoneE164(), "asked in call attempt " + id + " at " + at, now));
        facts.callback().ifPresent(callback -> requests.callback(respondent, attempt.campaignId(), id, callback.at(),
                callback.preferred(), facts.transferFailed(), now));
        facts.ended().filter(ended -> ended.outcome() == Outcome.VOICEMAIL_LEFT)
                .ifPresent(ended -> attempts.markVoicemailLeft(respondent, now));
        if (facts.touchesAttempt()) {
            attempts.noteSurvey(id, facts.language().map(Language::code).orElse(null), facts.consent().orElse(null),
                    facts.ended().map(ended -> ended.outcome().name()).orElse(null),
                    facts.ended().map(ended -> ended.lastStep()).orElse(null),
                    facts.transfer().map(transfer -> transfer.connected() ? "CONNECTED" : "NOT_ANSWERED").orElse(null));
        }
    }

    private static void deleteRecording(String path) {
        try {
            if (path != null) {
                Files.deleteIfExists(Path.of(path));
            }
        } catch (IOException | InvalidPathException e) {
            LOG.warn("a recording of an erased respondent could not be deleted: {}", e.getMessage());
        }
    }}
