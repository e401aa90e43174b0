package org.apertura.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apertura.platform.Hashing;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Form tokens against cross-site request forgery that never create a session. A visitor with a session
 * gets the usual random token kept in it. A visitor without one (anyone arriving from a shared link) gets
 * a token signed by the server with an expiry, kept nowhere: the page renders whole without touching a
 * session, and no public read leaves state or a cookie behind.
 * <p>
 * A signed token is accepted only from a request with no session token to match, only before it expires,
 * and only when the browser says the form came from this site (Origin, or Referer, naming this host) —
 * a cross-site form always carries an Origin. Without a session there is no signed-in person to act for,
 * so the token guards what an anonymous form may do: it came from one of our pages, recently.
 */
final class SessionlessCsrfTokens implements CsrfTokenRepository {

    static final String HEADER = "X-CSRF-TOKEN";
    static final String PARAMETER = "_csrf";
    private static final String SESSION_ATTRIBUTE = SessionlessCsrfTokens.class.getName() + ".TOKEN";
    private static final String SIGNED = "s1";
    private static final Duration VALIDITY = Duration.ofHours(24);

    private final SigningKeys keys;
    private final Clock clock;

    SessionlessCsrfTokens(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            return token(Hashing.randomToken(24));
        }
        String body = SIGNED + "." + Hashing.randomToken(12) + "." + clock.instant().plus(VALIDITY).getEpochSecond();
        return token(body + "." + signature(body));
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (token == null) {
            if (session != null) {
                session.removeAttribute(SESSION_ATTRIBUTE);
            }
        } else if (session != null && !token.getToken().startsWith(SIGNED + ".")) {
            session.setAttribute(SESSION_ATTRIBUTE, token);
        }
        // a signed token is kept nowhere: it proves itself when it comes back
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof CsrfToken stored) {
            return stored;
        }
        String submitted = unmask(request.getHeader(HEADER) != null ? request.getHeader(HEADER)
                : request.getParameter(PARAMETER));
        return submitted != null && isValidSigned(submitted) && fromThisSite(request) ? token(submitted) : null;
    }

    boolean isValidSigned(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4 || !SIGNED.equals(parts[0])) {
            return false;
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(signature(body).getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try {
            return Long.parseLong(parts[2]) > clock.instant().getEpochSecond();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Origin, or failing it Referer, must name this host when the browser sends one. */
    private static boolean fromThisSite(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || source.isBlank() || "null".equals(source)) {
            source = request.getHeader("Referer");
        }
        if (source == null || source.isBlank()) {
            return true;
        }
        String host = request.getHeader("Host");
        try {
            URI uri = URI.create(source.strip());
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Undoes the per-render masking Spring Security applies to tokens in pages (random half, xored half). */
    private static String unmask(String masked) {
        if (masked == null || masked.length() > 400) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(masked);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (bytes.length == 0 || bytes.length % 2 != 0) {
            return null;
        }
        int half = bytes.length / 2;
        byte[] token = new byte[half];
        for (int i = 0; i < half; i++) {
            token[i] = (byte) (bytes[i] ^ bytes[half + i]);
        }
        return new String(token, StandardCharsets.UTF_8);
    }

    private String signature(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.key("csrf"), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    private static CsrfToken token(String value) {
        return new DefaultCsrfToken(HEADER, PARAMETER, value);
    }
}
