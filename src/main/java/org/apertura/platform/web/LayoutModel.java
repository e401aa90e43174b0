package org.apertura.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** What the shared layout needs on every page: the page language and the link to the other language. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LayoutModel implements LayoutAttributes {

    @Override
    public void addTo(HttpServletRequest request, Locale locale) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        request.setAttribute("htmlLang", WebConfig.SupportedLocaleResolver.supported(locale).toLanguageTag());
        request.setAttribute("contentLang", contentLang(locale));
        request.setAttribute("otherLang", otherLang(locale));
        request.setAttribute("langSwitchUrl", langSwitchUrl(path, request.getQueryString(), locale));
        request.setAttribute("currentPath", path);
    }

    /**
     * The language of what people wrote — titles, texts, answers, comments — which is Spanish whatever the page's
     * language: on an English page those elements carry {@code th:lang="${contentLang}"} so screen readers speak
     * them in Spanish (WCAG 3.1.2); on a Spanish page it is null and the attribute is left out.
     */
    static String contentLang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "es-MX" : null;
    }

    static String otherLang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "es" : "en";
    }

    static String langSwitchUrl(String path, String query, Locale locale) {
        return UriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path)
                .query(query)
                .replaceQueryParam("lang", otherLang(locale))
                .build()
                .toUriString();
    }
}
