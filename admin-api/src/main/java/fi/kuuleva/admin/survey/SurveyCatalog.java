package fi.kuuleva.admin.survey;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.flow.PromptBook;
import fi.kuuleva.script.BuiltInPhrases;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads surveys and their published versions for officers. Thread-safe. */
@Singleton
public class SurveyCatalog {

    private final SurveyRepository surveys;
    private final SurveyVersionRepository versions;
    private final SurveyEngines engines;

    public SurveyCatalog(SurveyRepository surveys, SurveyVersionRepository versions, SurveyEngines engines) {
        this.surveys = surveys;
        this.versions = versions;
        this.engines = engines;
    }

    public List<SurveyListItem> list() {
        List<SurveyListItem> items = new ArrayList<>();
        for (StoredSurvey survey : surveys.findAllOrderBySlug()) {
            List<StoredSurveyVersion> published = versions.findBySurveyIdOrderByVersionNo(survey.id());
            String title = published.isEmpty() ? survey.slug() : title(published.get(published.size() - 1));
            items.add(new SurveyListItem(survey.id(), survey.slug(), title, published.stream()
                    .map(v -> new SurveyListItem.Version(v.id(), v.versionNo(), v.publishedAt(), v.publishedBy()))
                    .toList()));
        }
        return items;
    }

    public Optional<VersionDetail> version(long versionId) {
        return versions.findById(versionId).map(version -> {
            Survey survey = engines.engine(versionId).orElseThrow().survey();
            return new VersionDetail(version.id(), version.surveyId(), survey.id(), version.versionNo(),
                    version.format().name(), version.script(), version.publishedAt(), version.publishedBy(),
                    survey.languages().stream().map(Language::code).toList(), prompts(survey));
        });
    }

    /** Every prompt of every language at the normal rate, in the order a call may play them. */
    public static List<VersionDetail.PromptText> prompts(Survey survey) {
        List<VersionDetail.PromptText> prompts = new ArrayList<>();
        for (Language language : survey.languages()) {
            for (Prompt prompt : new PromptBook(survey, language, BuiltInPhrases.phrases()).all()) {
                if (!prompt.slow()) {
                    prompts.add(new VersionDetail.PromptText(prompt.id(), language.code(), prompt.text()));
                }
            }
        }
        return prompts;
    }

    private String title(StoredSurveyVersion latest) {
        Survey survey = engines.engine(latest.id()).orElseThrow().survey();
        return survey.title().in(survey.languages().get(0));
    }
}
