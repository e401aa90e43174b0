package org.apertura.accessinfo;

import java.util.List;
import java.util.Map;
import org.apertura.platform.HtmlPdf;
import org.springframework.stereotype.Component;
import org.apertura.platform.time.Today;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The acuse (receipt) of a filing as a PDF, from the same document the acuse page shows: each folio with its
 * institution, the date received, the due date, the term's basis, the law applied (saying when the general law
 * stands in for the state's as the fallback) and the calendar version. It
 * names no requester: none was asked for.
 */
@Component
public class AcusePdf {


    private final ITemplateEngine templates;
    private final Today today;

    AcusePdf(ITemplateEngine templates, Today today) {
        this.templates = templates;
        this.today = today;
    }

    public byte[] pdf(List<AccessRequest> filed, Map<String, String> institutionNames, Map<String, AppliedLaw> laws) {
        Context context = new Context(Today.LOCALE);
        // Outside a web request there is no bean resolver (pages use @today): the document gets the formats here.
        context.setVariable("dates", today);
        context.setVariable("requests", filed);
        context.setVariable("names", institutionNames);
        context.setVariable("laws", laws);
        String html = templates.process("accessinfo/acuse-document", context).strip();
        return HtmlPdf.render(html, "Acuse " + filed.get(0).getFolio());
    }
}
