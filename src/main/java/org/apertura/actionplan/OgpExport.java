package org.apertura.actionplan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An action plan in the shape of the Open Government Partnership's action-plan and commitment templates (issue 18;
 * shared/design/domain/participation-and-action-plans.md section b), ready to submit to OGP Local: as structured
 * JSON ({@link #json}, field names from the template, values as the plan has them) and as a Word document
 * ({@link #docx}: WordprocessingML written here, headings as real heading styles so a screen reader and Word's
 * navigation pane find them, milestones in a table whose first row repeats as its header).
 *
 * <p>Commitment template fields (OGP, c. 2016–2022): number and name; start and end date; lead implementing agency
 * and contact; other actors; status quo / public problem; what the commitment is; how it helps solve the problem;
 * relevance to the OGP values (transparency, civic participation, public accountability, technology and innovation
 * only beside one of the other three); additional information (budget, programme); milestones with dates;
 * completion level (not started, limited, substantial, completed).
 */
@Component
public class OgpExport {

    private final ActionPlanService service;
    private final PublicUrl publicUrl;
    private final MessageSource messages;

    OgpExport(ActionPlanService service, PublicUrl publicUrl, MessageSource messages) {
        this.service = service;
        this.publicUrl = publicUrl;
        this.messages = messages;
    }

    /** The plan as the OGP templates' fields. */
    public Map<String, Object> json(long planId) {
        ActionPlan plan = service.plan(planId);
        Exercise exercise = service.exerciseOf(plan);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("template", "OGP action plan and commitment templates (OGP Local)");
        out.put("title", plan.getTitle());
        out.put("introduction", plan.getPresentation());
        out.put("exercise", exercise.getName());
        out.put("multiStakeholderForum", service.bodyOf(exercise).getName());
        out.put("periodStart", plan.getPeriodStart());
        out.put("periodEnd", plan.getPeriodEnd());
        out.put("status", plan.getStatus().name().toLowerCase(Locale.ROOT));
        out.put("publishedAt", plan.getPublishedAt());
        out.put("licence", Map.of("id", exercise.getLicence().id(), "url", exercise.getLicence().url()));
        out.put("url", publicUrl.of("/planes/" + plan.getId()));
        List<Map<String, Object>> commitments = new ArrayList<>();
        for (Commitment c : service.commitments(plan)) {
            commitments.add(commitment(c));
        }
        out.put("commitments", commitments);
        return out;
    }

    private Map<String, Object> commitment(Commitment c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("number", c.getCode());
        out.put("name", c.getTitle());
        out.put("startDate", c.getStartDate());
        out.put("endDate", c.getEndDate());
        out.put("leadImplementingAgency", service.leadInstitution(c).map(i -> i.getName()).orElse(null));
        out.put("contact", c.getContact());
        out.put("otherActors", c.getActors().stream().map(a -> Map.of("name", a.name(),
                "sector", a.sector().name().toLowerCase(Locale.ROOT))).toList());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("problem", c.getProblem());
        problem.put("causes", c.getCauses());
        problem.put("baseline", c.getBaseline());
        out.put("statusQuo", problem);
        out.put("summary", c.getSummary());
        out.put("commitmentDescription", c.getDescription());
        out.put("objective", c.getObjective());
        out.put("expectedResults", c.getExpectedResults());
        List<Map<String, Object>> values = new ArrayList<>();
        c.getValues().forEach((value, why) -> values.add(Map.of("value", ogpName(value), "justification", why)));
        out.put("ogpValues", values);
        Map<String, Object> additional = new LinkedHashMap<>();
        additional.put("budgetMxn", c.getBudgetAmount());
        additional.put("budgetProgramme", c.getBudgetProgramme());
        additional.put("themes", c.getThemes().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().toList());
        out.put("additionalInformation", additional);
        List<Map<String, Object>> milestones = new ArrayList<>();
        for (Milestone m : service.milestones(c)) {
            Map<String, Object> milestone = new LinkedHashMap<>();
            milestone.put("activity", m.getTitle());
            milestone.put("expectedOutput", m.getDeliverable());
            milestone.put("meansOfVerification", m.getMeansOfVerification());
            milestone.put("stakeholders", m.getResponsible());
            milestone.put("startDate", m.getStartDate());
            milestone.put("endDate", m.getEndDate());
            milestone.put("completedOn", m.getCompletedOn());
            milestones.add(milestone);
        }
        out.put("milestones", milestones);
        Progress progress = service.progress(c);
        out.put("completionLevel", ogpName(progress.completion()));
        out.put("progressPercent", progress.percent());
        out.put("url", publicUrl.of("/compromisos/" + c.getId()));
        return out;
    }

    /** The OGP scales' own words for a value or a completion level. */
    private static String ogpName(Enum<?> e) {
        return switch (e.name()) {
            case "TRANSPARENCY" -> "transparency";
            case "PARTICIPATION" -> "civic participation";
            case "ACCOUNTABILITY" -> "public accountability";
            case "TECHNOLOGY" -> "technology and innovation";
            case "NOT_STARTED" -> "not started";
            case "LIMITED" -> "limited";
            case "SUBSTANTIAL" -> "substantial";
            case "COMPLETE" -> "completed";
            default -> e.name().toLowerCase(Locale.ROOT);
        };
    }

    /** The file name of the plan's document, e.g. {@code plan-ogp-3.docx}. */
    public static String fileName(long planId, String extension) {
        return "plan-ogp-" + planId + "." + extension;
    }

    /** The plan as a Word document, its headings and labels in the reader's language. */
    public byte[] docx(long planId, Locale locale) {
        ActionPlan plan = service.plan(planId);
        Exercise exercise = service.exerciseOf(plan);
        Docx doc = new Docx();
        doc.heading(1, plan.getTitle());
        doc.field(word("ogp.doc.exercise", locale), exercise.getName());
        doc.field(word("ogp.doc.forum", locale), service.bodyOf(exercise).getName());
        doc.field(word("ogp.doc.period", locale), plan.getPeriodStart() + " – " + plan.getPeriodEnd());
        doc.field(word("ogp.doc.licence", locale), exercise.getLicence().id() + " " + exercise.getLicence().url());
        doc.heading(2, word("ogp.doc.introduction", locale));
        doc.paragraph(plan.getPresentation());
        doc.heading(2, word("ogp.doc.commitments", locale));
        for (Commitment c : service.commitments(plan)) {
            doc.heading(3, (c.getCode() == null ? "" : c.getCode() + " · ") + c.getTitle());
            doc.field(word("ogp.doc.dates", locale), c.getStartDate() + " – " + c.getEndDate());
            doc.field(word("ogp.doc.lead", locale), service.leadInstitution(c).map(i -> i.getName()).orElse(null));
            doc.field(word("ogp.doc.contact", locale), c.getContact());
            doc.field(word("ogp.doc.actors", locale), String.join("; ", c.getActors().stream()
                    .map(a -> a.name() + " (" + word("actor." + a.sector().name(), locale) + ")").toList()));
            section(doc, word("ogp.doc.problem", locale), c.getProblem());
            section(doc, word("ogp.doc.causes", locale), c.getCauses());
            section(doc, word("ogp.doc.baseline", locale), c.getBaseline());
            section(doc, word("ogp.doc.description", locale), c.getDescription());
            section(doc, word("ogp.doc.objective", locale), c.getObjective());
            section(doc, word("ogp.doc.results", locale), c.getExpectedResults());
            if (!c.getValues().isEmpty()) {
                doc.heading(4, word("ogp.doc.values", locale));
                c.getValues().forEach((value, why) -> doc.field(word("ogp." + value.name(), locale), why));
            }
            doc.field(word("ogp.doc.budget", locale), c.getBudgetAmount() == null ? null
                    : c.getBudgetAmount().toPlainString() + " MXN"
                            + (c.getBudgetProgramme() == null ? "" : " (" + c.getBudgetProgramme() + ")"));
            doc.heading(4, word("ogp.doc.milestones", locale));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(word("ogp.doc.milestone", locale), word("ogp.doc.output", locale),
                    word("ogp.doc.stakeholders", locale), word("ogp.doc.start", locale), word("ogp.doc.end", locale)));
            for (Milestone m : service.milestones(c)) {
                rows.add(List.of(Texts.orEmpty(m.getTitle()), Texts.orEmpty(m.getDeliverable()), Texts.orEmpty(m.getResponsible()),
                        String.valueOf(m.getStartDate()), String.valueOf(m.getEndDate())));
            }
            doc.table(rows);
            doc.field(word("ogp.doc.completion", locale), word("completion." + service.progress(c).completion().name(), locale));
        }
        return doc.zip(plan.getTitle(), locale);
    }

    private static void section(Docx doc, String heading, String text) {
        if (text != null && !text.isBlank()) {
            doc.heading(4, heading);
            doc.paragraph(text);
        }
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** A minimal, valid WordprocessingML package: document, styles (headings with outline levels), core properties. */
    static final class Docx {

        private final StringBuilder body = new StringBuilder();

        void heading(int level, String text) {
            body.append("<w:p><w:pPr><w:pStyle w:val=\"Heading").append(level).append("\"/></w:pPr>")
                    .append(run(text, false)).append("</w:p>");
        }

        void paragraph(String text) {
            if (text == null || text.isBlank()) {
                return;
            }
            for (String line : text.strip().split("\\R+")) {
                body.append("<w:p>").append(run(line, false)).append("</w:p>");
            }
        }

        void field(String label, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            body.append("<w:p>").append(run(label + ": ", true)).append(run(value, false)).append("</w:p>");
        }

        void table(List<List<String>> rows) {
            body.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>")
                    .append("</w:tblPr>");
            for (int r = 0; r < rows.size(); r++) {
                body.append("<w:tr>");
                if (r == 0) {
                    body.append("<w:trPr><w:tblHeader/></w:trPr>");
                }
                for (String cell : rows.get(r)) {
                    body.append("<w:tc><w:p>").append(run(cell, r == 0)).append("</w:p></w:tc>");
                }
                body.append("</w:tr>");
            }
            body.append("</w:tbl><w:p/>");
        }

        private static String run(String text, boolean bold) {
            return "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">" + escape(text)
                    + "</w:t></w:r>";
        }

        /** XML text: markup escaped, characters XML 1.0 cannot hold dropped. */
        static String escape(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                switch (cp) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    default -> {
                        if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                                || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                            out.appendCodePoint(cp);
                        }
                    }
                }
            });
            return out.toString();
        }

        byte[] zip(String title, Locale locale) {
            String lang = locale.getLanguage().equals("en") ? "en-US" : "es-MX";
            String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                    + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                    + "</Types>");
            parts.put("_rels/.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                    + "</Relationships>");
            parts.put("word/_rels/document.xml.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            StringBuilder styles = new StringBuilder(XML + "<w:styles " + w + "><w:docDefaults><w:rPrDefault><w:rPr>"
                    + "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/><w:sz w:val=\"22\"/><w:lang w:val=\"" + lang
                    + "\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                    + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>");
            int[] sizes = {36, 30, 26, 23};
            for (int level = 1; level <= 4; level++) {
                styles.append("<w:style w:type=\"paragraph\" w:styleId=\"Heading").append(level).append("\"><w:name w:val=\"heading ")
                        .append(level).append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>")
                        .append("<w:pPr><w:keepNext/><w:spacing w:before=\"240\"/><w:outlineLvl w:val=\"").append(level - 1)
                        .append("\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"").append(sizes[level - 1]).append("\"/></w:rPr></w:style>");
            }
            styles.append("<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>");
            for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
                styles.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
            }
            styles.append("</w:tblBorders></w:tblPr></w:style></w:styles>");
            parts.put("word/styles.xml", styles.toString());
            parts.put("word/document.xml", XML + "<w:document " + w + "><w:body>" + body
                    + "<w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>"
                    + "</w:body></w:document>");
            parts.put("docProps/core.xml", XML + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + escape(title) + "</dc:title><dc:language>" + lang
                    + "</dc:language><dc:creator>Apertura</dc:creator></cp:coreProperties>");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, String> part : parts.entrySet()) {
                    zip.putNextEntry(new ZipEntry(part.getKey()));
                    zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    }
}
