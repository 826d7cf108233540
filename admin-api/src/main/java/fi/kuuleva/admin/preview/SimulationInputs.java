package fi.kuuleva.admin.preview;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.flow.CallerHungUp;
import fi.kuuleva.flow.DigitsEntered;
import fi.kuuleva.flow.InputTimedOut;
import fi.kuuleva.flow.RecordingCaptured;
import fi.kuuleva.flow.Resume;
import fi.kuuleva.flow.SpeechRecognized;

/** Turns the officer's simulated input into the engine's resume. Pure. */
final class SimulationInputs {

    private SimulationInputs() {
    }

    /**
     * The resume the input stands for (speech is a recording's transcript when a recording is awaited); a 400
     * problem naming the field when it stands for none.
     */
    static Resume resume(SimulationRequest.Input input, boolean recording) {
        int given = count(input.keys() != null, input.speech() != null, Boolean.TRUE.equals(input.silence()),
                Boolean.TRUE.equals(input.hangup()));
        if (given != 1) {
            throw ApiProblem.badRequest("$.input", "give exactly one of keys, speech, silence or hangup");
        }
        if (Boolean.TRUE.equals(input.hangup())) {
            return new CallerHungUp();
        }
        if (Boolean.TRUE.equals(input.silence())) {
            return new InputTimedOut();
        }
        if (input.keys() != null) {
            String keys = input.keys().endsWith("#") && input.keys().length() > 1
                    ? input.keys().substring(0, input.keys().length() - 1) : input.keys();
            if (!keys.matches("[0-9*#]+")) {
                throw ApiProblem.badRequest("$.input.keys", "only 0-9, * and # are keys on a phone");
            }
            return new DigitsEntered(keys);
        }
        double confidence = input.confidence() == null ? 1.0 : input.confidence();
        if (confidence < 0 || confidence > 1) {
            throw ApiProblem.badRequest("$.input.confidence", "must be from 0 to 1");
        }
        return recording ? new RecordingCaptured("simulated-recording", Math.max(1, input.speech().length() / 12.0),
                input.speech()) : new SpeechRecognized(input.speech(), confidence);
    }

    private static int count(boolean... given) {
        int count = 0;
        for (boolean one : given) {
            count += one ? 1 : 0;
        }
        return count;
    }
}
