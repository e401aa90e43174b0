package org.apertura.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apertura.platform.web.ApiLocale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** 401 and 403 answers of the API as problem details, in Spanish or (when asked) English. */
@Component
class ApiSecurityResponses {

    private final MessageSource messages;
    private final ObjectMapper json;

    ApiSecurityResponses(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"apertura\"");
        write(request, response, 401, "Unauthorized", key);
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, 403, "Forbidden", "api.error.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String key)
            throws IOException {
        Locale locale = ApiLocale.of(request);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(Map.of("status", status, "title", title,
                "detail", messages.getMessage(key, null, locale), "instance", request.getRequestURI())));
    }
}
