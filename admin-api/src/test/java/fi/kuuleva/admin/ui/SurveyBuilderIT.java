package fi.kuuleva.admin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.survey.SurveyCatalog;
import fi.kuuleva.admin.survey.VersionDetail;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.script.SurveyScripts.Format;
import fi.kuuleva.survey.Survey;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An officer builds both example surveys from an empty form, field by field, without seeing YAML, and publishes
 * them: each published script is the example's survey. Then the officer opens one again from the survey list,
 * reorders a question by keyboard, sees a missing translation at its field (announced), edits in the YAML box and
 * the form alike, and republishes. Each state passes axe-core.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyBuilderIT extends BrowserIT implements TestPropertyProvider {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CHECKED = Duration.ofSeconds(20);
    private static final List<String> TEXTS = List.of("languageMenu", "intro", "consent", "closing", "voicemail");

    @Inject
    SurveyCatalog catalog;
    private final Map<String, Long> published = new HashMap<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("micronaut.server.port", "-1");
        properties.put("kuuleva.telephony.media-dir", TestDatabase.temporaryDirectory("kuuleva-media").toString());
        return properties;
    }

    @Test
    @Order(1)
    void buildsTheHomeLivingExampleFromAnEmptyFormListensAndTriesIt() throws Exception {
        logIn("olli", Roles.OFFICER);
        browser.find("#nav a[href='#/builder']").click();
        browser.text("main h1", "Kyselyn rakentaja");
        long version = build("kotona-asuminen");
        assertEquals(example("kotona-asuminen"), survey(version), "the published script is the example's survey");

        browser.find("button[aria-label='Kuuntele: Johdanto (ruotsi)']").click();
        browser.await(d -> "intro|sv".equals(browser.find("audio.prompt-audio").getAttribute("data-prompt")));
        browser.find("#b-simulate").click();
        browser.find("#sim-start").click();
        browser.text("#transcript", "Hei, tämä on Etelä-Karjalan hyvinvointialueen automaattinen kysely.");
    }

    @Test
    @Order(2)
    void buildsTheHealthServicesExampleFromAnEmptyForm() throws Exception {
        browser.find("#nav a[href='#/builder']").click();
        browser.text("main h1", "Kyselyn rakentaja");
        long version = build("terveyspalvelut");
        assertEquals(example("terveyspalvelut"), survey(version), "the published script is the example's survey");
    }

    @Test
    @Order(3)
    void opensAPublishedSurveyChangesItByKeyboardAndInYamlAndRepublishesIt() throws Exception {
        browser.find("#nav a[href='#/surveys']").click();
        browser.find("main a[href='#/builder?version=" + published.get("kotona-asuminen") + "']").click();
        browser.await(d -> "kotona-asuminen".equals(browser.find("#b-id").getAttribute("value")));
        browser.text("#b-summary", "Ei virheitä", CHECKED);
        assertEquals(List.of(), browser.accessibilityProblems());

        browser.find("#b-id").sendKeys(Keys.TAB);
        assertEquals("b-lang-fi", focused(), "the languages follow the survey id");
        browser.find("#q-2-up").sendKeys(Keys.ENTER);
        assertEquals("q-1-up", focused(), "the focus stays on the moved question's button");
        assertEquals("turvallisuus", browser.find("#q-1-id").getAttribute("value"));
        assertEquals("yksinaisyys", browser.find("#q-2-id").getAttribute("value"));

        WebElement swedish = browser.find("#q-1-text-sv");
        swedish.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.find("#q-1-text-sv[aria-invalid=true]");
        browser.text("#q-1-text-sv-error", "Swedish text");
        assertTrue(browser.find("#q-1-text-sv").getAttribute("aria-describedby").contains("q-1-text-sv-error"));
        browser.text("#b-summary", "Virheitä: 1.");
        browser.await(d -> ((String) browser.script("return document.getElementById('status').textContent"))
                .contains("Swedish text"));
        assertTrue(!browser.find("#b-publish").isEnabled(), "a survey with a problem cannot be published");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("builder-missing-translation");

        browser.find("#q-1-text-sv").sendKeys("Känner du dig trygg hemma?");
        browser.text("#b-summary", "Ei virheitä", CHECKED);
        browser.await(d -> browser.find("#b-yaml").getAttribute("value").contains("Känner du dig trygg hemma?"));

        browser.script("const a = document.getElementById('b-yaml'); a.value = a.value.replace('Haluatko vastata?',"
                + " 'Haluatko vastata nyt?'); a.dispatchEvent(new Event('input'));");
        browser.await(d -> "Haluatko vastata nyt?".equals(browser.find("#b-consent-fi").getAttribute("value")));
        browser.text("#b-summary", "Ei virheitä", CHECKED);
        browser.find("#b-publish").click();
        browser.text("#b-publish-result", "Julkaistu versiona 2.");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("builder-republished");

        ObjectNode expected = (ObjectNode) YAML.readTree(Files.readString(examples().resolve("kotona-asuminen.yaml")));
        ArrayNode questions = (ArrayNode) expected.get("questions");
        JsonNode safety = questions.remove(2);
        questions.insert(1, safety);
        ((ObjectNode) safety.get("text")).put("sv", "Känner du dig trygg hemma?");
        ((ObjectNode) expected.get("consent")).put("fi", "Haluatko vastata nyt?");
        assertEquals(SurveyScripts.parse(JSON.writeValueAsString(expected), Format.JSON, "expected"),
                survey(versionId()));
    }

    @Test
    @Order(4)
    void worksByKeyboardInEnglishAndSwedishAndShowsASkipToARemovedQuestionAtItsList() {
        browser.language("en");
        browser.find("#nav a[href='#/builder']").click();
        browser.text("main h1", "Survey builder");
        browser.find("#b-new").sendKeys(Keys.ENTER);
        assertEquals("b-new-no", focused(), "the confirmation takes the focus, on the safe answer");
        browser.backTab();
        browser.keys(Keys.ENTER);
        assertEquals("b-id", focused());
        browser.keys("keyboard");
        browser.find("#b-add-question").sendKeys(Keys.ENTER);
        assertEquals("q-0-id", focused(), "a new question's id takes the focus");
        focusedElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), "first", Keys.TAB);
        assertEquals("q-0-type", focused());
        new Select(browser.find("#q-0-type")).selectByValue("choice");
        browser.await(d -> !d.findElements(By.id("q-0-opt-1-id")).isEmpty());
        assertEquals("q-0-type", focused(), "a new type keeps the focus on the type");
        browser.find("#b-add-question").sendKeys(Keys.ENTER);
        focusedElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), "second");
        new Select(browser.find("#q-0-skip-a")).selectByValue("second");

        browser.find("#q-1-remove").sendKeys(Keys.ENTER);
        assertEquals("q-0-id", focused(), "the focus goes to the question before the removed one");
        browser.find("#q-0-skip-a[aria-invalid=true]");
        browser.text("#q-0-skip-a-error", "there is no question 'second'");
        assertEquals("second", new Select(browser.find("#q-0-skip-a")).getFirstSelectedOption().getAttribute("value"),
                "the list keeps the missing target, so the officer sees what to change");
        browser.text("#b-problems", "Question 1: first › Skips › After “a”");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("builder-english");

        browser.find("#q-0-duplicate").sendKeys(Keys.ENTER);
        assertEquals("q-1-id", focused());
        assertEquals("first_2", browser.find("#q-1-id").getAttribute("value"));
        browser.language("sv");
        browser.text("main h1", "Enkätbyggare");
        assertEquals("first_2", browser.find("#q-1-id").getAttribute("value"), "the survey stays while the UI changes");
        browser.text("#q-0-skip-a-error", "there is no question 'second'");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.language("fi");
    }

    /** Builds the example from an empty form as an officer would, field by field, and publishes it. */
    private long build(String name) throws Exception {
        JsonNode script = YAML.readTree(Files.readString(examples().resolve(name + ".yaml")));
        browser.find("#b-new").click();
        browser.find("#b-new-yes").click();
        browser.await(d -> "b-id".equals(focused()));
        type("#b-id", script.get("id").asText());
        List<String> languages = new ArrayList<>();
        script.get("languages").forEach(code -> languages.add(code.asText()));
        assertEquals("fi", languages.get(0), "a new survey starts in Finnish");
        languages.subList(1, languages.size()).forEach(code -> browser.find("#b-lang-" + code).click());
        texts("b-title", script.get("title"));
        if (script.path("settings").has("verify")) {
            texts("s-verify", script.get("settings").get("verify"));
        }
        for (String text : TEXTS) {
            if (script.has(text)) {
                texts("b-" + text, script.get(text));
            }
        }
        JsonNode questions = script.get("questions");
        for (int i = 0; i < questions.size(); i++) {
            question(i, questions.get(i));
        }
        for (int i = 0; i < questions.size(); i++) {
            int index = i;
            questions.get(i).path("skip").fields().forEachRemaining(skip -> new Select(browser.find(
                    "#q-" + index + "-skip-" + skip.getKey())).selectByValue(skip.getValue().asText()));
        }
        browser.text("#b-summary", "Ei virheitä", CHECKED);
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("builder-" + name);
        browser.find("#b-publish").click();
        browser.text("#b-publish-result", "Julkaistu versiona 1.");
        long version = versionId();
        published.put(name, version);
        return version;
    }

    private void question(int i, JsonNode question) {
        String q = "#q-" + i;
        String type = question.get("type").asText();
        new Select(browser.find("#b-new-type")).selectByValue(type);
        browser.find("#b-add-question").click();
        browser.await(d -> ("q-" + i + "-id").equals(focused()));
        type(q + "-id", question.get("id").asText());
        if (question.path("speech").asBoolean(false)) {
            browser.find(q + "-speech").click();
            browser.await(d -> ("q-" + i + "-speech").equals(focused()));
        }
        texts("q-" + i + "-text", question.get("text"));
        for (String number : List.of("min", "max", "maxSeconds")) {
            if (question.has(number)) {
                type(q + "-" + number, question.get(number).asText());
            }
        }
        for (String label : List.of("minLabel", "maxLabel")) {
            if (question.has(label)) {
                texts("q-" + i + "-" + label, question.get(label));
            }
        }
        JsonNode options = question.path("options");
        for (int j = 0; j < options.size(); j++) {
            String o = q + "-opt-" + j;
            if (browser.driver.findElements(By.cssSelector(o + "-id")).isEmpty()) {
                browser.find(q + "-add-option").click();
            }
            JsonNode option = options.get(j);
            type(o + "-id", option.get("id").asText());
            texts(o.substring(1) + "-text", option.get("text"));
            option.path("words").fields().forEachRemaining(words -> {
                List<String> list = new ArrayList<>();
                words.getValue().forEach(word -> list.add(word.asText()));
                type(o + "-words-" + words.getKey(), String.join(", ", list));
            });
        }
    }

    /** Types a text per language into the boxes side by side (id prefix-fi, prefix-sv ...). */
    private void texts(String prefix, JsonNode texts) {
        texts.fields().forEachRemaining(text -> type("#" + prefix + "-" + text.getKey(), text.getValue().asText()));
    }

    private void type(String css, String text) {
        WebElement field = browser.find(css);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
    }

    private WebElement focusedElement() {
        return browser.driver.switchTo().activeElement();
    }

    private String focused() {
        return browser.driver.switchTo().activeElement().getAttribute("id");
    }

    private long versionId() {
        return ((Number) browser.script("return JSON.parse(sessionStorage.getItem('kuuleva.draft')).versionId"))
                .longValue();
    }

    private Survey survey(long versionId) throws Exception {
        VersionDetail version = catalog.version(versionId).orElseThrow();
        return SurveyScripts.parse(version.script(), Format.valueOf(version.format()), "published");
    }

    private static Survey example(String name) throws Exception {
        return SurveyScripts.read(examples().resolve(name + ".yaml"));
    }

    private static Path examples() {
        return Path.of("..", "examples");
    }
}
