package fi.kuuleva.admin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.survey.SurveyPublisher;
import fi.kuuleva.script.SurveyScripts.Format;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An analyst, in the browser alone: chooses the survey version and question, sees the answers as charts by
 * municipality with a suppressed group and cell shown as such, the pre-notices against reach, and downloads the CSV
 * export. Nothing on the way shows a phone number. The answers are those of a finished campaign, written as the call
 * journal writes them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystJourneyIT extends BrowserIT implements TestPropertyProvider {

    @Inject
    SurveyPublisher publisher;
    @Inject
    JdbcOperations jdbc;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @Test
    void seesTheChartsWithSuppressedCellsAndDownloadsTheExport() throws Exception {
        long version = publisher.publish(resource("journey.yaml"), Format.YAML, "olli").versionId();
        FinishedCampaigns.seed(jdbc, version);
        preNotices();

        logIn("anna", Roles.ANALYST);
        assertEquals(List.of("Raportit"), browser.driver.findElements(By.cssSelector("#nav a")).stream()
                .map(a -> a.getText()).toList(), "an analyst sees the reports only");
        new Select(browser.find("#r-question")).selectByValue("yksinaisyys");
        browser.await(d -> d.getCurrentUrl().contains("question=yksinaisyys"));
        browser.text("figure.chart[data-group='Lappeenranta'] figcaption", "Lappeenranta");
        browser.text("figure.chart[data-group='Taipalsaari'][data-suppressed='true']", "Piilotettu: tässä tai toisessa ryhmässä on liian vähän vastaajia");
        browser.text("figure.chart[data-group='total'] svg", "harvoin");
        assertTrue(browser.find("figure.chart[data-group='total'] svg").getAttribute("aria-label")
                .contains("harvoin"), "the chart is one sentence for screen readers too");
        browser.text("#report-weighted p[data-reason='noPopulation']", "väestötaulukko");
        assertFalse(browser.driver.getPageSource().contains("+35840777"), "no phone numbers for analysts");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("reports");

        browser.find("#ind-name").sendKeys("Harvoin yksinäinen");
        browser.find("#indicator-form input[type=checkbox][value='harvoin']").click();
        browser.find("#indicator-form button[type=submit]").click();
        String interval = browser.text("#indicators tr[data-indicator='Harvoin yksinäinen']", "%").getText()
                .replace('\u00a0', ' ').replace('\u202f', ' ');
        assertTrue(interval.matches("(?s).*\\d+(,\\d)? %\\s*\\(\\d+(,\\d)? %–\\d+(,\\d)? %\\).*"),
                "the share with its confidence interval: " + interval);

        new Select(browser.find("#r-against")).selectByValue("turvallisuus");
        browser.await(d -> d.getCurrentUrl().contains("against=turvallisuus"));
        browser.text("#report-crosstab table.crosstab", "Ei vastausta");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("reports-crosstab");

        new Select(browser.find("#r-by")).selectByValue("language");
        browser.text("figure.chart[data-group='sv'] figcaption", "ruotsi");

        browser.text("#report-quality", "R-indikaattori");
        assertEquals(List.of(), browser.accessibilityProblems());

        new Select(browser.find("#r-by")).selectByValue("municipality");
        browser.text("#report-pre-notices h2", "Ennakkotekstiviestit ja tavoittaminen");
        browser.text("#report-pre-notices tr[data-group='Taipalsaari']", "piilotettu");
        browser.text("#report-pre-notices tr[data-group='total'] th", "Kaikki, joille soitettiin");
        assertEquals(List.of(), browser.accessibilityProblems());

        browser.find("#report-pdf-sv").click();
        Path pdf = awaitDownload(".pdf");
        assertTrue(new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII).equals("%PDF"),
                "the printable report downloads as a PDF");

        browser.find("#export-csv").click();
        Path csv = awaitDownload(".csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("yksinaisyys"), text);
        assertFalse(text.contains("+358"), "no phone numbers in the export");
    }

    private Path awaitDownload(String suffix) {
        return browser.await(Duration.ofSeconds(20), d -> {
            try (Stream<Path> files = Files.list(browser.downloads)) {
                return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Twelve of the seeded residents in Lappeenranta had a pre-notice delivered before their call. */
    private void preNotices() {
        FinishedCampaigns.update(jdbc, "INSERT INTO text_messages (campaign_id, respondent_id, kind, body, state,"
                + " tries, due_at, created_at) SELECT campaign_id, id, 'PRE_NOTICE', 'Hei!', 'DELIVERED', 1,"
                + " now(), now() FROM respondents WHERE CAST(right(phone_e164, 2) AS integer) <= 12");
    }
}
