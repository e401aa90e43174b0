package org.apertura.infographics.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apertura.infographics.ShareCards;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.chart.ShareCardFacts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the layout the share card of the page being shown, for its Open Graph and Twitter tags; nothing for pages
 * without one or for anything but GET.
 */
@ControllerAdvice(annotations = Controller.class)
class ShareCardAdvice {

    private final ShareCards cards;
    private final PublicUrl url;

    ShareCardAdvice(ShareCards cards, PublicUrl url) {
        this.cards = cards;
        this.url = url;
    }

    @ModelAttribute("shareCard")
    ShareCardMeta shareCard(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return cards.facts(path, request, LocaleContextHolder.getLocale()).map(facts -> meta(path, facts)).orElse(null);
    }

    private ShareCardMeta meta(String path, ShareCardFacts facts) {
        String lang = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "?lang=en" : "";
        String description = facts.figure() + " " + facts.figureLabel() + ". " + facts.sentence();
        return new ShareCardMeta(facts.title(), description, url.of(path),
                url.of(ShareCardPages.PREFIX + path + ".png" + lang), facts.title() + ". " + description);
    }

    /** The tags of a page's card, as the layout writes them. */
    public record ShareCardMeta(String title, String description, String url, String image, String alt) {
    }
}
