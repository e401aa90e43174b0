package org.apertura.archives.web;

import java.util.function.BiFunction;
import org.apertura.archives.CaseFile;
import org.apertura.archives.ClassificationNode;
import org.apertura.platform.HtmlPdf;
import org.apertura.platform.Texts;
import org.apertura.platform.time.Today;

/**
 * The carátula (cover sheet) of a case file as XHTML for {@link HtmlPdf}, in Spanish as the folder's label is: codes,
 * title, subject, unit, opening and closing dates, extreme dates, volume, values, vigencias and the classification
 * with its legend (the fields of the state forms, research notes A2). A reserved or confidential file's cover for the
 * public leaves out what its classification protects.
 */
final class Caratula {

    private Caratula() {
    }

    static String xhtml(String institution, CaseFile f, ClassificationNode s, boolean desk,
            BiFunction<String, Object[], String> words, Today today) {
        boolean full = desk || !f.isRestricted();
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(e(words.apply("archives.caratula.title", null))).append("</h1>");
        html.append("<p>").append(e(institution)).append("</p><table>");
        row(html, words.apply("archives.file.reference", null), f.getReference());
        row(html, words.apply("archives.file.series", null), s.getCode() + " " + s.getName());
        row(html, words.apply("archives.file.title", null),
                full || f.isTitlePublic() ? f.getTitle() : words.apply("archives.file.withheld", null));
        row(html, words.apply("archives.file.subject", null), full ? Texts.orEmpty(f.getSubject())
                : words.apply("archives.file.withheld", null));
        row(html, words.apply("archives.file.unit", null), f.getUnit());
        row(html, words.apply("archives.file.openedOn", null), today.date(f.getOpenedOn()));
        row(html, words.apply("archives.file.closedOn", null),
                f.getClosedOn() == null ? words.apply("archives.file.stillOpen", null) : today.date(f.getClosedOn()));
        if (f.getClosedOn() != null) {
            row(html, words.apply("archives.file.extremes", null),
                    today.date(f.getEarliestOn()) + " – " + today.date(f.getLatestOn()));
        }
        row(html, words.apply("archives.file.documents", null), Integer.toString(f.getDocumentCount()));
        row(html, words.apply("csv.archivesValues", null), s.getValuesText());
        row(html, words.apply("archives.file.vigencias", null), words.apply("archives.file.vigencias.value",
                new Object[] {s.getYearsActive(), s.getYearsSemiactive(), s.getTotalYears()}));
        row(html, words.apply("csv.archivesDestination", null),
                words.apply("archives.destination." + s.getDestination(), null));
        row(html, words.apply("csv.archivesClassification", null),
                words.apply("archives.classification." + f.getClassification(), null));
        html.append("</table><p>").append(e(words.apply("archives.legend." + f.getClassification(), null)))
                .append("</p>");
        return html.toString();
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(e(label)).append("</th><td>").append(e(value)).append("</td></tr>");
    }

    private static String e(String text) {
        return HtmlPdf.escape(text == null ? "" : text);
    }
}
