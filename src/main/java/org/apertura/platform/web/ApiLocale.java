package org.apertura.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of an API answer: English when the caller asks for it, Spanish (Mexico) otherwise. */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header != null && header.trim().toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return WebConfig.SPANISH;
    }
}
