package fi.kuuleva.admin.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The editor's live check of a script: every problem, or what the valid survey holds. */
@Serdeable
public record ScriptCheck(boolean valid, List<Problem> problems, @Nullable Outline survey) {

    /** One problem: a path into the script (empty for the whole), its line (0 when unknown) and what is wrong. */
    @Serdeable
    public record Problem(String path, int line, String message) {
    }

    /** The valid survey's id, languages, questions and prompts (the editor shows them side by side). */
    @Serdeable
    public record Outline(String slug, List<String> languages, List<QuestionOutline> questions,
                          List<VersionDetail.PromptText> prompts) {
    }

    @Serdeable
    public record QuestionOutline(String id, String type) {
    }
}
