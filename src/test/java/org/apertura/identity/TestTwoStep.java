package org.apertura.identity;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apertura.TestClock;

/**
 * The authenticator app of the tests' people: remembers the secret each account was shown when it set up two-step
 * sign-in (read from the page, as a person scans it) and answers the code of now — never a step already used, as
 * the server accepts a code only once (the next step is accepted too, so a second sign-in within 30 seconds works; a third moves the tests' clock to the next step, {@link TestClock}).
 */
public final class TestTwoStep {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");
    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private TestTwoStep() {
    }

    /**
     * Signs in through the sign-in form with MockMvc, both steps as a person does them (setting the app up first if
     * the account holds a role and has not yet), and answers the signed-in session.
     */
    public static org.springframework.mock.web.MockHttpSession signIn(org.springframework.test.web.servlet.MockMvc mvc,
            String email, String password) throws Exception {
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(TestCsrf.signIn(email, password))
                .andReturn().getRequest().getSession();
        var next = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/entrar/codigo")
                .session(session)).andReturn().getResponse();
        if ("/cuenta/dos-pasos/activar".equals(next.getRedirectedUrl())) {
            scan(email, mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get("/cuenta/dos-pasos/activar").session(session)).andReturn().getResponse().getContentAsString());
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/cuenta/dos-pasos/activar")
                    .session(session).with(TestCsrf.csrf()).param("code", code(email)));
        } else if (next.getStatus() == 200) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/entrar/codigo")
                    .session(session).with(TestCsrf.csrf()).param("code", code(email)));
        }
        return session;
    }

    /** Keeps the secret a set-up page shows for the account (the page's HTML). */
    public static void scan(String email, String setUpPage) {
        Matcher secret = SECRET.matcher(setUpPage);
        if (!secret.find()) {
            throw new IllegalStateException("the set-up page shows no secret");
        }
        remember(email, secret.group(1));
    }

    public static void remember(String email, String secret) {
        SECRETS.put(email, secret.replace(" ", ""));
        LAST_STEP.remove(email);
    }

    public static boolean knows(String email) {
        return SECRETS.containsKey(email);
    }

    /** The code the app shows now for the account, one the server has not accepted yet. */
    public static synchronized String code(String email) {
        String secret = SECRETS.get(email);
        if (secret == null) {
            throw new IllegalStateException("no authenticator set up for " + email);
        }
        long now = Totp.step(TestClock.now());
        long step = Math.max(now, LAST_STEP.getOrDefault(email, Long.MIN_VALUE) + 1);
        if (step > now + 1) {
            // both this step and the next were used already: a person would wait for the next step; the tests'
            // clock moves to its start instead
            TestClock.advanceTo(Instant.ofEpochSecond((step - 1) * Totp.STEP_SECONDS));
            now = Totp.step(TestClock.now());
        }
        LAST_STEP.put(email, step);
        return Totp.code(secret, step);
    }
}
