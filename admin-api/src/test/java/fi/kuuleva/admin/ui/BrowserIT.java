package fi.kuuleva.admin.ui;

import fi.kuuleva.admin.security.TestLogins;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebElement;

/** What every browser test shares: the running service, one browser for the class, logging in through the page. */
abstract class BrowserIT {

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;
    Browser browser;

    /** A failed test leaves the page it failed on as failed-<test>.png next to the screenshots. */
    @RegisterExtension
    final TestWatcher failures = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext test, Throwable cause) {
            if (browser != null) {
                browser.screenshot("failed-" + test.getRequiredTestMethod().getName());
                browser.console().forEach(line -> System.out.println("browser console: " + line));
            }
        }
    };

    @BeforeAll
    void openBrowser() throws IOException {
        for (var method : getClass().getDeclaredMethods()) {
            Files.deleteIfExists(Browser.SCREENSHOTS.resolve("failed-" + method.getName() + ".png"));
        }
        browser = Browser.open(server.getURL().toString());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Creates a user with the roles and logs in on the login page, in Finnish. */
    void logIn(String name, String... roles) {
        TestLogins.user(context, name, roles);
        browser.go("#/login");
        browser.language("fi");
        browser.find("input[name=username]").sendKeys(name);
        WebElement password = browser.find("input[name=password]");
        password.sendKeys(TestLogins.PASSWORD);
        password.submit();
        browser.text("#who", name);
    }

    static String resource(String name) {
        try (InputStream in = BrowserIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
