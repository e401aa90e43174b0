package org.apertura.secretariat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.jurisdiction.Jurisdiction;
import org.springframework.stereotype.Component;
import org.apertura.platform.time.Today;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the minutes (acta) of a session from its record: an accessible HTML document, in Spanish as the
 * official record, and the same as a PDF. Approved minutes are stored as rendered, so they never change.
 */
@Component
public class MinutesRenderer {

    static final Locale OFFICIAL = Today.LOCALE;

    private final ITemplateEngine templates;
    private final Today today;

    MinutesRenderer(ITemplateEngine templates, Today today) {
        this.templates = templates;
        this.today = today;
    }

    /** The minutes' HTML (an {@code <article>} element, well-formed XML so the PDF can use it as is). */
    public String html(Minutes minutes) {
        Context context = new Context(OFFICIAL);
        // Outside a web request there is no bean resolver (pages use @today): the document gets the formats here.
        context.setVariable("dates", today);
        context.setVariable("m", minutes);
        return templates.process("secretariat/minutes-document", context).strip();
    }

    /** The minutes as a PDF document. */
    public byte[] pdf(String articleHtml, String title) {
        return org.apertura.platform.HtmlPdf.render(articleHtml, title);
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
