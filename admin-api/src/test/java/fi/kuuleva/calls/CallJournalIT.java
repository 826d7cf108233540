package fi.kuuleva.calls;

import static fi.kuuleva.admin.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.TestRows;
import fi.kuuleva.admin.callback.CallbackRepository;
import fi.kuuleva.admin.callback.OpenCallback;
import fi.kuuleva.admin.optout.DoNotCallSource;
import fi.kuuleva.admin.optout.DoNotCallStore;
import fi.kuuleva.admin.respondent.RespondentRepository;
import fi.kuuleva.admin.respondent.RespondentStatus;
import fi.kuuleva.admin.survey.SurveyEngines;
import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.dialler.AttemptEnd;
import fi.kuuleva.dialler.ClaimedCall;
import fi.kuuleva.dialler.DispatchStore;
import fi.kuuleva.flow.CallbackRequested;
import fi.kuuleva.flow.CallbackTime;
import fi.kuuleva.flow.CallerHungUp;
import fi.kuuleva.flow.DigitsEntered;
import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.flow.InputTimedOut;
import fi.kuuleva.flow.LanguageChosen;
import fi.kuuleva.flow.MachineDetected;
import fi.kuuleva.flow.Outcome;
import fi.kuuleva.flow.PromptPlayed;
import fi.kuuleva.flow.Resume;
import fi.kuuleva.flow.Sprint;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.survey.Language;
import fi.kuuleva.telephony.agi.CallSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The call side against the real store: a call is played through the engine and journaled sprint by sprint. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallJournalIT implements TestPropertyProvider {

    @Inject
    StoredCallJournal journal;
    @Inject
    DispatchStore store;
    @Inject
    Fixtures fixtures;
    @Inject
    AnswerRepository answers;
    @Inject
    RespondentRepository respondents;
    @Inject
    DoNotCallStore doNotCall;
    @Inject
    CallbackRepository callbacks;
    @Inject
    SurveyEngines engines;
    @Inject
    TestRows rows;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("kuuleva.speech.models.en", java.nio.file.Path.of("../speech/target/models/en").toAbsolutePath()
                .normalize().toString());
        return properties;
    }

    @Test
    void anInterruptedSurveyResumesAtItsFirstUnansweredQuestion() {
        long campaign = fixtures.runningCampaign("resume", 3, 0);
        fixtures.respondents(campaign, 1, 1);

        ClaimedCall first = claimOne(campaign, 0);
        CallSetup setup = journal.answered(first.attemptKey()).orElseThrow();
        assertEquals(Optional.of(Language.FI), setup.trigger().knownLanguage());
        assertEquals(java.util.Set.of(Language.EN), setup.trigger().speechLanguages(), "the languages with a model");
        assertTrue(setup.trigger().earlierAnswers().isEmpty());
        Sprint last = play(first, setup, key("1"), key("1"), key("4"), new CallerHungUp());
        assertEquals(new SurveyEnded(Outcome.HUNG_UP, "kotihoito"), last.events().get(last.events().size() - 1));
        assertEquals(Map.of("yksin", "yes", "arki", "4"), values(first.respondentId()));
        assertTrue(store.finish(first.attemptId(), AttemptEnd.retried("HUNG_UP_MID_SURVEY", NOW, NOW)));

        ClaimedCall second = claimOne(campaign, 1);
        assertEquals(2, second.attemptNo());
        CallSetup resumed = journal.answered(second.attemptKey()).orElseThrow();
        assertEquals(java.util.Set.of("yksin", "arki"), resumed.trigger().earlierAnswers().keySet());
        Sprint consented = play(second, resumed);   // a resumed call asks no consent again
        assertEquals("kotihoito", consented.awaiting().orElseThrow().at(), "resumes at the first unanswered");
        // Two silences leave kotihoito unanswered; then asuminen is answered and the survey completes.
        Sprint end = play(second, consented, new InputTimedOut(), new InputTimedOut(), key("2"));
        assertTrue(end.ended());
        assertEquals(new SurveyEnded(Outcome.COMPLETED, "asuminen"), end.events().get(end.events().size() - 1));
        assertEquals(Map.of("yksin", "yes", "arki", "4", "asuminen", "kerrostalo"), values(second.respondentId()));
        assertEquals(List.of("kotihoito"), answers.unansweredQuestionIds(second.respondentId()));

        // The third call (if there were one) would have nothing left to ask.
        assertTrue(store.finish(second.attemptId(), AttemptEnd.completed("COMPLETED", NOW)));
        assertTrue(journal.answered(second.attemptKey()).isEmpty(), "an ended attempt gets no survey");
        assertTrue(AttemptKey.parse("not-an-attempt").isEmpty(), "only an attempt's id is read as its key");
        assertTrue(journal.answered(new AttemptKey(999999)).isEmpty());
    }

    @Test
    void aResumedCallSpeaksTheLanguageChosenOnTheEarlierCallWhenTheRegisterHasNone() {
        long campaign = fixtures.runningCampaign("resume-language", 3, 0);
        rows.insertRespondents(campaign, 300, 1, null, Fixtures.IMPORTED);

        ClaimedCall first = claimOne(campaign, 0);
        CallSetup setup = journal.answered(first.attemptKey()).orElseThrow();
        assertEquals(Optional.empty(), setup.trigger().knownLanguage(), "the register gives no language");
        Sprint last = play(first, setup, key("2"), key("1"), key("1"), new CallerHungUp());   // svenska, ja, ja
        assertEquals(new SurveyEnded(Outcome.HUNG_UP, "arki"), last.events().get(last.events().size() - 1));
        assertTrue(store.finish(first.attemptId(), AttemptEnd.retried("HUNG_UP_MID_SURVEY", NOW, NOW)));

        ClaimedCall second = claimOne(campaign, 1);
        CallSetup resumed = journal.answered(second.attemptKey()).orElseThrow();
        assertEquals(Optional.of(Language.SV), resumed.trigger().knownLanguage(), "chosen on the first call");
        Sprint opening = resumed.engine().start(resumed.trigger());
        assertTrue(opening.events().contains(new LanguageChosen(Language.SV, LanguageChosen.How.KNOWN)),
                opening.events().toString());
        assertTrue(opening.events().stream().filter(PromptPlayed.class::isInstance)
                .allMatch(event -> ((PromptPlayed) event).prompt().language() == Language.SV), "no menu, all Swedish");
        assertEquals("arki", opening.awaiting().orElseThrow().at());
    }

    @Test
    void aResumedCallSpeaksTheLanguageTheResidentChoseOverTheRegisters() {
        long campaign = fixtures.runningCallsCampaign("resume-chosen-language", 3);
        fixtures.respondents(campaign, 310, 1);   // the register says Finnish

        ClaimedCall first = claimOne(campaign, 0);
        CallSetup setup = journal.answered(first.attemptKey()).orElseThrow();
        assertEquals(Optional.of(Language.FI), setup.trigger().knownLanguage());
        Sprint last = play(first, setup, key("2"), key("1"), key("1"), new CallerHungUp());   // på svenska, ja, ja
        assertTrue(last.events().contains(new SurveyEnded(Outcome.HUNG_UP, "arki")), last.events().toString());
        assertTrue(store.finish(first.attemptId(), AttemptEnd.retried("HUNG_UP_MID_SURVEY", NOW, NOW)));

        ClaimedCall second = claimOne(campaign, 1);
        CallSetup resumed = journal.answered(second.attemptKey()).orElseThrow();
        assertEquals(Optional.of(Language.SV), resumed.trigger().knownLanguage(), "chosen on the first call");
        Sprint opening = resumed.engine().start(resumed.trigger());
        assertTrue(opening.events().stream().filter(PromptPlayed.class::isInstance)
                .allMatch(event -> ((PromptPlayed) event).prompt().language() == Language.SV), opening.events().toString());
        assertEquals("arki", opening.awaiting().orElseThrow().at());
    }

    @Test
    void aVoicemailMessageIsLeftOncePerRespondent() {
        long campaign = fixtures.runningCallsCampaign("voicemail", 3);
        fixtures.respondents(campaign, 700, 1);

        ClaimedCall first = claimOne(campaign, 0);
        CallSetup setup = journal.answered(first.attemptKey()).orElseThrow();
        assertFalse(setup.trigger().voicemailLeft());
        Sprint machine = play(first, setup, new MachineDetected());
        assertEquals(List.of("voicemail"), promptIds(machine), "the message, in the register's language");
        assertEquals(new SurveyEnded(Outcome.VOICEMAIL_LEFT, "language"), last(machine));
        assertEquals(1, rows.attemptsEnded(first.attemptId(), "VOICEMAIL_LEFT"),
                "the attempt's outcome tells the dialler the message was left");
        assertTrue(store.finish(first.attemptId(), AttemptEnd.retried("MACHINE", NOW, NOW)));

        ClaimedCall second = claimOne(campaign, 1);
        CallSetup again = journal.answered(second.attemptKey()).orElseThrow();
        assertTrue(again.trigger().voicemailLeft(), "the first attempt left it");
        Sprint silent = play(second, again, new MachineDetected());
        assertEquals(List.of(), promptIds(silent), "not left again");
        assertEquals(new SurveyEnded(Outcome.MACHINE, "language"), last(silent));
        assertEquals(1, rows.attemptsEnded(second.attemptId(), "MACHINE"));
    }

    @Test
    void anOptOutHoldsAcrossCampaigns() {
        long first = fixtures.runningCampaign("opt-out A", 3, 0);
        long other = fixtures.runningCampaign("opt-out B", 3, 0);
        fixtures.respondents(first, 500, 1);
        fixtures.respondents(other, 500, 1);
        String phone = "+3584000000500";

        ClaimedCall call = store.claimDue(List.of(first), NOW, 10, "instance-1").get(0);
        assertEquals(phone, call.phoneE164());
        Sprint end = play(call, journal.answered(call.attemptKey()).orElseThrow(), key("1"), key("9"),
                key("9"));
        assertEquals(new SurveyEnded(Outcome.OPTED_OUT, "yksin"), end.events().get(end.events().size() - 1));
        assertTrue(doNotCall.contains(phone));
        assertEquals(DoNotCallSource.CALL, doNotCall.find(phone).orElseThrow().source());
        assertTrue(store.claimDue(List.of(other), NOW, 10, "instance-1").isEmpty(), "not called in campaign B");
        assertEquals(RespondentStatus.DONE,
                respondents.findByCampaignIdAndPhoneE164(other, phone).orElseThrow().status());

        // A list imported later holds the number again: the claim itself refuses it.
        long later = fixtures.runningCampaign("opt-out C", 3, 0);
        fixtures.respondents(later, 499, 3);
        List<String> called = store.claimDue(List.of(later), NOW, 10, "instance-1").stream()
                .map(ClaimedCall::phoneE164).toList();
        assertEquals(List.of("+3584000000499", "+3584000000501"), called.stream().sorted().toList());
    }

    @Test
    void aCallBackRequestReachesTheOfficersList() {
        long campaign = fixtures.runningCampaign("call-back", 3, 0);
        fixtures.respondents(campaign, 900, 1);
        ClaimedCall call = claimOne(campaign, 0);
        CallSetup setup = journal.answered(call.attemptKey()).orElseThrow();
        Sprint consented = play(call, setup, key("1"));
        journal.record(call.attemptKey(), consented.events());   // recorded twice: kept once
        play(call, consented, key("0"), key("0"), key("2"));
        List<OpenCallback> open = callbacks.findOpen(campaign);
        assertEquals(1, open.size());
        assertEquals("yksin", open.get(0).atStep());
        assertEquals("+3584000000900", open.get(0).phoneE164());
        assertEquals(CallbackTime.AFTERNOON, open.get(0).preferredTime(), "2: the afternoon suits");
        journal.record(call.attemptKey(), List.of(new CallbackRequested("yksin", CallbackTime.ANY)));
        assertEquals(1, callbacks.findOpen(campaign).size(), "one request per attempt");
        assertEquals(1, callbacks.markHandled(open.get(0).id(), "officer-1", "called back", NOW));
        assertTrue(callbacks.findOpen(campaign).isEmpty());
        assertFalse(doNotCall.contains(call.phoneE164()));
    }

    private ClaimedCall claimOne(long campaign, int secondsLater) {
        List<ClaimedCall> claimed = store.claimDue(List.of(campaign), NOW.plusSeconds(secondsLater), 1, "instance-1");
        assertEquals(1, claimed.size());
        return claimed.get(0);
    }

    private static Resume key(String digits) {
        return new DigitsEntered(digits);
    }

    /** Starts the call's session and plays {@code inputs}, journaling each sprint as SurveyAgiScript does. */
    private Sprint play(ClaimedCall call, CallSetup setup, Resume... inputs) {
        FlowEngine engine = setup.engine();
        Sprint sprint = engine.start(setup.trigger());
        journal.record(call.attemptKey(), sprint.events());
        return play(call, engine, sprint, inputs);
    }

    private Sprint play(ClaimedCall call, Sprint from, Resume... inputs) {
        return play(call, engines.engine(call.surveyVersionId()).orElseThrow(), from, inputs);
    }

    private Sprint play(ClaimedCall call, FlowEngine engine, Sprint from, Resume... inputs) {
        Sprint sprint = from;
        for (Resume input : inputs) {
            sprint = engine.resume(sprint.state(), input);
            journal.record(call.attemptKey(), sprint.events());
        }
        return sprint;
    }

    private static List<String> promptIds(Sprint sprint) {
        return sprint.events().stream().filter(PromptPlayed.class::isInstance)
                .map(event -> ((PromptPlayed) event).prompt().id()).toList();
    }

    private static fi.kuuleva.flow.Event last(Sprint sprint) {
        return sprint.events().get(sprint.events().size() - 1);
    }

    private Map<String, String> values(long respondentId) {
        return answers.findByRespondentIdOrderByAnsweredAt(respondentId).stream()
                .collect(Collectors.toMap(StoredAnswer::questionId, StoredAnswer::value));
    }
}
