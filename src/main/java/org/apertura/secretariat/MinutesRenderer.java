package org.apertura.secretariat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.jurisdiction.Jurisdiction;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the minutes (acta) of a session from its record: an accessible HTML document, in Spanish as the
 * official record, and the same as a PDF. Approved minutes are stored as rendered, so they never change.
 */
@Component
public class MinutesRenderer {

    static final Locale OFFICIAL = Locale.forLanguageTag("es-MX");

    private final ITemplateEngine templates;

    MinutesRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The minutes' HTML (an {@code <article>} element, well-formed XML so the PDF can use it as is). */
    public String html(Minutes minutes) {
        Context context = new Context(OFFICIAL);
        context.setVariable("m", minutes);
        return templates.process("secretariat/minutes-document", context).strip();
    }

    /** The minutes as a PDF document. */
    public byte[] pdf(String articleHtml, String title) {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html lang=\"es-MX\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + escape(title) + "</title><style>"
                + "body{font-family:sans-serif;font-size:11pt;line-height:1.4;margin:0}"
                + "h1{font-size:16pt}h2{font-size:13pt;margin-top:14pt}table{border-collapse:collapse;width:100%}"
                + "th,td{border:1px solid #888;padding:3pt;text-align:left;vertical-align:top}.hash{font-size:8pt}"
                + "</style></head><body>" + articleHtml + "</body></html>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(document, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** What the minutes of a session contain. */
    public record Minutes(CollegiateBody body, Jurisdiction jurisdiction, BodySession session, List<BodyMember> members,
            List<Agreement> agreements, QuorumRule.Quorum quorum, Map<Long, BodyMember> membersById) {

        public List<BodyMember> present() {
            return members.stream().filter(m -> session.isPresent(m.getId())).toList();
        }

        public List<BodyMember> absent() {
            return members.stream().filter(m -> session.getAttendance().containsKey(m.getId()) && !session.isPresent(m.getId()))
                    .toList();
        }

        public String memberName(Long id) {
            BodyMember member = membersById.get(id);
            return member == null ? "?" : member.getName();
        }
    }
}
