package org.apertura;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor on the wire, as a browser without JavaScript is: it keeps the session cookie it is given (if
 * any), reads a form's token from the page that shows the form, and posts the form back. Redirects are
 * not followed, so a test sees where it is sent.
 */
public final class HttpVisitor {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private String session;

    public HttpVisitor(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (session != null) {
            request.header("Cookie", session);
        }
        return keep(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Opens the page with the form, then posts the fields with the token that page gave. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) throws Exception {
        Matcher token = TOKEN.matcher(get(formPage).body());
        if (!token.find()) {
            throw new IllegalStateException(formPage + " shows no form token");
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.group(1).replace("&#45;", "-"));
        return post(action, all);
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", session);
        }
        return keep(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Signs in through the sign-in form; afterwards every request carries the session. */
    public HttpResponse<String> signIn(String email, String password) throws Exception {
        HttpResponse<String> response = submit("/entrar", "/entrar", Map.of("email", email, "password", password));
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in refused for " + email);
        }
        if (location(response).equals("/entrar/codigo")) {
            return secondStep(email);
        }
        return response;
    }

    /**
     * The second step of signing in, as a person with an authenticator app does it: the app's code, or, for an
     * account holding a role that has not set the app up yet, setting it up from the page first.
     */
    public HttpResponse<String> secondStep(String email) throws Exception {
        HttpResponse<String> codePage = get("/entrar/codigo");
        if (codePage.statusCode() == 302 && location(codePage).equals("/cuenta/dos-pasos/activar")) {
            HttpResponse<String> setUp = get("/cuenta/dos-pasos/activar");
            org.apertura.identity.TestTwoStep.scan(email, setUp.body());
            HttpResponse<String> confirmed = submit("/cuenta/dos-pasos/activar", "/cuenta/dos-pasos/activar",
                    Map.of("code", org.apertura.identity.TestTwoStep.code(email)));
            if (confirmed.statusCode() != 200 || !confirmed.body().contains("recovery-codes")) {
                throw new IllegalStateException("two-step set-up refused for " + email);
            }
            return confirmed;
        }
        HttpResponse<String> passed = submit("/entrar/codigo", "/entrar/codigo",
                Map.of("code", org.apertura.identity.TestTwoStep.code(email)));
        if (passed.statusCode() != 302 || location(passed).startsWith("/entrar")) {
            throw new IllegalStateException("second step refused for " + email);
        }
        return passed;
    }

    /** The same visitor, with the same cookie, sent to another node (the balancer moving them). */
    public HttpVisitor on(int otherPort) {
        HttpVisitor moved = new HttpVisitor(otherPort);
        moved.session = session;
        return moved;
    }

    /** A request of the visitor's own making (other headers, other methods), with their cookie. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (session != null) {
            request.header("Cookie", session);
        }
        return keep(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** The session cookie, {@code APERTURA_SESSION=…}, or null while there is none. */
    public String session() {
        return session;
    }

    /** Where a redirect sends the visitor, as a path on this site. */
    public String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElse("");
        String origin = "http://localhost:" + port;
        return location.startsWith(origin) ? location.substring(origin.length()) : location;
    }

    private HttpResponse<String> keep(HttpResponse<String> response) {
        response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("APERTURA_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().ifPresent(c -> session = c);
        return response;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
