package org.apertura.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the shared layout needs on every page: the page language and the link to the other language. */
@ControllerAdvice
class LayoutModel {

    @ModelAttribute("htmlLang")
    String htmlLang(Locale locale) {
        return WebConfig.SupportedLocaleResolver.supported(locale).toLanguageTag();
    }

    /**
     * The language of what people wrote — titles, texts, answers, comments — which is Spanish whatever the page's
     * language: on an English page those elements carry {@code th:lang="${contentLang}"} so screen readers speak
     * them in Spanish (WCAG 3.1.2); on a Spanish page it is null and the attribute is left out.
     */
    @ModelAttribute("contentLang")
    String contentLang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "es-MX" : null;
    }

    @ModelAttribute("otherLang")
    String otherLang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "es" : "en";
    }

    @ModelAttribute("langSwitchUrl")
    String langSwitchUrl(HttpServletRequest request, Locale locale) {
        String other = otherLang(locale);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path)
                .query(request.getQueryString())
                .replaceQueryParam("lang", other)
                .build()
                .toUriString();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
