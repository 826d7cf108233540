package fi.kuuleva.admin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.report.ReportData;
import fi.kuuleva.admin.report.aggregate.AnswerAggregates;
import fi.kuuleva.admin.report.population.PopulationRow;
import fi.kuuleva.admin.report.population.PopulationStore;
import fi.kuuleva.admin.security.Roles;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * An analyst sees a question's answers weighted to the population beside the unweighted ones, each share with its
 * interval and marked as weighted, and the municipality of the population table where nobody answered listed with
 * where its population went.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeightedReportPageIT extends BrowserIT implements TestPropertyProvider {

    @Inject
    Fixtures fixtures;
    @Inject
    AnswerAggregates aggregates;
    @Inject
    PopulationStore population;

    private final Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());

    @Override
    public Map<String, String> getProperties() {
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @Test
    void weightedSharesStandBesideTheUnweightedOnesWithTheCollapsedStrata() throws Exception {
        long version = fixtures.testSurvey().versionId();
        long campaign = fixtures.runningCampaign("weighted-page", 3, 0);
        try (Connection db = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"))) {
            ReportData.respondents(db, campaign, 1, 240);
            long[] ids = ReportData.respondentIds(db, campaign);
            ReportData.answers(db, campaign, "arki", new String[] {"1", "2", "3", "4", "5", "4", "5", "3"}, 7, ids[0], ids[1]);
        }
        aggregates.rebuild(version);
        population.replace(List.of(new PopulationRow("Lappeenranta", "65-74", 5000),
                new PopulationRow("Lappeenranta", "75-84", 3000), new PopulationRow("Imatra", "75-84", 1200),
                new PopulationRow("Rautjärvi", "75-84", 800)));

        logIn("wilma", Roles.ANALYST);
        browser.go("#/reports?version=" + version + "&question=arki&by=municipality");
        browser.text("#report-answers figure.chart[data-group='total'] figcaption", "n = 240");
        browser.text("#report-weighted [data-weighted='true'] figcaption", "Painotettu");
        assertEquals(5, browser.driver.findElements(By.cssSelector("#report-weighted [data-value] svg")).size(),
                "one share with its interval per answer value");
        String row = browser.text("#collapsed-strata tbody", "Rautjärvi").getText();
        assertTrue(row.contains("kukaan ei vastannut"), row);
        assertEquals(List.of(), browser.accessibilityProblems());
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('report-weighted').scrollIntoView()");
        browser.screenshot("reports-weighted");
        browser.text("#report-quality", "Kampanjat");
        ((JavascriptExecutor) browser.driver).executeScript(
                "[...document.querySelectorAll('#report-quality h3')].pop().scrollIntoView()");
        browser.screenshot("reports-campaigns");
    }
}
