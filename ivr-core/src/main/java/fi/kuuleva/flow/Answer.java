package fi.kuuleva.flow;

/**
 * One question's answer.
 *
 * @param value      yes/no, an option id, a scale value or a number as text; for an open answer the recording's name
 * @param confidence the recognizer's confidence for spoken answers, otherwise null
 * @param confirmed  true when a spoken answer below the confidence threshold was confirmed by key
 * @param transcript the text of a spoken open answer, when a speech model could make one
 */
public record Answer(String questionId, String value, Source source, Double confidence, boolean confirmed,
                     String transcript) {

    public enum Source { KEY, SPEECH, RECORDING }

    public static Answer byKey(String questionId, String value) {
        return new Answer(questionId, value, Source.KEY, null, false, null);
    }
}
