package org.apertura.infographics.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apertura.infographics.ShareCards;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.chart.ShareCardFacts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The 1200×630 share card of a page: {@code /tarjetas/planes/3.png} is the card of {@code /planes/3}. Public, no
 * session; drawn once per content and served with its hash as ETag.
 */
@Controller
class ShareCardPages {

    static final String PREFIX = "/tarjetas";
    private final ShareCards cards;

    ShareCardPages(ShareCards cards) {
        this.cards = cards;
    }

    @GetMapping("/tarjetas/**")
    ResponseEntity<byte[]> card(HttpServletRequest request, WebRequest web) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
        if (!path.endsWith(".png")) {
            throw new NotFoundException("card " + path);
        }
        String page = path.substring(0, path.length() - ".png".length());
        ShareCardFacts facts = cards.facts(page, request, LocaleContextHolder.getLocale())
                .orElseThrow(() -> new NotFoundException("card " + page));
        return ChartFiles.file(cards.png(facts, LocaleContextHolder.getLocale()), MediaType.IMAGE_PNG_VALUE,
                "tarjeta.png", web);
    }
}
