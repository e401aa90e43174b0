package org.apertura.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * A valid form token for a MockMvc request, made the way the application makes one (signed when the request
 * has no session, kept in the session when it has one) and masked as pages mask it. Spring Security's own
 * {@code csrf()} would instead swap the application's token repository for a session-based one in the shared
 * filter chain, for every later test too — and the real server would start creating sessions for readers.
 */
public final class TestCsrf {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestCsrf() {
    }

    public static RequestPostProcessor csrf() {
        return request -> {
            WebApplicationContext context = WebApplicationContextUtils
                    .getRequiredWebApplicationContext(request.getServletContext());
            SessionlessCsrfTokens tokens = new SessionlessCsrfTokens(context.getBean(SigningKeys.class),
                    context.getBean(Clock.class));
            CsrfToken token = request.getSession(false) == null ? null : tokens.loadToken(request);
            if (token == null) {
                token = tokens.generateToken(request);
                tokens.saveToken(token, request, null);
            }
            request.setParameter(token.getParameterName(), mask(token.getToken()));
            return request;
        };
    }

    /**
     * A form sign-in with the application's own form token. Spring Security's {@code formLogin()} adds its
     * {@code csrf()}, which swaps the token repository of the shared filter chain for every later test.
     */
    public static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String email,
            String password) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/entrar").with(csrf())
                .param("email", email).param("password", password);
    }

    private static String mask(String token) {
        byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[bytes.length];
        RANDOM.nextBytes(random);
        byte[] combined = new byte[bytes.length * 2];
        System.arraycopy(random, 0, combined, 0, bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            combined[bytes.length + i] = (byte) (bytes[i] ^ random[i]);
        }
        return Base64.getUrlEncoder().encodeToString(combined);
    }
}
