package fi.kuuleva.survey;

import java.util.List;

/** A whole number keyed in and ended by #, within {@code min}..{@code max}. */
public record NumberQuestion(String id, LocalizedText text, Branching branching, int min, int max)
        implements Question {

    /** Digits needed for the largest allowed number. */
    public int maxDigits() {
        return Math.max(Integer.toString(Math.abs(min)).length(), Integer.toString(Math.abs(max)).length());
    }

    @Override
    public List<String> answerValues() {
        return List.of();
    }
}
