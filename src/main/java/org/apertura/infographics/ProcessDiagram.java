package org.apertura.infographics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apertura.infographics.CitizenVersion.Branch;
import org.apertura.infographics.CitizenVersion.Step;
import org.springframework.context.MessageSource;

/**
 * The process diagram of a citizen version, from one model drawn two ways: an SVG (a vertical flow of boxes, one per
 * step, 340 units wide so it reads on a 360 px phone; who acts, what they do, the deadline and its article; decisions
 * drawn with a thick dashed border and a diamond, their outcomes listed under them with the step they go to), with
 * its {@code <title>} and {@code <desc>}; and the same steps as an ordered list, the text version. Black on light
 * grey, never colour alone: it prints in grey.
 */
public final class ProcessDiagram {

    static final int WIDTH = 340;
    private static final int MARGIN = 10;
    private static final int PAD = 10;
    private static final int LINE = 18;
    private static final int GAP = 34;
    /** Characters per line at 14 px in a box 300 units wide (Spanish text, sans-serif). */
    private static final int CHARS = 38;

    /** One step as both versions show it. */
    public record Item(int number, String who, String what, String deadline, String article, boolean decides,
            List<String> outcomes) {
    }

    private final String title;
    private final String description;
    private final List<Item> items;

    private ProcessDiagram(String title, String description, List<Item> items) {
        this.title = title;
        this.description = description;
        this.items = items;
    }

    public static ProcessDiagram of(NormView norm, MessageSource messages, Locale locale) {
        List<Step> steps = norm.citizenVersion().steps();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String deadline = step.days() == null
                    ? messages.getMessage("norm.diagram.noTerm." + step.dayType(), null, locale)
                    : messages.getMessage("norm.diagram.days." + step.dayType(), new Object[] {step.days()}, locale);
            List<String> outcomes = new ArrayList<>();
            for (Branch branch : step.branches()) {
                String to = branch.to() == null ? messages.getMessage("norm.diagram.end", null, locale)
                        : messages.getMessage("norm.diagram.toStep", new Object[] {branch.to()}, locale);
                outcomes.add(messages.getMessage("norm.diagram.outcome", new Object[] {branch.condition(), to}, locale));
            }
            items.add(new Item(i + 1, step.who(), step.what(), deadline, step.article(), step.decides(), outcomes));
        }
        long decisions = items.stream().filter(Item::decides).count();
        String title = messages.getMessage("norm.diagram.title", new Object[] {norm.title()}, locale);
        String description = messages.getMessage("norm.diagram.desc", new Object[] {items.size(), decisions,
                items.isEmpty() ? "" : items.get(0).who(), items.isEmpty() ? "" : items.get(items.size() - 1).who()},
                locale);
        return new ProcessDiagram(title, description, items);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The text version: the steps in order, with the same words the drawing has. */
    public List<Item> items() {
        return items;
    }

    /** The drawing as a standalone SVG document. */
    public String svg(MessageSource messages, Locale locale) {
        StringBuilder body = new StringBuilder();
        int y = MARGIN;
        int inner = WIDTH - 2 * MARGIN - 2 * PAD;
        for (int index = 0; index < items.size(); index++) {
            Item item = items.get(index);
            List<String> lines = new ArrayList<>();
            List<String> styles = new ArrayList<>();
            String head = messages.getMessage("norm.diagram.stepHead", new Object[] {item.number(), item.who()}, locale);
            for (String l : wrap(head, CHARS)) {
                lines.add(l);
                styles.add("b");
            }
            for (String l : wrap(item.what(), CHARS)) {
                lines.add(l);
                styles.add("");
            }
            for (String l : wrap(item.deadline() + (item.article() == null ? "" : " · " + item.article()), CHARS + 4)) {
                lines.add(l);
                styles.add("s");
            }
            for (String outcome : item.outcomes()) {
                List<String> wrapped = wrap("→ " + outcome, CHARS + 2);
                for (int k = 0; k < wrapped.size(); k++) {
                    lines.add((k == 0 ? "" : "   ") + wrapped.get(k));
                    styles.add("o");
                }
            }
            int height = 2 * PAD + lines.size() * LINE;
            body.append("<g class=\"step\"><rect x=\"").append(MARGIN).append("\" y=\"").append(y)
                    .append("\" width=\"").append(WIDTH - 2 * MARGIN).append("\" height=\"").append(height)
                    .append("\" rx=\"6\" fill=\"").append(item.decides() ? "#ffffff" : "#f2f2f2")
                    .append("\" stroke=\"#1a1a1a\" stroke-width=\"").append(item.decides() ? "3" : "1.5").append('"')
                    .append(item.decides() ? " stroke-dasharray=\"8 4\"" : "").append("/>");
            if (item.decides()) {
                int cx = WIDTH - MARGIN - 14;
                int cy = y + 14;
                body.append("<path d=\"M").append(cx).append(' ').append(cy - 8).append(" l8 8 l-8 8 l-8 -8 z\" ")
                        .append("fill=\"#1a1a1a\"/>");
            }
            int ty = y + PAD + 13;
            for (int k = 0; k < lines.size(); k++) {
                String style = styles.get(k);
                body.append("<text x=\"").append(MARGIN + PAD).append("\" y=\"").append(ty).append('"');
                if ("b".equals(style)) {
                    body.append(" font-weight=\"bold\"");
                } else if ("s".equals(style)) {
                    body.append(" font-size=\"13\" font-style=\"italic\"");
                } else if ("o".equals(style)) {
                    body.append(" font-size=\"13\"");
                }
                body.append('>').append(escape(lines.get(k))).append("</text>");
                ty += LINE;
            }
            body.append("</g>");
            y += height;
            boolean flowsDown = index < items.size() - 1 && items.get(index).outcomes().isEmpty();
            if (flowsDown) {
                int x = WIDTH / 2;
                body.append("<path d=\"M").append(x).append(' ').append(y + 2).append(" v").append(GAP - 12)
                        .append("\" stroke=\"#1a1a1a\" stroke-width=\"2\"/><path d=\"M").append(x - 6).append(' ')
                        .append(y + GAP - 10).append(" h12 l-6 8 z\" fill=\"#1a1a1a\"/>");
            } else if (index < items.size() - 1) {
                body.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(y + GAP / 2 + 5)
                        .append("\" text-anchor=\"middle\" font-size=\"12\">")
                        .append(escape(messages.getMessage("norm.diagram.seeOutcomes", null, locale))).append("</text>");
            }
            y += index < items.size() - 1 ? GAP : MARGIN;
        }
        int height = Math.max(y, 60);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"diagram-title diagram-desc\" "
                + "viewBox=\"0 0 " + WIDTH + " " + height + "\" width=\"" + WIDTH + "\" height=\"" + height + "\" "
                + "font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\" font-size=\"14\" fill=\"#1a1a1a\">"
                + "<title id=\"diagram-title\">" + escape(title) + "</title><desc id=\"diagram-desc\">"
                + escape(description) + "</desc>" + body + "</svg>";
    }

    /** Wraps text at spaces to lines of at most {@code width} characters; a longer word gets a line of its own. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Text for the SVG: escaped, and without the control characters XML forbids (a form feed pasted from a PDF). */
    static String escape(String text) {
        return text == null ? "" : org.apertura.platform.chart.ChartSvg.escape(text);
    }
}
