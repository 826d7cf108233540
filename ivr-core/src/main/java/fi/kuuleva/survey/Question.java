package fi.kuuleva.survey;

import java.util.List;

/** One question of a survey script. Each type says which answer values it accepts and which keys give them. */
public sealed interface Question
        permits YesNoQuestion, ChoiceQuestion, ScaleQuestion, NumberQuestion, OpenQuestion {

    String id();

    LocalizedText text();

    Branching branching();

    /** The answer values that skip logic may name, in key order; empty for free-form answers. */
    List<String> answerValues();
}
