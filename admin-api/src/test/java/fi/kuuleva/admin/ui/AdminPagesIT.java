package fi.kuuleva.admin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.survey.SurveyPublisher;
import fi.kuuleva.script.SurveyScripts.Format;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admin's and the officer's pages beyond the journeys: an admin adds an officer and sees it in the audit log; the
 * officer logs in, edits a paused campaign's settings (an invalid one shown at its field first), reads its calls, puts
 * a number on the do-not-call list and erases a resident's number after the confirmation. Each page passes a11y.js.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminPagesIT extends BrowserIT implements TestPropertyProvider {

    private static final String RESIDENT = "+358401112233";
    private static final String FIRST_PASSWORD = "kolme sanaa riittää";
    private static final String NEW_PASSWORD = "uusi salasana vaihdettu";

    @Inject
    SurveyPublisher publisher;
    @Inject
    JdbcOperations jdbc;
    @Inject
    Auditor audit;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @Test
    @Order(1)
    void anAdminAddsAnOfficerAndTheAuditLogShowsIt() {
        logIn("aino", Roles.ADMIN);
        assertEquals(List.of("Käyttäjät", "Tapahtumaloki"), browser.driver.findElements(By.cssSelector("#nav a")).stream()
                .map(WebElement::getText).toList(), "an admin sees the users and the audit log only");
        browser.text("main h1", "Käyttäjät");
        browser.text("#user-list tr[data-user='aino']", "Pääkäyttäjä");
        assertEquals(List.of(), browser.accessibilityProblems());

        browser.find("#u-name").sendKeys("olli");
        browser.find("#u-password").sendKeys("lyhyt");
        browser.find("label[for='u-new-OFFICER']").click();
        browser.find("#u-create").click();
        WebElement password = browser.find("#u-password[aria-invalid=true]");
        browser.text("#" + password.getAttribute("id") + "-error", "12");
        browser.screenshot("users-invalid");

        password.clear();
        password.sendKeys(FIRST_PASSWORD);
        browser.find("#u-create").click();
        browser.text("#user-list tr[data-user='olli']", "Virkailija");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("users");

        browser.find("#user-list tr[data-user='olli'] a.edit-user").click();
        browser.text("#edit-user-title", "olli");
        browser.find("label[for='u-edit-ANALYST']").click();
        browser.find("#u-reset").sendKeys(NEW_PASSWORD);
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("user-edit");
        browser.find("#u-save").click();
        browser.text("#user-list tr[data-user='olli']", "Analyytikko");
        assertTrue(browser.driver.findElements(By.id("user-edit")).isEmpty(), "back to the list once saved");

        for (int i = 1; i <= 60; i++) {
            audit.record("vanha", "campaign.update", "campaign/" + i, Map.of());
        }

        browser.find("#nav a[href='#/audit']").click();
        browser.text("#audit-list tbody tr:first-child", "campaign/60");
        assertEquals(50, browser.driver.findElements(By.cssSelector("#audit-list tbody tr")).size(), "newest 50 first");
        browser.find("#audit-older").click();
        browser.text("#audit-list tbody tr:nth-child(51)", "campaign/10");
        browser.text("#audit-list", "user.update");
        browser.text("#audit-list", "user/olli");
        browser.text("#audit-list tbody tr:last-child", "user/aino");
        assertTrue(!browser.driver.findElement(By.id("audit-older")).isDisplayed(), "no older entries left to fetch");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("audit");
        browser.find("#logout").click();
        browser.find("input[name=username]");
    }

    @Test
    @Order(2)
    void theNewOfficerLogsInAndEditsAPausedCampaignSeeingItsCalls() throws Exception {
        long campaign = pausedCampaignWithACall();
        logInAs("olli", NEW_PASSWORD);
        browser.go("#/campaign/" + campaign);
        browser.text("main h1", "Syksyn kysely");
        browser.text("#attempts tbody tr", RESIDENT);
        assertEquals("true", browser.find("#c-version").getAttribute("disabled"), "a paused campaign keeps its version");
        assertEquals("120", browser.find("#retry-NO_ANSWER").getAttribute("value"), "PT2H shown as minutes");

        WebElement max = browser.find("#c-max");
        max.clear();
        max.sendKeys("99");
        browser.find("#c-save").click();
        browser.find("#c-max[aria-invalid=true]");
        browser.text("#c-max-error", "10");
        browser.screenshot("campaign-settings-invalid");

        max = browser.find("#c-max");
        max.clear();
        max.sendKeys("6");
        WebElement name = browser.find("#c-name");
        name.clear();
        name.sendKeys("Syksyn kysely, toinen kierros");
        browser.find("#c-save").click();
        browser.text("main h1", "toinen kierros");
        assertEquals("6", browser.find("#c-max").getAttribute("value"));
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("campaign-settings");
    }

    @Test
    @Order(3)
    void theOfficerAddsANumberToDoNotCallAndErasesAResidentAfterConfirming() {
        browser.find("#nav a[href='#/do-not-call']").click();
        browser.text("main h1", "Soittokielto");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.find("#dnc-phone").sendKeys("040 123 4567");
        browser.find("#dnc-reason").sendKeys("Pyysi puhelimessa");
        browser.find("#dnc-submit").click();
        browser.text("#dnc-list", "+358401234567");
        browser.text("#dnc-list", "Virkailija");
        browser.find("#dnc-remove-phone").sendKeys("040 123 4567");
        browser.find("#dnc-remove-submit").click();
        browser.await(d -> "true".equals(d.findElement(org.openqa.selenium.By.id("dnc-remove-reason"))
                .getAttribute("aria-invalid")));
        browser.find("#dnc-remove-reason").sendKeys("Painoi 9 vahingossa");
        browser.find("#dnc-remove-submit").click();
        browser.text("#dnc-none", "Lista on tyhjä");

        browser.find("#erase-phone").sendKeys(RESIDENT);
        browser.find("#erase-ask").click();
        browser.text("#erase-confirm", "Poistoa ei voi perua");
        assertEquals("erase-yes", browser.driver.switchTo().activeElement().getAttribute("id"),
                "the focus moves to the confirmation");
        assertEquals(RESIDENT, phoneOfTheCall(), "nothing is erased before confirming");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("erase-confirm");

        browser.find("#erase-yes").click();
        browser.text("#erase-result", "Poistettu: 1 vastaajaa");
        assertEquals("erase-result", browser.driver.switchTo().activeElement().getAttribute("id"),
                "the focus moves to the result, not lost with the confirmation");
        assertEquals(null, phoneOfTheCall());
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("do-not-call");
    }

    private void logInAs(String name, String password) {
        browser.goLoggedOut("#/login");
        browser.language("fi");
        browser.find("input[name=username]").sendKeys(name);
        WebElement field = browser.find("input[name=password]");
        field.sendKeys(password);
        field.submit();
        browser.text("#who", name);
    }

    /** A paused campaign of the journey survey with one resident called once. */
    private long pausedCampaignWithACall() throws Exception {
        long version = publisher.publish(resource("journey.yaml"), Format.YAML, "olli").versionId();
        return jdbc.execute(connection -> {
            try (PreparedStatement campaign = connection.prepareStatement("INSERT INTO campaigns (name, survey_version_id,"
                    + " state, max_attempts, calling_windows, retry_policy, asterisk_server) VALUES ('Syksyn kysely', ?,"
                    + " 'PAUSED', 3, '[{\"days\":\"MON-FRI\",\"from\":\"10:00\",\"to\":\"18:00\"}]',"
                    + " '{\"NO_ANSWER\":\"PT2H\"}', 'local') RETURNING id")) {
                campaign.setLong(1, version);
                long id = single(campaign);
                try (PreparedStatement respondent = connection.prepareStatement("INSERT INTO respondents (campaign_id,"
                        + " phone_e164, language, municipality, age_band, status, attempts, last_outcome)"
                        + " VALUES (?, ?, 'fi', 'Lappeenranta', '75-84', 'PENDING', 1, 'NO_ANSWER') RETURNING id");
                     PreparedStatement attempt = connection.prepareStatement("INSERT INTO call_attempts (respondent_id,"
                        + " campaign_id, attempt_no, state, instance_id, outcome, queued_at, started_at, ended_at)"
                        + " VALUES (?, ?, 1, 'COMPLETED', 'seed', 'NO_ANSWER', now() - interval '1 hour',"
                        + " now() - interval '1 hour', now() - interval '59 minutes')")) {
                    respondent.setLong(1, id);
                    respondent.setString(2, RESIDENT);
                    attempt.setLong(1, single(respondent));
                    attempt.setLong(2, id);
                    attempt.executeUpdate();
                }
                return id;
            }
        });
    }

    private String phoneOfTheCall() {
        return jdbc.execute(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT phone_e164 FROM respondents WHERE municipality = 'Lappeenranta'");
                 ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "the resident's row stays (de-identified)");
                return rows.getString(1);
            }
        });
    }

    private static long single(PreparedStatement statement) throws java.sql.SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
