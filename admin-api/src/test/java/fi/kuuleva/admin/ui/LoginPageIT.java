package fi.kuuleva.admin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.TestLogins;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The login page served by the service: its three languages, accessibility checks and keyboard-only use. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginPageIT extends BrowserIT implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @Test
    void theLoginPageSpeaksEachLanguageAndPassesTheAccessibilityChecks() {
        browser.goLoggedOut("#/login");
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
    void theAccessibilityEngineCatchesAnUnlabelledFieldAndFaintText() {
        browser.goLoggedOut("#/login");
        browser.find("input[name=username]");
        browser.script("""
                const field = document.createElement('input');
                field.id = 'unlabelled';
                const faint = document.createElement('p');
                faint.textContent = 'Hardly legible';
                faint.style.color = '#dddddd';
                document.querySelector('main').append(field, faint);
                """);
        List<String> problems = browser.accessibilityProblems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("label ") && p.contains("#unlabelled")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("color-contrast ")), problems::toString);
        browser.driver.navigate().refresh();
    }

    @Test
    void theKeyboardReachesEveryControlInOrderWithAVisibleFocus() {
        browser.goLoggedOut("#/login");
        browser.find("input[name=username]").sendKeys("");
        browser.backTab();
        browser.backTab();
        assertEquals("skip-link", focused());
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            browser.keys(Keys.TAB);
            order.add(focused());
        }
        assertEquals(List.of("language", "username", "password", "submit"), order);
    }

    /** What has the focus (id, name or type), checked to show it visibly. */
    private String focused() {
        WebElement element = browser.driver.switchTo().activeElement();
        String name = element.getAttribute("id");
        if (name == null || name.isEmpty() || name.startsWith("f-")) {
            name = element.getAttribute("name");
        }
        if (name == null || name.isEmpty()) {
            name = element.getAttribute("type");
        }
        assertNotEquals("none", element.getCssValue("outline-style"), "a visible focus on " + name);
        return name;
    }

    @Test
    void aWrongPasswordIsAnnouncedAndTheKeyboardAloneLogsIn() {
        TestLogins.user(context, "kaisa", Roles.OFFICER);
        browser.goLoggedOut("#/login");
        browser.language("fi");
        browser.find("input[name=username]").click();
        browser.keys("kaisa", Keys.TAB, "väärä salasana", Keys.ENTER);
        WebElement error = browser.find("#login-error");
        assertEquals("alert", error.getAttribute("role"));
        assertEquals("Väärä käyttäjätunnus tai salasana.", error.getText());
        assertEquals("password", browser.driver.switchTo().activeElement().getAttribute("name"));

        browser.keys(TestLogins.PASSWORD, Keys.ENTER);
        browser.text("#who", "kaisa");
        assertEquals("Kyselyt", browser.find("#nav a[aria-current=page]").getText());
        assertTrue(browser.driver.findElements(By.cssSelector("#nav a[href='#/reports']")).size() == 1,
                "officers may read reports too");
    }

    @Test
    void tooManyWrongPasswordsSayWhenToTryAgain() {
        TestLogins.user(context, "guessed", Roles.OFFICER);
        try (HttpClient http = HttpClient.create(server.getURL())) {
            for (int i = 0; i < 5; i++) {
                try {
                    http.toBlocking().exchange(HttpRequest.POST("/api/login", Map.of("username", "guessed",
                            "password", "guess number " + i)));
                } catch (HttpClientResponseException refused) {
                    assertEquals(401, refused.getStatus().getCode());
                }
            }
        }
        browser.goLoggedOut("#/login");
        browser.language("fi");
        browser.find("input[name=username]").click();
        browser.keys("guessed", Keys.TAB, TestLogins.PASSWORD, Keys.ENTER);
        assertTrue(browser.find("#login-error").getText().startsWith("Liian monta epäonnistunutta kirjautumista."),
                browser.find("#login-error").getText());
    }

}
