package fi.kuuleva.admin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The login page served by the service: its three languages, accessibility checks and keyboard-only use. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginPageIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(server.getURL().toString());
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theLoginPageSpeaksEachLanguageAndPassesTheAccessibilityChecks() {
        browser.go("#/login");
        Map<String, String> titles = Map.of("fi", "Kirjaudu sisään", "sv", "Logga in", "en", "Log in");
        Map<String, String> usernames = Map.of("fi", "Käyttäjätunnus", "sv", "Användarnamn", "en", "Username");
        for (String language : List.of("sv", "en", "fi")) {
            browser.language(language);
            assertEquals(titles.get(language), browser.find("main h1").getText());
            WebElement username = browser.find("input[name=username]");
            assertEquals(usernames.get(language), browser.driver.findElement(
                    By.cssSelector("label[for='" + username.getAttribute("id") + "']")).getText());
            assertEquals(List.of(), browser.accessibilityProblems(), language);
        }
        browser.screenshot("login");
    }

    @Test
    void theKeyboardReachesEveryControlInOrderWithAVisibleFocus() {
        browser.go("#/login");
        browser.find("input[name=username]");
        browser.script("document.activeElement.blur(); window.scrollTo(0, 0);");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            browser.keys(Keys.TAB);
            WebElement focused = browser.driver.switchTo().activeElement();
            order.add(focused.getAttribute("id") + "|" + focused.getAttribute("name") + "|" + focused.getTagName());
            assertNotEquals("none", focused.getCssValue("outline-style"), "visible focus on " + order.get(i));
        }
        assertEquals("skip-link", order.get(0).split("\\|")[0], order.toString());
        int language = index(order, "language|");
        int username = index(order, "|username|");
        int password = index(order, "|password|");
        int submit = index(order, "|button");
        assertTrue(language < username && username < password && password < submit, order.toString());
    }

    private static int index(List<String> order, String part) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError(part + " never had the focus: " + order);
    }
}
