package org.apertura.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language of an API answer, the same for every API: the one {@code ?lang=} names ({@code en} or {@code es}, as on
 * the pages), else English when {@code Accept-Language} starts with it, Spanish (Mexico) otherwise.
 */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null && !lang.isBlank()) {
            String chosen = lang.strip().toLowerCase(Locale.ROOT);
            if (chosen.startsWith("en")) {
                return Locale.ENGLISH;
            }
            if (chosen.startsWith("es")) {
                return WebConfig.SPANISH;
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && header.trim().toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return WebConfig.SPANISH;
    }
}
