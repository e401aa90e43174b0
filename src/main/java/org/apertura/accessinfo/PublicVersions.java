package org.apertura.accessinfo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Public versions (versiones públicas, LGTAIP 2025 arts. 120–122) of the documents that answer a request:
 * find where a classified phrase occurs, black it out with its legal basis, and check a page before
 * publishing.
 *
 * <p>Art. 121 asks that the redacted content cannot be recovered or seen. So a page with a redaction is
 * rendered to an image, the areas are painted black on the image, and the page is replaced by a page holding
 * only that image: no text, font or content stream of it survives. Pages without redactions keep their text
 * (unless they have optional content, see {@link #redact}).
 * The output is a new document that carries nothing else from the original: no document information or XMP
 * metadata, outline, form, annotation, embedded file, action, thumbnail, structure tree or marked content.
 *
 * <p>What the unit sees is what is searched and what is published: form fields are flattened into their
 * pages first (their values become page content, found by {@link #find} and redacted like any text), and
 * annotations are never drawn.
 */
@Component
public class PublicVersions {

    /** Resolution of the pages that are replaced by an image. */
    public static final float REDACTION_DPI = 150;

    /** Black painted around each area, in points, so that no edge of a glyph is left. */
    public static final float MARGIN = 1.5f;

    static final float MIN_PREVIEW_DPI = 36;
    static final float MAX_PREVIEW_DPI = 300;

    /** Tolerance, in points, for an area that touches the edge of its page. */
    private static final float EDGE = 0.5f;

    private static final String KEY = "accessinfo.redaction.";

    /**
     * A rectangle on a page, in the page's default PDF user space (points, y upwards, before the page's
     * rotation: the space its media box is given in); {@code x, y} is the lower left corner; {@code page}
     * counts from 0. It must lie within the media box.
     */
    public record Area(int page, float x, float y, float width, float height) {
    }

    /** An area to black out and the legal basis of its classification, e.g. "LGTAIP 2025 art. 115: datos personales". */
    public record Redaction(Area area, String basis) {
    }

    /**
     * A public version: the new PDF, its page count, the pages with redactions (from 0, ascending), the pages
     * published as an image, whose text can no longer be searched (those with redactions and those with
     * optional content, see {@link #redact}), how many areas were blacked out and the distinct legal bases,
     * in the order first given.
     */
    public record Result(byte[] pdf, int pageCount, List<Integer> pagesRedacted, List<Integer> pagesAsImage,
            int redactionCount, List<String> bases) {

        public Result {
            pagesRedacted = List.copyOf(pagesRedacted);
            pagesAsImage = List.copyOf(pagesAsImage);
            bases = List.copyOf(bases);
        }
    }

    /**
     * Every place where a phrase occurs, ignoring case and accents ("maria" finds "María"), as whole words.
     * An occurrence that runs over two lines gives one area per line.
     */
    public List<Area> find(byte[] pdf, String phrase) {
        String wanted = phrase == null ? "" : normalize(phrase).trim().replaceAll("\\s+", " ");
        if (wanted.isEmpty()) {
            throw new InvalidInputException("phrase", KEY + "phraseRequired");
        }
        try (PDDocument document = open(pdf)) {
            flattenForms(document);
            List<Area> areas = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                PageText text = PageText.of(document, page);
                areas.addAll(text.find(wanted, page, document.getPage(page)));
            }
            return areas;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The public version of a document with these redactions; see the class comment for what it keeps. A
     * page without redactions but with optional content (layers) is published as an image too, as it is
     * seen: kept as text, a hidden layer would lose its state and show, or stay in the file to be extracted.
     */
    public Result redact(byte[] pdf, List<Redaction> redactions) {
        if (redactions == null || redactions.isEmpty()) {
            throw new InvalidInputException("redactions", KEY + "none");
        }
        try (PDDocument source = open(pdf)) {
            check(source, redactions);
            flattenForms(source);
            Map<Integer, List<Area>> byPage = new TreeMap<>();
            Set<String> bases = new LinkedHashSet<>();
            for (Redaction redaction : redactions) {
                byPage.computeIfAbsent(redaction.area().page(), p -> new ArrayList<>()).add(redaction.area());
                bases.add(redaction.basis().trim());
            }
            PDFRenderer renderer = renderer(source);
            List<Integer> asImage = new ArrayList<>();
            try (PDDocument output = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
                for (int index = 0; index < source.getNumberOfPages(); index++) {
                    PDPage page = source.getPage(index);
                    List<Area> areas = byPage.get(index);
                    if (areas == null && !hasOptionalContent(page)) {
                        output.addPage(keptPage(output, page));
                    } else {
                        output.addPage(imagePage(output, renderer, index, page, areas == null ? List.of() : areas));
                        asImage.add(index);
                    }
                }
                return new Result(saved(output), output.getNumberOfPages(), List.copyOf(byPage.keySet()), asImage,
                        redactions.size(), List.copyOf(bases));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of one page (from 0) as it will be published (form fields shown, annotations not). */
    public byte[] preview(byte[] pdf, int page, float dpi) {
        if (!(dpi >= MIN_PREVIEW_DPI && dpi <= MAX_PREVIEW_DPI)) {
            throw new InvalidInputException("dpi", KEY + "dpiOutOfRange", (int) MIN_PREVIEW_DPI, (int) MAX_PREVIEW_DPI);
        }
        try (PDDocument document = open(pdf)) {
            if (page < 0 || page >= document.getNumberOfPages()) {
                throw new InvalidInputException("page", KEY + "pageOutOfRange", page + 1, document.getNumberOfPages());
            }
            flattenForms(document);
            BufferedImage image = renderer(document).renderImageWithDPI(page, dpi, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- input -------------------------------------------------------------------------------------------

    private static PDDocument open(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new InvalidInputException("pdf", KEY + "notPdf");
        }
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw new InvalidInputException("pdf", KEY + "encrypted");
        } catch (IOException e) {
            throw new InvalidInputException("pdf", KEY + "notPdf");
        }
        if (document.isEncrypted()) {
            closeQuietly(document);
            throw new InvalidInputException("pdf", KEY + "encrypted");
        }
        return document;
    }

    private static void check(PDDocument document, List<Redaction> redactions) {
        List<FieldProblem> problems = new ArrayList<>();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < redactions.size(); i++) {
            Redaction redaction = redactions.get(i);
            String field = "redactions[" + i + "]";
            if (redaction == null || redaction.area() == null) {
                problems.add(new FieldProblem(field + ".area", KEY + "areaRequired"));
            } else if (redaction.area().page() < 0 || redaction.area().page() >= pages) {
                problems.add(new FieldProblem(field + ".area.page", KEY + "pageOutOfRange",
                        redaction.area().page() + 1, pages));
            } else if (!inside(redaction.area(), document.getPage(redaction.area().page()).getMediaBox())) {
                problems.add(new FieldProblem(field + ".area", KEY + "areaOutsidePage", redaction.area().page() + 1));
            }
            if (redaction != null && (redaction.basis() == null || redaction.basis().isBlank())) {
                problems.add(new FieldProblem(field + ".basis", KEY + "basisRequired"));
            }
        }
        InvalidInputException.throwIfAny(problems);
    }

    private static boolean inside(Area area, PDRectangle page) {
        float[] values = {area.x(), area.y(), area.width(), area.height()};
        for (float value : values) {
            if (!Float.isFinite(value)) {
                return false;
            }
        }
        return area.width() > 0 && area.height() > 0
                && area.x() >= page.getLowerLeftX() - EDGE && area.y() >= page.getLowerLeftY() - EDGE
                && area.x() + area.width() <= page.getUpperRightX() + EDGE
                && area.y() + area.height() <= page.getUpperRightY() + EDGE;
    }

    /** Form field values become page content, so that they are searched, drawn and redacted like text. */
    private static void flattenForms(PDDocument document) throws IOException {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form != null) {
            form.flatten();
        }
    }

    private static PDFRenderer renderer(PDDocument document) {
        PDFRenderer renderer = new PDFRenderer(document);
        renderer.setAnnotationsFilter(annotation -> false);
        return renderer;
    }

    // --- output pages ------------------------------------------------------------------------------------

    /**
     * The page rendered without rotation, the areas painted black, as the only content of a new page with the
     * same boxes and rotation. One image at a time is held: it is compressed into the output before the next.
     */
    private static PDPage imagePage(PDDocument output, PDFRenderer renderer, int index, PDPage page, List<Area> areas)
            throws IOException {
        PDRectangle media = page.getMediaBox();
        PDRectangle crop = page.getCropBox();
        int rotation = page.getRotation();
        page.setRotation(0);
        BufferedImage image = renderer.renderImageWithDPI(index, REDACTION_DPI, ImageType.RGB);
        page.setRotation(rotation);
        float scaleX = image.getWidth() / crop.getWidth();
        float scaleY = image.getHeight() / crop.getHeight();
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.BLACK);
            for (Area area : areas) {
                int left = (int) Math.floor((area.x() - MARGIN - crop.getLowerLeftX()) * scaleX);
                int right = (int) Math.ceil((area.x() + area.width() + MARGIN - crop.getLowerLeftX()) * scaleX);
                int top = (int) Math.floor((crop.getUpperRightY() - area.y() - area.height() - MARGIN) * scaleY);
                int bottom = (int) Math.ceil((crop.getUpperRightY() - area.y() + MARGIN) * scaleY);
                graphics.fillRect(left, top, right - left, bottom - top);
            }
        } finally {
            graphics.dispose();
        }
        PDImageXObject picture = LosslessFactory.createFromImage(output, grayIfNoColour(image));
        PDPage replacement = new PDPage(copy(media));
        replacement.setCropBox(copy(crop));
        replacement.setRotation(rotation);
        replacement.setResources(new PDResources());
        try (PDPageContentStream content = new PDPageContentStream(output, replacement)) {
            content.drawImage(picture, crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight());
        }
        return replacement;
    }

    /**
     * A page without redactions: its boxes, rotation, content (without marked-content operators) and only
     * the resources that content names, and nothing else of its dictionary (no annotations, thumbnail,
     * actions, metadata, beads or structure parents). Resources are pruned because a dictionary shared by
     * all pages would otherwise bring along, say, a form XObject that draws a redacted name on another page.
     */
    private static PDPage keptPage(PDDocument output, PDPage page) throws IOException {
        PDPage kept = new PDPage(copy(page.getMediaBox()));
        kept.setCropBox(copy(page.getCropBox()));
        kept.setRotation(page.getRotation());
        COSDictionary source = page.getCOSObject();
        for (COSName box : List.of(COSName.BLEED_BOX, COSName.TRIM_BOX, COSName.ART_BOX, COSName.GROUP)) {
            COSBase value = source.getDictionaryObject(box);
            if (value != null) {
                kept.getCOSObject().setItem(box, value);
            }
        }
        Map<COSName, Set<COSName>> used = new HashMap<>();
        PDStream content = new PDStream(output);
        try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
            writeWithoutMarkedContent(page, out, used);
        }
        kept.setContents(content);
        // A deep copy for the new document: its objects keep no number of the source's, which the new
        // document's own objects (the page images) could otherwise take.
        org.apache.pdfbox.multipdf.PDFCloneUtility cloner = new org.apache.pdfbox.multipdf.PDFCloneUtility(output) {
        };
        kept.setResources(new PDResources(cloner.cloneForNewDocument(usedResources(page.getResources(), used))));
        return kept;
    }

    /** Whether the page's content or one of its XObjects belongs to optional content (a layer). */
    private static boolean hasOptionalContent(PDPage page) throws IOException {
        if (page.getResources() != null
                && page.getResources().getCOSObject().getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects) {
            for (COSName name : xobjects.keySet()) {
                if (xobjects.getDictionaryObject(name) instanceof COSDictionary xobject && xobject.containsKey(COSName.OC)) {
                    return true;
                }
            }
        }
        if (!page.hasContents()) {
            return false;
        }
        List<Object> operands = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator operator) {
                if ("BDC".equals(operator.getName()) && !operands.isEmpty() && COSName.OC.equals(operands.get(0))) {
                    return true;
                }
                operands.clear();
            } else {
                operands.add(token);
            }
        }
        return false;
    }

    private static final Set<String> MARKED_CONTENT = Set.of("BMC", "BDC", "EMC", "MP", "DP");

    /** The resource category an operator names with its first or last operand. */
    private static final Map<String, COSName> NAMING = Map.of("Do", COSName.XOBJECT, "Tf", COSName.FONT,
            "gs", COSName.EXT_G_STATE, "sh", COSName.SHADING, "scn", COSName.PATTERN, "SCN", COSName.PATTERN);

    private static void writeWithoutMarkedContent(PDPage page, OutputStream out, Map<COSName, Set<COSName>> used)
            throws IOException {
        if (!page.hasContents()) {
            return;
        }
        ContentStreamWriter writer = new ContentStreamWriter(out);
        List<Object> operands = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator operator) {
                if (!MARKED_CONTENT.contains(operator.getName())) {
                    COSName category = NAMING.get(operator.getName());
                    if (category != null && !operands.isEmpty()) {
                        Object named = "Tf".equals(operator.getName()) || "Do".equals(operator.getName())
                                || "gs".equals(operator.getName()) || "sh".equals(operator.getName())
                                ? operands.get(0) : operands.get(operands.size() - 1);
                        if (named instanceof COSName name) {
                            used.computeIfAbsent(category, c -> new HashSet<>()).add(name);
                        }
                    }
                    writer.writeTokens(operands);
                    writer.writeToken(operator);
                }
                operands.clear();
            } else {
                operands.add(token);
            }
        }
    }

    /**
     * The named resources the content uses (fonts, XObjects, graphics states, shadings, patterns), all colour
     * spaces (they hold no text, and Default colour spaces apply without being named) and the procedure set;
     * no marked-content properties.
     */
    private static COSDictionary usedResources(PDResources resources, Map<COSName, Set<COSName>> used) {
        COSDictionary pruned = new COSDictionary();
        if (resources == null) {
            return pruned;
        }
        COSDictionary all = resources.getCOSObject();
        for (COSName whole : List.of(COSName.PROC_SET, COSName.COLORSPACE)) {
            COSBase value = all.getDictionaryObject(whole);
            if (value != null) {
                pruned.setItem(whole, value);
            }
        }
        for (Map.Entry<COSName, Set<COSName>> category : used.entrySet()) {
            if (all.getDictionaryObject(category.getKey()) instanceof COSDictionary named) {
                COSDictionary kept = new COSDictionary();
                for (COSName name : category.getValue()) {
                    COSBase value = named.getItem(name);
                    if (value != null) {
                        kept.setItem(name, value);
                    }
                }
                pruned.setItem(category.getKey(), kept);
            }
        }
        return pruned;
    }

    /**
     * The image in 8-bit grey when none of its pixels has a colour (most answers: black text on white), a
     * third of the data to compress and store; otherwise the image itself.
     */
    static BufferedImage grayIfNoColour(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int rgb : row) {
                int r = (rgb >> 16) & 0xff;
                if (r != ((rgb >> 8) & 0xff) || r != (rgb & 0xff)) {
                    return image;
                }
            }
        }
        BufferedImage gray = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = gray.getRaster();
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, row[x] & 0xff);
            }
        }
        return gray;
    }

    /**
     * The saved document as bytes, through a scratch file so that the array is allocated once at its size
     * (a growing in-memory buffer would need two or three times the size of a large output).
     */
    private static byte[] saved(PDDocument output) throws IOException {
        Path scratch = Files.createTempFile("public-version-", ".pdf");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(scratch))) {
                output.save(out, CompressParameters.DEFAULT_COMPRESSION);
            }
            return Files.readAllBytes(scratch);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    private static PDRectangle copy(PDRectangle box) {
        return new PDRectangle(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // nothing to keep
        }
    }

    // --- finding text -------------------------------------------------------------------------------------

    /** Lower case, without accents or other marks, compatibility forms decomposed ("ﬁ" is "fi"). */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** The normalized text of one page, each character tied to its glyph and line; separators have none. */
    private static final class PageText extends PDFTextStripper {

        private final StringBuilder text = new StringBuilder();
        private final List<TextPosition> glyphs = new ArrayList<>();
        private final List<Integer> lines = new ArrayList<>();
        private int line;

        private PageText() {
            setSortByPosition(true);
        }

        static PageText of(PDDocument document, int page) throws IOException {
            PageText text = new PageText();
            text.setStartPage(page + 1);
            text.setEndPage(page + 1);
            text.getText(document);
            return text;
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            for (TextPosition position : positions) {
                String unicode = position.getUnicode() == null ? "" : normalize(position.getUnicode());
                for (int i = 0; i < unicode.length(); i++) {
                    char c = unicode.charAt(i);
                    if (Character.isWhitespace(c)) {
                        separator();
                    } else {
                        append(c, position);
                    }
                }
            }
        }

        @Override
        protected void writeWordSeparator() {
            separator();
        }

        @Override
        protected void writeLineSeparator() {
            separator();
            line++;
        }

        private void separator() {
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                append(' ', null);
            }
        }

        private void append(char c, TextPosition position) {
            text.append(c);
            glyphs.add(position);
            lines.add(line);
        }

        List<Area> find(String wanted, int pageIndex, PDPage page) throws IOException {
            List<Area> areas = new ArrayList<>();
            String haystack = text.toString();
            for (int start = haystack.indexOf(wanted); start >= 0; start = haystack.indexOf(wanted, start + 1)) {
                int end = start + wanted.length();
                if (wordAt(haystack, start - 1, wanted.charAt(0)) || wordAt(haystack, end, wanted.charAt(wanted.length() - 1))) {
                    continue;
                }
                Map<Integer, float[]> byLine = new TreeMap<>();
                Set<TextPosition> seen = Collections.newSetFromMap(new IdentityHashMap<>());
                for (int i = start; i < end; i++) {
                    TextPosition glyph = glyphs.get(i);
                    if (glyph != null && seen.add(glyph)) {
                        float[] box = box(glyph, page);
                        byLine.merge(lines.get(i), box, PageText::union);
                    }
                }
                for (float[] box : byLine.values()) {
                    areas.add(new Area(pageIndex, box[0], box[1], box[2] - box[0], box[3] - box[1]));
                }
            }
            return areas;
        }

        /** Whether the character next to a match continues a word the phrase starts or ends with. */
        private static boolean wordAt(String haystack, int index, char edge) {
            return index >= 0 && index < haystack.length() && Character.isLetterOrDigit(edge)
                    && Character.isLetterOrDigit(haystack.charAt(index));
        }

        private static float[] union(float[] a, float[] b) {
            return new float[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])};
        }

        /**
         * The glyph's box in user space {minX, minY, maxX, maxY}: its advance along the text direction, from
         * the font's descent to its ascent, through the text rendering matrix (which PDFBox gives relative to
         * the crop box).
         */
        private static float[] box(TextPosition glyph, PDPage page) throws IOException {
            Matrix m = glyph.getTextMatrix();
            PDFont font = glyph.getFont();
            float advance;
            int[] codes = glyph.getCharacterCodes();
            if (font != null && codes != null && codes.length > 0 && !(font instanceof PDType3Font)) {
                advance = 0;
                for (int code : codes) {
                    Vector displacement = font.getDisplacement(code);
                    advance += displacement.getX();
                }
            } else {
                advance = glyph.getWidthDirAdj() / Math.max(m.getScalingFactorX(), 1e-3f);
            }
            if (advance <= 0) {
                advance = glyph.getWidthDirAdj() / Math.max(m.getScalingFactorX(), 1e-3f);
            }
            float ascent = 0.8f;
            float descent = -0.2f;
            PDFontDescriptor descriptor = font == null || font instanceof PDType3Font ? null : font.getFontDescriptor();
            if (descriptor != null) {
                ascent = Math.max(ascent, Math.min(descriptor.getAscent() / 1000f, 1.2f));
                descent = Math.min(descent, Math.max(descriptor.getDescent() / 1000f, -0.5f));
            }
            PDRectangle crop = page.getCropBox();
            float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
            for (float tx : new float[] {0, advance}) {
                for (float ty : new float[] {descent, ascent}) {
                    float x = m.getScaleX() * tx + m.getShearX() * ty + m.getTranslateX() + crop.getLowerLeftX();
                    float y = m.getShearY() * tx + m.getScaleY() * ty + m.getTranslateY() + crop.getLowerLeftY();
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
            return new float[] {minX, minY, maxX, maxY};
        }
    }
}
