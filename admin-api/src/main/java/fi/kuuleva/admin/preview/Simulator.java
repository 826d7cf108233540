package fi.kuuleva.admin.preview;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.flow.AnswerRecorded;
import fi.kuuleva.flow.Event;
import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.flow.InputAwaited;
import fi.kuuleva.flow.PromptPlayed;
import fi.kuuleva.flow.Sprint;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.flow.Trigger;
import fi.kuuleva.play.Transcript;
import fi.kuuleva.speech.asr.SpeechLanguages;
import fi.kuuleva.survey.Language;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plays a survey as text through the same engine a call uses, one step per request; the state travels with the
 * client, so nothing is stored. Spoken answers count for the languages calls recognize. Thread-safe.
 */
@Singleton
public class Simulator {

    private final Set<Language> speechLanguages;

    public Simulator(SpeechLanguages speech) {
        this.speechLanguages = Set.copyOf(speech.languages());
    }

    /** The languages whose spoken answers count: those with a speech model, as in a call. */
    public Set<Language> speechLanguages() {
        return speechLanguages;
    }

    public SimulationResult step(FlowEngine engine, SimulationRequest request) {
        Sprint sprint;
        if (request.state() == null) {
            sprint = engine.start(Trigger.firstCall(known(request.language()), speechLanguages));
        } else {
            SimulationState state = SimulationState.decode(request.state());
            if (!engine.survey().id().equals(state.session().surveyId())) {
                throw ApiProblem.badRequest("$.state", "the state belongs to survey '" + state.session().surveyId()
                        + "', not '" + engine.survey().id() + "'");
            }
            if (request.input() == null) {
                throw ApiProblem.badRequest("$.input", "give the resident's input: keys, speech, silence or hangup");
            }
            var resume = SimulationInputs.resume(request.input(), state.recording());
            try {
                sprint = engine.resume(state.session(), resume);
            } catch (RuntimeException e) {
                throw ApiProblem.badRequest("$.state", "the state does not fit this survey");
            }
        }
        return result(sprint);
    }

    private Optional<Language> known(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.of(Language.fromCode(code)
                .orElseThrow(() -> ApiProblem.badRequest("$.language", "must be fi, sv or en, not '" + code + "'")));
    }

    static SimulationResult result(Sprint sprint) {
        List<SimulationResult.Line> lines = new ArrayList<>();
        String outcome = null;
        for (Event event : sprint.events()) {
            lines.add(line(event));
            if (event instanceof SurveyEnded ended) {
                outcome = ended.outcome().name();
            }
        }
        Optional<InputAwaited> awaiting = sprint.awaiting();
        return new SimulationResult(lines, awaiting.map(Simulator::awaiting).orElse(null), sprint.ended(), outcome,
                new SimulationState(sprint.state(), awaiting.map(InputAwaited::mode)).encode());
    }

    private static SimulationResult.Line line(Event event) {
        if (event instanceof PromptPlayed played) {
            return new SimulationResult.Line("prompt", played.prompt().text(), played.prompt().id(),
                    played.prompt().language().code());
        }
        return new SimulationResult.Line(event instanceof AnswerRecorded ? "answer" : "event",
                Transcript.describe(event), null, null);
    }

    private static SimulationResult.Awaiting awaiting(InputAwaited awaited) {
        return switch (awaited.mode()) {
            case RECORDING -> new SimulationResult.Awaiting("recording", null);
            case DIGITS -> new SimulationResult.Awaiting("keys", awaited.maxDigits());
            case KEY -> new SimulationResult.Awaiting(awaited.grammar() == null ? "keys" : "speech", null);
            case TRANSFER -> new SimulationResult.Awaiting("transfer", null); // never: nobody is on duty in a preview
        };
    }
}
