package fi.kuuleva.admin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.demo.ResidentScript;
import fi.kuuleva.demo.SimulatedResidents;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.dialler.Dispatcher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * An officer, from an empty system, in the browser alone: writes a survey (an error appears at its line while typing,
 * then is fixed), publishes it, listens to a prompt, tries it in the simulator, creates a campaign, imports
 * respondents (a rejected row reported), starts it, follows it live to COMPLETED through the real local Asterisk's
 * simulated residents, and handles the call-back one of them asked for. The steps run in order on one browser.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficerJourneyIT extends BrowserIT implements TestPropertyProvider {

    private static final String AINO = "+358401234501";
    private static final String KERTTU = "+358401234502";
    private static final String ELSA = "+358401234503";

    @Inject
    SimulatedResidents simulated;
    @Inject
    JdbcOperations jdbc;
    @Inject
    Dispatcher dispatcher;
    private long campaignId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.putAll(LocalAsterisk.properties("ui-officer-journey"));
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @Test
    @Order(1)
    void writesAndPublishesASurveySeeingAnErrorAtItsLineWhileTyping() {
        logIn("olli", Roles.OFFICER);
        browser.text("main p", "Yhtään kyselyä ei ole vielä julkaistu.");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("surveys");
        browser.find("main a[href='#/editor']").click();
        String script = resource("journey.yaml");
        browser.script("const a = document.getElementById('script'); a.value = arguments[0];"
                + "a.dispatchEvent(new Event('input'));", script);
        browser.text("#problem-summary", "Ei virheitä");
        int line = lineOf(script, "type: yes_no");
        browser.script("const a = document.getElementById('script'); const end = a.value.split('\\n')"
                + ".slice(0, arguments[0]).join('\\n').length; a.focus(); a.setSelectionRange(end, end);", line);
        browser.keys("x");
        WebElement mark = browser.find(".gutter .bad");
        assertEquals(String.valueOf(line), mark.getAttribute("data-line"));
        assertTrue(browser.find("#problem-summary").getText().startsWith("Virheitä: "));
        assertTrue(browser.find("#problems li").getText().startsWith("rivi " + line + ":"),
                browser.find("#problems li").getText());
        assertTrue(!browser.find("#publish").isEnabled(), "a broken script cannot be published");
        browser.screenshot("editor-problem");

        browser.keys(Keys.BACK_SPACE);
        browser.text("#problem-summary", "Ei virheitä");
        assertEquals(0, browser.driver.findElements(By.cssSelector(".gutter .bad")).size());
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("editor");
        browser.find("#publish").click();
        browser.text("#publish-result", "Julkaistu versiona 1.");
    }

    @Test
    @Order(2)
    void listensToAPromptAndTriesTheSurveyInTheSimulator() {
        WebElement listen = browser.find("#prompts tr[data-prompt='intro'] td[lang='sv'] button");
        listen.click();
        browser.await(d -> "intro|sv".equals(browser.find("audio.prompt-audio").getAttribute("data-prompt")));
        browser.await(d -> ((Number) browser.script(
                "return document.querySelector('audio.prompt-audio').duration || 0")).doubleValue() > 0.5);

        browser.find("#publish-result a[href^='#/simulator']").click();
        new Select(browser.find("#sim-language")).selectByValue("fi");
        browser.find("#sim-start").click();
        browser.text("#transcript", "Hei! Tämä on hyvinvointialueen automaattinen kyselypuhelu.");
        browser.text("#sim-awaiting", "Odotetaan");
        browser.find("#keypad button[data-key='1']").sendKeys(Keys.TAB);
        List<String> keys = new ArrayList<>(List.of(focusedKey()));
        for (int i = 0; i < 10; i++) {
            browser.keys(Keys.TAB);
            keys.add(focusedKey());
        }
        assertEquals(List.of("2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"), keys, "the keypad by Tab");
        browser.keys("1");
        browser.text("#transcript", "Tunnetko olosi turvalliseksi kotonasi?");
        browser.find("#keypad button[data-key='1']").sendKeys(Keys.ENTER);
        browser.text("#transcript", "Kuinka usein tunnet itsesi yksinäiseksi?");
        browser.find("#keypad button[data-key='2']").click();
        browser.text("#sim-awaiting", "Puhelu päättyi: Vastasi loppuun.");
        browser.text("#transcript", "Kiitos vastauksistasi!");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("simulator");
    }

    @Test
    @Order(3)
    void createsACampaignAndImportsRespondentsSeeingTheRejectedRow() throws IOException {
        browser.find("#nav a[href='#/campaigns']").click();
        browser.find("#c-name").sendKeys("Syksyn kysely");
        browser.script("document.querySelector('.w-days').value = 'MON-SUN';"
                + "document.querySelector('.w-from').value = '00:00'; document.querySelector('.w-to').value = '23:59';");
        browser.find("#retry-BUSY").clear();
        browser.find("#retry-BUSY").sendKeys("1");
        browser.find("#c-max").clear();
        browser.find("#c-max").sendKeys("2");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("campaign-new");
        browser.find("#c-create").click();
        browser.await(d -> d.getCurrentUrl().matches(".*#/campaign/\\d+$"));
        campaignId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/", ""));
        browser.text("#state-value", "Luonnos");

        browser.find("#import-file").sendKeys(csv("rejected.csv", "puhelin;kieli;kunta;syntymävuosi",
                "040 1234501;fi;Lappeenranta;1945", "12;fi;Lappeenranta;1950", "040 1234502;fi;Imatra;1940").toString());
        browser.find("#import-submit").click();
        browser.text("#import-report .summary", "Hylätty: mitään ei tuotu.");
        browser.text("#import-rows tr[data-line='3']", "Virhe");
        assertEquals(1, browser.driver.findElements(By.cssSelector("#import-rows tbody tr")).stream()
                .filter(r -> r.getText().contains("Virhe")).count(), "only line 3 is wrong");
        browser.script("document.getElementById('import-report').scrollIntoView()");
        browser.screenshot("import-rejected");

        browser.find("#import-file").sendKeys(csv("fixed.csv", "puhelin;kieli;kunta;syntymävuosi",
                "040 1234501;fi;Lappeenranta;1945", "040 1234502;fi;Imatra;1940",
                "040 1234503;fi;Lappeenranta;1938").toString());
        browser.find("#import-submit").click();
        browser.text("#import-report .summary", "Hyväksytty: 3 riviä, 3 tuotu");
        browser.text("#progress-summary", "0/3");
    }

    @Test
    @Order(4)
    void startsTheCampaignAndFollowsItLiveUntilItIsCompleted() {
        resident(AINO, "1", "1", "1");
        resident(KERTTU, "1", "0", "0", "1");
        resident(ELSA, "1", "2", "3");
        LocalAsterisk.awaitLogin(dispatcher);
        browser.find("#campaign-start").click();
        browser.text("#state-value", "Käynnissä");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("campaign-running");
        browser.text("#state-value", "Valmis", Duration.ofMinutes(3));
        browser.text("#progress-summary", "3/3");
        browser.text("#progress-outcomes tr[data-outcome='COMPLETED']", "2");
        browser.text("#progress-outcomes tr[data-outcome='CALLBACK_REQUESTED']", "1");
        browser.screenshot("campaign-completed");
    }

    @Test
    @Order(5)
    void handlesTheCallBackRequest() {
        browser.find("main a[href^='#/callbacks']").click();
        WebElement row = browser.find("#callbacks tbody tr");
        assertTrue(row.getText().contains(KERTTU), row.getText());
        assertEquals("aamupäivä", row.findElement(By.cssSelector("td.preferred-time")).getText(),
                "the morning Kerttu chose by key");
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("callbacks");
        row.findElement(By.cssSelector("input")).sendKeys("Soitettu, asia hoidettu.");
        row.findElement(By.cssSelector("button.mark-handled")).click();
        browser.text("#callbacks-none", "Avoimia soittopyyntöjä ei ole.");
    }

    /** The keypad key that has the focus, checked to show it visibly. */
    private String focusedKey() {
        WebElement element = browser.driver.switchTo().activeElement();
        assertTrue(!"none".equals(element.getCssValue("outline-style")), "a visible focus on the keypad");
        return element.getAttribute("data-key");
    }

    private void resident(String phone, String... keys) {
        Long id = jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id FROM respondents WHERE campaign_id = ? AND phone_e164 = ?")) {
                statement.setLong(1, campaignId);
                statement.setString(2, phone);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : null;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(id != null, phone + " was imported");
        simulated.set(id, Map.of("RESIDENT_SCRIPT", ResidentScript.keys(keys).toString()));
    }

    private static int lineOf(String script, String text) {
        List<String> lines = script.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    private Path csv(String name, String... lines) throws IOException {
        Path file = browser.downloads.resolveSibling(browser.downloads.getFileName() + "-" + name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }
}
