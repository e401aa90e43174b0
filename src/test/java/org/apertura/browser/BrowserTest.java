package org.apertura.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser against the real application: Playwright driving the system Chromium (never a
 * downloaded one), on a 360 px wide phone screen, in Spanish (Mexico). Without Chromium the tests are
 * skipped with a loud notice, unless -Dbrowser.required=true makes that a failure.
 */
@IntegrationTest
@Tag("browser")
public abstract class BrowserTest {

    /** Whether the pages are kept as pictures ({@code -Dbrowser.screenshots=false}: CI, where no one looks at them). */
    protected static final boolean SCREENSHOTS = !"false".equals(System.getProperty("browser.screenshots"));
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    protected BrowserContext context;
    protected Page page;

    /**
     * One Chromium for every browser test class of the run (each test gets a fresh browser context, as a new visitor
     * with no cookie): launching Playwright's driver and Chromium per class cost seconds each. It is closed when the
     * test JVM ends, and launched again if it went away.
     */
    @BeforeAll
    static synchronized void launchChromium() {
        if (browser != null && browser.isConnected()) {
            return;
        }
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            String notice = "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
                    + "!! BROWSER TESTS NOT RUN: no Chromium at " + chromium + "\n"
                    + "!! Install it (apt-get install chromium) or set CHROMIUM_PATH.\n"
                    + "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n";
            System.err.println(notice);
            if (Boolean.getBoolean("browser.required")) {
                Assertions.fail("browser.required=true but there is no Chromium at " + chromium);
            }
            Assumptions.abort("No Chromium at " + chromium);
        }
        closeChromium();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-dev-shm-usage", "--disable-component-update", "--no-first-run", "--disable-sync")));
        if (!closeAtExit) {
            closeAtExit = true;
            Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::closeChromium, "close-chromium"));
        }
    }

    private static boolean closeAtExit;

    private static synchronized void closeChromium() {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        } catch (RuntimeException gone) {
            // the driver or the browser already went away
        } finally {
            browser = null;
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("es-MX")
                .setViewportSize(360, 740)
                .setBypassCSP(true));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    /** A phone-sized browser with JavaScript off: what the server's HTML alone gives a reader. */
    protected com.microsoft.playwright.BrowserContext newContextWithoutJavaScript() {
        return context.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("es-MX").setViewportSize(360, 740).setBypassCSP(true).setJavaScriptEnabled(false));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        page.navigate(url(path));
    }

    /** Signs in through the real form, as a person would. */
    protected void signIn(String email, String password) {
        open("/entrar");
        page.getByLabel("Correo electrónico").fill(email);
        page.getByLabel("Contraseña").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Entrar")).click();
        if (page.url().endsWith("/cuenta/dos-pasos/activar")) {
            // an account holding a role sets up its authenticator app first, from the key the page shows
            org.apertura.identity.TestTwoStep.remember(email, page.locator("#totp-secret").textContent());
            page.getByLabel("Código").fill(org.apertura.identity.TestTwoStep.code(email));
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Activar")).click();
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Listo, los guardé")).click();
        } else if (page.url().endsWith("/entrar/codigo")) {
            page.getByLabel("Código").fill(org.apertura.identity.TestTwoStep.code(email));
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Verificar")).click();
        }
    }

    /** Signs in a test account (its password is {@link org.apertura.identity.TestAccounts#PASSWORD}). */
    protected void signIn(org.apertura.identity.Account account) {
        signIn(account.getEmail(), org.apertura.identity.TestAccounts.PASSWORD);
    }

    /** Clicks the button of exactly this name. */
    protected void click(String button) {
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    /** Signs out with the header's button. */
    protected void signOut() {
        click("Salir");
    }

    /**
     * The page as a person on a phone and on a laptop sees it: no WCAG 2.1 A/AA violation, nothing sticking out at
     * 360 px, and screenshots at 360 and 1280 px to look at.
     */
    protected void checkPage(String name) {
        assertAccessible();
        assertFitsThePhone();
        if (!SCREENSHOTS) {
            return;
        }
        screenshot(name + "-360");
        page.setViewportSize(1280, 900);
        screenshot(name + "-1280");
        page.setViewportSize(360, 740);
    }

    /** axe-core finds no WCAG 2.1 A or AA violation on the page as it is now. */
    protected void assertAccessible() {
        Axe.assertNoViolations(page);
    }

    /** Nothing sticks out sideways on a 360 px phone. */
    protected void assertFitsThePhone() {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width on a 360 px screen").isLessThanOrEqualTo(360);
    }

    /** Keeps a full-page picture under target/screenshots, to look at the page as a person sees it. */
    protected void screenshot(String name) {
        if (!SCREENSHOTS) {
            return;
        }
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(dir.resolve(name.replaceAll("^/", "").replace('/', '-') + ".png")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
