package fi.kuuleva.admin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.survey.SurveyPublisher;
import fi.kuuleva.script.SurveyScripts.Format;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An analyst compares a question across two rounds of the same survey in the browser: the share of "often lonely"
 * per round with its interval and n, the change marked beyond chance, and the long-format CSV link.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundsPageIT extends BrowserIT implements TestPropertyProvider {

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
    void theSameQuestionInTwoRoundsWithTheChangeMarkedBeyondChance() throws Exception {
        String script = resource("journey.yaml");
        long first = publisher.publish(script, Format.YAML, "olli").versionId();
        FinishedCampaigns.seed(jdbc, first);
        long second = publisher.publish(script.replace("Arki kotona", "Arki kotona 2026"), Format.YAML, "olli")
                .versionId();
        FinishedCampaigns.seed(jdbc, second);
        // the second round: 15 of 20 often lonely (the first: 5 of 20)
        FinishedCampaigns.update(jdbc, "UPDATE answers SET value = 'usein' WHERE question_id = 'yksinaisyys'"
                + " AND respondent_id IN (SELECT id FROM respondents"
                + " WHERE campaign_id = (SELECT max(id) FROM campaigns) AND CAST(right(phone_e164, 2) AS integer) <= 15)");
        Awaitility.await("the report counts are up to date").atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT count(*) FROM answer_events") == 0);

        logIn("anna", Roles.ANALYST);
        browser.go("#/reports?version=" + second + "&question=yksinaisyys&by=");
        browser.text("#report-rounds h2", "Kierrokset");
        assertTrue(browser.find("#rounds-version-" + first).isSelected(), "the earlier round of the same survey");
        assertTrue(browser.find("#rounds-version-" + second).isSelected());
        assertTrue(browser.find("#rounds-form input[value='usein']").isSelected(), "the last answer by default");
        browser.find("#rounds-form button[type=submit]").click();

        String earlier = plain(browser.text("#rounds tr[data-version='" + first + "'][data-area='total']", "%")
                .getText());
        String later = plain(browser.text("#rounds tr[data-version='" + second + "'][data-area='total']", "%")
                .getText());
        assertTrue(earlier.contains("25 %") && earlier.contains("20"), earlier);
        assertTrue(later.contains("75 %") && later.contains("+50,0 prosenttiyksikköä")
                && later.contains("suurempi kuin sattuma selittää"), later);
        assertEquals("true", browser.find("#rounds tr[data-version='" + second + "'][data-area='total']"
                + " td[data-significant]").getAttribute("data-significant"));
        assertTrue(browser.find("#rounds-csv").getAttribute("href").contains("/api/reports/rounds/export.csv?"));
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("rounds");
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private long count(String sql) {
        return jdbc.execute(connection -> {
            try (Statement st = connection.createStatement(); ResultSet rows = st.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        });
    }
}
