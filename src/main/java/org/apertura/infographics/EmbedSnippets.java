package org.apertura.infographics;

import org.apertura.platform.PublicUrl;
import org.apertura.platform.chart.ChartSvg;
import org.apertura.platform.chart.ChartView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The HTML a news site pastes to show a live chart: its PNG (always today's figures) with the title and takeaway as
 * alt text, linked to the chart on its page, and the attribution the CC-BY-4.0 licence asks for.
 */
@Component("embedSnippets")
public class EmbedSnippets {

    static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    private final PublicUrl url;
    private final MessageSource messages;

    EmbedSnippets(PublicUrl url, MessageSource messages) {
        this.url = url;
        this.messages = messages;
    }

    public String snippet(ChartView view) {
        boolean english = "en".equals(view.chart().locale().getLanguage());
        String page = inLanguage(url.of(view.page() == null ? view.path() + ".svg" : view.page()), english)
                + "#" + view.chart().id();
        String credit = messages.getMessage("chart.embed.credit", new Object[] {view.chart().title()},
                LocaleContextHolder.getLocale());
        return "<figure>\n<a href=\"" + ChartSvg.escape(page) + "\"><img src=\""
                + ChartSvg.escape(inLanguage(url.of(view.path() + ".png"), english)) + "\" width=\"800\" alt=\""
                + ChartSvg.escape(view.alt()) + "\"></a>\n<figcaption>" + ChartSvg.escape(credit)
                + " <a href=\"" + LICENCE + "\" rel=\"license\">CC-BY-4.0</a></figcaption>\n</figure>";
    }

    /** The address in English when asked, whether or not it already has a query (a jurisdiction's figures have one). */
    static String inLanguage(String address, boolean english) {
        return english ? org.springframework.web.util.UriComponentsBuilder.fromUriString(address)
                .replaceQueryParam("lang", "en").build().toUriString() : address;
    }
}
