package org.apertura.infographics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.Hashing;
import org.apertura.platform.HtmlPdf;
import org.apertura.platform.QrCode;
import org.springframework.stereotype.Component;

/**
 * Prints a {@link Triptico} as a PDF of two letter pages in landscape, three panels each, to fold in three (roll
 * fold): outside, the inside flap, the back and the cover; inside, three panels. Fold lines are marked; text is
 * black on white or light grey, so it prints in grey; the fonts are embedded and the text can be extracted. Blocks
 * flow panel to panel within a character budget per panel; what does not fit is left out with a note pointing to
 * the page (the QR code). Rendered PDFs are kept by the SHA-256 of their document, so the same content renders once.
 */
@Component
public class TripticoPdf {

    /**
     * What fits in a panel, in tenths of a text line at the leaflet's type size: about 40 lines of 42 characters
     * (a panel is 79 mm of text wide and 183 mm high at 9.5 pt), kept a little short so nothing is clipped.
     */
    static final int PANEL_BUDGET = 400;
    /** Characters of a text line in a panel (DejaVu Sans Condensed 9.5 pt, with the list indent; conservative). */
    static final int LINE_CHARS = 44;
    /** Room kept at the end of the last panel for the note that there is more on the page. */
    static final int MORE_NOTE = 30;
    private static final int CACHE_SIZE = 64;
    static final String CSS = "@page{size:279.4mm 215.9mm;margin:0}"
            + "body{margin:0;font-family:'" + HtmlPdf.PRINT_FONT + "';font-size:9.5pt;line-height:1.3;color:#000}"
            + "table.sheet{width:279.4mm;height:215.9mm;border-collapse:collapse;table-layout:fixed;"
            + "page-break-after:always}table.sheet.last{page-break-after:auto}"
            + "td.panel{width:93.13mm;height:215.9mm;vertical-align:top;padding:0;border:0}"
            + "td.panel div.in{height:199mm;overflow:hidden;padding:8mm 7mm}"
            + "td.fold{border-left:0.3pt dashed #888}"
            + "h1{font-size:20pt;line-height:1.15;margin:0 0 4mm}h2{font-size:11.5pt;margin:3mm 0 1.5mm;"
            + "border-bottom:0.8pt solid #000;padding-bottom:0.8mm}p{margin:0 0 1.5mm}"
            + "ul,ol{margin:0 0 1.5mm;padding-left:5mm}li{margin:0 0 1mm}"
            + ".kind{font-size:10pt;text-transform:uppercase;letter-spacing:0.5pt;margin-bottom:3mm}"
            + ".cover{background:#eeeeee}.sub{font-size:12pt;margin-bottom:4mm}.issuer{font-weight:bold}"
            + ".qr{width:38mm;height:38mm;display:block;margin:3mm 0}.small{font-size:8pt}.url{font-size:8pt;"
            + "word-wrap:break-word}.more{font-style:italic}";

    private final Map<String, byte[]> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHE_SIZE;
        }
    });
    private int renders;

    /** The leaflet as PDF bytes; the same content is rendered once and then served from the cache. */
    public byte[] render(Triptico triptico, String moreNote) {
        String body = xhtml(triptico, moreNote);
        String key = Hashing.sha256Hex(body);
        byte[] cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] pdf = HtmlPdf.renderPrint(body, triptico.title(), CSS);
        synchronized (this) {
            renders++;
        }
        cache.put(key, pdf);
        return pdf;
    }

    /** How many leaflets were rendered (not served from the cache), for tests. */
    synchronized int renders() {
        return renders;
    }

    /** The two sheets as XHTML: outside (flap, back, cover) then inside (three panels). */
    static String xhtml(Triptico t, String moreNote) {
        List<StringBuilder> panels = flow(t.blocks(), 4, moreNote);
        StringBuilder cover = new StringBuilder();
        cover.append("<p class=\"kind\">").append(e(t.kind())).append("</p><h1>").append(e(t.title())).append("</h1>");
        if (t.subtitle() != null && !t.subtitle().isBlank()) {
            cover.append("<p class=\"sub\">").append(e(t.subtitle())).append("</p>");
        }
        if (t.issuer() != null) {
            cover.append("<p class=\"issuer\">").append(e(t.issuer())).append("</p>");
        }
        StringBuilder back = new StringBuilder();
        for (String line : t.back()) {
            back.append("<p>").append(e(line)).append("</p>");
        }
        back.append("<img class=\"qr\" alt=\"QR\" src=\"").append(QrCode.pngDataUri(t.url(), 4)).append("\"/>");
        back.append("<p class=\"url\">").append(e(t.url())).append("</p>");
        back.append("<p class=\"small\">").append(e(t.source())).append("</p>");
        return sheet(List.of(panels.get(0).toString(), back.toString(), cover.toString()), false, 2)
                + sheet(List.of(panels.get(1).toString(), panels.get(2).toString(), panels.get(3).toString()), true, -1);
    }

    private static String sheet(List<String> panels, boolean last, int coverIndex) {
        StringBuilder html = new StringBuilder("<table class=\"sheet" + (last ? " last" : "") + "\"><tr>");
        for (int i = 0; i < panels.size(); i++) {
            html.append("<td class=\"panel").append(i > 0 ? " fold" : "").append(i == coverIndex ? " cover" : "")
                    .append("\"><div class=\"in\">").append(panels.get(i)).append("</div></td>");
        }
        return html.append("</tr></table>").toString();
    }

    /** Flows blocks into {@code count} panels by a character budget; an item never splits; the rest is noted. */
    static List<StringBuilder> flow(List<Triptico.Block> blocks, int count, String moreNote) {
        List<StringBuilder> panels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            panels.add(new StringBuilder());
        }
        int total = 0;
        for (Triptico.Block block : blocks) {
            total += headingCost(block) + block.items().stream().mapToInt(TripticoPdf::itemCost).sum();
        }
        // Short content spreads evenly over the panels rather than filling the first ones.
        int fill = Math.min(PANEL_BUDGET, total / count + 40);
        int panel = 0;
        int used = 0;
        boolean cut = false;
        for (Triptico.Block block : blocks) {
            if (cut) {
                break;
            }
            int headingCost = headingCost(block);
            if (used + headingCost + firstCost(block) > budget(panel, count, fill)) {
                panel++;
                used = 0;
                if (panel >= count) {
                    cut = true;
                    break;
                }
            }
            StringBuilder html = panels.get(panel);
            html.append("<h2>").append(e(block.heading())).append("</h2>");
            used += headingCost;
            String open = switch (block.style()) {
                case BULLETS -> "<ul>";
                case NUMBERED -> "<ol>";
                case PARAGRAPHS -> "";
            };
            String close = open.isEmpty() ? "" : "</" + open.substring(1);
            html.append(open);
            int number = 0;
            for (String item : block.items()) {
                number++;
                int cost = itemCost(item);
                if (used + cost > budget(panel, count, fill)) {
                    html.append(close);
                    panel++;
                    used = 0;
                    if (panel >= count) {
                        cut = true;
                        break;
                    }
                    html = panels.get(panel);
                    html.append(block.style() == Triptico.Style.NUMBERED ? "<ol start=\"" + number + "\">" : open);
                }
                html.append(open.isEmpty() ? "<p>" : "<li>").append(e(item)).append(open.isEmpty() ? "</p>" : "</li>");
                used += cost;
            }
            if (!cut) {
                html.append(close);
            }
        }
        if (cut) {
            panels.get(count - 1).append("<p class=\"more\">").append(e(moreNote)).append("</p>");
        }
        return panels;
    }

    private static int firstCost(Triptico.Block block) {
        return block.items().isEmpty() ? 0 : Math.min(itemCost(block.items().get(0)), PANEL_BUDGET / 2);
    }

    private static int budget(int panel, int count, int fill) {
        return panel == count - 1 ? PANEL_BUDGET - MORE_NOTE : fill;
    }

    private static int headingCost(Triptico.Block block) {
        return 25 + 12 * (lines(block.heading(), 34) - 1);
    }

    /** An item's height in tenths of a line: its wrapped lines and the space after it. */
    static int itemCost(String item) {
        return 10 * lines(item, LINE_CHARS) + 3;
    }

    private static int lines(String text, int width) {
        return Math.max(1, ProcessDiagram.wrap(text, width).size());
    }

    private static String e(String text) {
        return text == null ? "" : HtmlPdf.escape(text).replace("\"", "&quot;");
    }
}
