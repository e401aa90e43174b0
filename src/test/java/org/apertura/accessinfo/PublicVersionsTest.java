package org.apertura.accessinfo;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apertura.accessinfo.PublicVersions.Area;
import org.apertura.accessinfo.PublicVersions.Redaction;
import org.apertura.accessinfo.PublicVersions.Result;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Public versions: what is blacked out cannot be read or recovered anywhere in the file; the rest stays. */
class PublicVersionsTest {

    static final String NAME = "María Fernanda Quiñones Ruiz";
    static final String CURP = "QURM850101MDGXXX09";
    static final String EMAIL = "mfquinones@example.mx";
    static final String PERSONAL = "LGTAIP 2025 art. 115: datos personales";
    static final String CURP_BASIS = "LGTAIP 2025 art. 115: datos personales (CURP)";
    /** Words that must not survive anywhere, in the forms the file could carry them. */
    static final List<String> SECRETS = List.of("Fernanda", "Quiñones", "Quinones", CURP, EMAIL, "mfquinones");

    static final String PAGE_2_FIRST = "El ayuntamiento publicó el padrón de obras públicas de 2025.";
    static final String PAGE_2_SECOND = "Las actas del cabildo se pueden consultar en la Unidad de Transparencia.";

    static final PublicVersions versions = new PublicVersions();
    static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    static byte[] answer;
    static List<Area> nameAreas;
    static List<Area> curpAreas;
    static List<Area> emailAreas;
    static Result result;

    @BeforeAll
    static void redactTheAnswer() throws IOException {
        answer = answerDocument();
        nameAreas = versions.find(answer, NAME);
        curpAreas = versions.find(answer, CURP);
        emailAreas = versions.find(answer, EMAIL);
        List<Redaction> redactions = new ArrayList<>();
        nameAreas.forEach(a -> redactions.add(new Redaction(a, PERSONAL)));
        curpAreas.forEach(a -> redactions.add(new Redaction(a, CURP_BASIS)));
        emailAreas.forEach(a -> redactions.add(new Redaction(a, PERSONAL)));
        result = versions.redact(answer, redactions);
    }

    @Test
    void findsEachPersonalDatumOnPageOneAndTheFormFieldToo() {
        assertThat(nameAreas).singleElement().satisfies(a -> assertThat(a.page()).isZero());
        assertThat(curpAreas).singleElement().satisfies(a -> assertThat(a.page()).isZero());
        // the e-mail is in the page text and in the form field, whose value is part of what the page shows
        assertThat(emailAreas).hasSize(2).allSatisfy(a -> assertThat(a.page()).isZero());
        Area name = nameAreas.get(0);
        assertThat(name.x()).isCloseTo(72 + helveticaWidth("Servidora pública: "), offset(0.5f));
        assertThat(name.width()).isCloseTo(helveticaWidth(NAME), offset(0.5f));
        assertThat(name.y()).isLessThan(681).isGreaterThan(676); // baseline 682, descent below it
        assertThat(name.y() + name.height()).isGreaterThan(688).isLessThan(694);
    }

    @Test
    void theResultCountsWhatWasDone() {
        assertThat(result.pageCount()).isEqualTo(2);
        assertThat(result.pagesRedacted()).containsExactly(0);
        assertThat(result.pagesAsImage()).containsExactly(0);
        assertThat(result.redactionCount()).isEqualTo(4);
        assertThat(result.bases()).containsExactly(PERSONAL, CURP_BASIS);
    }

    @Test
    void noRedactedWordCanBeExtractedFromTheText() throws IOException {
        try (PDDocument output = Loader.loadPDF(result.pdf())) {
            String text = new PDFTextStripper().getText(output);
            assertThat(PublicVersions.normalize(text)).doesNotContain("fernanda", "quinones", CURP.toLowerCase(), EMAIL);
            assertThat(versions.find(result.pdf(), NAME)).isEmpty();
            assertThat(versions.find(result.pdf(), CURP)).isEmpty();
            assertThat(versions.find(result.pdf(), EMAIL)).isEmpty();
        }
    }

    @Test
    void nothingElseOfTheOriginalIsCarriedOver() throws IOException {
        try (PDDocument output = Loader.loadPDF(result.pdf())) {
            PDDocumentCatalog catalog = output.getDocumentCatalog();
            assertThat(output.getDocumentInformation().getTitle()).isNull();
            assertThat(output.getDocumentInformation().getAuthor()).isNull();
            assertThat(catalog.getMetadata()).isNull();
            assertThat(catalog.getDocumentOutline()).isNull();
            assertThat(catalog.getAcroForm(null)).isNull();
            assertThat(catalog.getNames()).isNull();
            assertThat(catalog.getOpenAction()).isNull();
            assertThat(catalog.getStructureTreeRoot()).isNull();
            assertThat(catalog.getCOSObject().getDictionaryObject(COSName.AA)).isNull();
            for (PDPage page : output.getPages()) {
                assertThat(page.getAnnotations()).isEmpty();
                assertThat(page.getCOSObject().getDictionaryObject(COSName.THUMB)).isNull();
                assertThat(page.getCOSObject().getDictionaryObject(COSName.STRUCT_PARENTS)).isNull();
                assertThat(operators(page)).doesNotContain("BDC", "BMC", "EMC");
            }
        }
    }

    @Test
    void noRedactedWordIsInTheBytesOrInAnyDecodedStreamOrString() throws IOException {
        // the check finds them in the original, so it would find them in the output if they were left
        assertThat(SECRETS).allSatisfy(word -> assertThat(leaks(answer, word)).as(word).isNotEmpty());
        assertThat(SECRETS).allSatisfy(word -> assertThat(leaks(result.pdf(), word)).as(word).isEmpty());
    }

    @Test
    void pageOneIsOnlyAnImageWithBlackOverTheDataAndTheRestStillVisible() throws IOException {
        try (PDDocument output = Loader.loadPDF(result.pdf())) {
            PDPage page = output.getPage(0);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(output)).isBlank();
            PDResources resources = page.getResources();
            assertThat(resources.getFontNames()).isEmpty();
            assertThat(resources.getXObjectNames()).hasSize(1);
            PDXObject xobject = resources.getXObject(resources.getXObjectNames().iterator().next());
            assertThat(xobject).isInstanceOf(PDImageXObject.class);
            // black text on white is stored losslessly in grey, a third of the data
            assertThat(((PDImageXObject) xobject).getColorSpace().getName()).isEqualTo("DeviceGray");
            assertThat(operators(page)).containsExactlyInAnyOrder("q", "cm", "Do", "Q");

            float dpi = 100;
            BufferedImage image = new PDFRenderer(output).renderImageWithDPI(0, dpi, ImageType.RGB);
            for (Area area : allRedacted()) {
                assertThat(blackShare(image, area, dpi)).as("%s", area).isEqualTo(1.0);
            }
            // an ordinary sentence of page 1 is still there: dark ink, but far from a black box
            Area ordinary = versions.find(answer, "Solicitud de información").get(0);
            assertThat(blackShare(image, ordinary, dpi)).isLessThan(0.5);
            assertThat(darkShare(image, ordinary, dpi)).isGreaterThan(0.05);
            // white paper away from any text
            assertThat(isBlack(image.getRGB(px(300, dpi), py(200, dpi)))).isFalse();
        }
    }

    @Test
    void pageTwoKeepsItsTextAndEveryPageItsSize() throws IOException {
        try (PDDocument original = Loader.loadPDF(answer); PDDocument output = Loader.loadPDF(result.pdf())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String kept = stripper.getText(output);
            String n = System.lineSeparator();
            assertThat(kept).isEqualTo(PAGE_2_FIRST + n + PAGE_2_SECOND + n);
            assertThat(versions.find(result.pdf(), "Unidad de Transparencia")).singleElement()
                    .satisfies(area -> assertThat(area.page()).isEqualTo(1));
            assertThat(output.getNumberOfPages()).isEqualTo(original.getNumberOfPages());
            for (int i = 0; i < original.getNumberOfPages(); i++) {
                PDRectangle before = original.getPage(i).getMediaBox();
                PDRectangle after = output.getPage(i).getMediaBox();
                assertThat(List.of(after.getLowerLeftX(), after.getLowerLeftY(), after.getWidth(), after.getHeight()))
                        .isEqualTo(List.of(before.getLowerLeftX(), before.getLowerLeftY(), before.getWidth(), before.getHeight()));
            }
        }
    }

    @Test
    void findIgnoresCaseAndAccentsButMatchesWholeWords() {
        assertThat(versions.find(answer, "quiñones")).hasSize(1);
        assertThat(versions.find(answer, "QUINONES")).hasSize(1);
        assertThat(versions.find(answer, "maria")).singleElement().satisfies(a -> {
            assertThat(a.x()).isCloseTo(nameAreas.get(0).x(), offset(0.01f));
        });
        assertThat(versions.find(answer, "maria   fernanda")).hasSize(1);
        assertThat(versions.find(answer, "quiñon")).isEmpty();
        assertThat(versions.find(answer, "Aurelio")).isEmpty();
    }

    @Test
    void aPhraseThatWrapsOrOccursTwiceGivesTwoAreas() throws IOException {
        byte[] pdf = textDocument(List.of(
                "Atendió la solicitud la servidora María Fernanda",
                "Quiñones Ruiz; la revisó también QUIÑONES en su área."));
        List<Area> wrapped = versions.find(pdf, NAME);
        assertThat(wrapped).hasSize(2);
        assertThat(wrapped.get(0).y()).isGreaterThan(wrapped.get(1).y() + 10);
        assertThat(wrapped.get(0).x()).isGreaterThan(200);
        assertThat(wrapped.get(1).x()).isCloseTo(72, offset(0.5f));

        List<Area> twice = versions.find(pdf, "Quiñones");
        assertThat(twice).hasSize(2);
        assertThat(twice.get(0).y()).isCloseTo(twice.get(1).y(), offset(0.5f));
        assertThat(twice.get(1).x()).isGreaterThan(twice.get(0).x() + twice.get(0).width());
    }

    @Test
    void aScannedPageIsRedactedByArea() throws IOException {
        BufferedImage scan = new BufferedImage(850, 1100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 850, 1100);
        g.setColor(new Color(90, 90, 200));
        g.fillRect(100, 100, 650, 300); // a blue "signature block" across the upper part
        g.dispose();
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, 612, 792);
            }
            pdf = save(doc);
        }
        assertThat(versions.find(pdf, "firma")).isEmpty();

        Area signature = new Area(0, 150, 600, 200, 60); // inside the blue block (user space: it spans y 504–720)
        Result scanned = versions.redact(pdf, List.of(new Redaction(signature, "LGTAIP 2025 art. 115: firma")));

        assertThat(scanned.pagesRedacted()).containsExactly(0);
        try (PDDocument output = Loader.loadPDF(scanned.pdf())) {
            BufferedImage image = new PDFRenderer(output).renderImageWithDPI(0, 72, ImageType.RGB);
            assertThat(blackShare(image, signature, 72)).isEqualTo(1.0);
            Color elsewhere = new Color(image.getRGB(px(500, 72), py(700, 72)));
            assertThat(elsewhere.getBlue()).isGreaterThan(150); // the rest of the blue block is still blue
            PDResources resources = output.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).hasSize(1);
            PDImageXObject page = (PDImageXObject) resources.getXObject(resources.getXObjectNames().iterator().next());
            assertThat(page.getColorSpace().getName()).isEqualTo("DeviceRGB");
            assertThat(page.getWidth()).isEqualTo(Math.round(612 * PublicVersions.REDACTION_DPI / 72));
        }
    }

    @Test
    void aResourceDictionarySharedWithTheRedactedPageDoesNotBringItsTextAlong() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDResources shared = new PDResources();
            PDPage one = new PDPage(PDRectangle.LETTER);
            PDPage two = new PDPage(PDRectangle.LETTER);
            one.setResources(shared);
            two.setResources(shared);
            doc.addPage(one);
            doc.addPage(two);
            PDAppearanceStream signatureBlock = new PDAppearanceStream(doc); // a form XObject
            signatureBlock.setBBox(PDRectangle.LETTER);
            signatureBlock.setResources(new PDResources());
            try (PDPageContentStream cs = new PDPageContentStream(doc, signatureBlock)) {
                lines(cs, 700, List.of("Servidora pública: " + NAME));
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, one)) {
                cs.drawForm(signatureBlock);
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, two)) {
                lines(cs, 700, List.of(PAGE_2_FIRST));
            }
            pdf = save(doc);
        }
        List<Area> name = versions.find(pdf, NAME);
        assertThat(name).singleElement().satisfies(a -> assertThat(a.page()).isZero());
        assertThat(leaks(pdf, "Fernanda")).isNotEmpty();

        Result shared = versions.redact(pdf, List.of(new Redaction(name.get(0), PERSONAL)));

        assertThat(leaks(shared.pdf(), "Fernanda")).isEmpty();
        assertThat(leaks(shared.pdf(), "Quiñones")).isEmpty();
        try (PDDocument output = Loader.loadPDF(shared.pdf())) {
            assertThat(new PDFTextStripper().getText(output).trim()).isEqualTo(PAGE_2_FIRST);
            assertThat(output.getPage(1).getResources().getXObjectNames()).isEmpty();
        }
    }

    @Test
    void aRotatedPageWithACropBoxIsRedactedWhereTheTextIs() throws IOException {
        PDRectangle crop = new PDRectangle(50, 50, 500, 700); // 50..550 x 50..750
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            page.setCropBox(crop);
            page.setRotation(90);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(HELVETICA, 12);
                cs.newLineAtOffset(100, 600);
                cs.showText("Servidora pública: " + NAME);
                cs.newLineAtOffset(0, -100);
                cs.showText("Contrato de obra pública número 17.");
                cs.endText();
            }
            pdf = save(doc);
        }
        Area name = versions.find(pdf, NAME).get(0);
        assertThat(name.x()).isCloseTo(100 + helveticaWidth("Servidora pública: "), offset(0.5f));
        assertThat(name.y()).isCloseTo(600 - 0.207f * 12, offset(0.5f));
        Area ordinary = versions.find(pdf, "Contrato de obra").get(0);

        Result rotated = versions.redact(pdf, List.of(new Redaction(name, PERSONAL)));

        assertThat(versions.find(rotated.pdf(), "Fernanda")).isEmpty();
        try (PDDocument output = Loader.loadPDF(rotated.pdf())) {
            PDPage page = output.getPage(0);
            assertThat(page.getRotation()).isEqualTo(90);
            assertThat(page.getCropBox().toString()).isEqualTo(crop.toString());
            assertThat(page.getMediaBox().toString()).isEqualTo(PDRectangle.LETTER.toString());
            page.setRotation(0); // look at it in user space
            BufferedImage image = new PDFRenderer(output).renderImageWithDPI(0, 72, ImageType.RGB);
            assertThat(image.getWidth()).isEqualTo(500);
            assertThat(share(image, name, 72, 40, crop)).isEqualTo(1.0);
            assertThat(share(image, ordinary, 72, 40, crop)).isLessThan(0.5);
            assertThat(share(image, ordinary, 72, 160, crop)).isGreaterThan(0.05);
        }
    }

    @Test
    void aPageWithAHiddenLayerIsPublishedAsItIsSeen() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage one = new PDPage(PDRectangle.LETTER);
            PDPage two = new PDPage(PDRectangle.LETTER);
            doc.addPage(one);
            doc.addPage(two);
            PDOptionalContentProperties layers = new PDOptionalContentProperties();
            PDOptionalContentGroup notes = new PDOptionalContentGroup("Notas internas");
            layers.addGroup(notes);
            layers.setGroupEnabled(notes, false);
            doc.getDocumentCatalog().setOCProperties(layers);
            try (PDPageContentStream cs = new PDPageContentStream(doc, one)) {
                lines(cs, 700, List.of("Servidora pública: " + NAME));
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, two)) {
                lines(cs, 700, List.of(PAGE_2_FIRST));
                cs.beginMarkedContent(COSName.OC, notes);
                lines(cs, 600, List.of("Nota interna: la denunciante vive en la calle Encinos."));
                cs.endMarkedContent();
            }
            pdf = save(doc);
        }
        Area hidden = versions.find(pdf, "Nota interna").get(0); // in the file, though nobody sees it
        Area visible = versions.find(pdf, "ayuntamiento").get(0);
        assertThat(leaks(pdf, "Encinos")).isNotEmpty();

        Result layered = versions.redact(pdf, List.of(new Redaction(versions.find(pdf, NAME).get(0), PERSONAL)));

        assertThat(layered.pagesRedacted()).containsExactly(0);
        assertThat(layered.pagesAsImage()).containsExactly(0, 1);
        assertThat(leaks(layered.pdf(), "Encinos")).isEmpty();
        try (PDDocument output = Loader.loadPDF(layered.pdf())) {
            assertThat(output.getDocumentCatalog().getOCProperties()).isNull();
            BufferedImage image = new PDFRenderer(output).renderImageWithDPI(1, 72, ImageType.RGB);
            assertThat(darkShare(image, visible, 72)).isGreaterThan(0.05);
            assertThat(darkShare(image, hidden, 72)).isZero();
        }
    }

    @Test
    void thePreviewIsAPngOfThePage() throws IOException {
        byte[] png = versions.preview(result.pdf(), 0, 72);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(612);
        assertThat(image.getHeight()).isEqualTo(792);
        assertThat(blackShare(image, nameAreas.get(0), 72)).isEqualTo(1.0);
    }

    // --- bad input ---------------------------------------------------------------------------------------

    @Test
    void refusesWhatIsNotAPdf() {
        byte[] notPdf = "hola, esto no es un PDF".getBytes(UTF_8);
        assertRefused(() -> versions.find(notPdf, "hola"), "pdf", "accessinfo.redaction.notPdf");
        assertRefused(() -> versions.redact(notPdf, List.of(new Redaction(new Area(0, 1, 1, 1, 1), PERSONAL))),
                "pdf", "accessinfo.redaction.notPdf");
        assertRefused(() -> versions.preview(new byte[0], 0, 72), "pdf", "accessinfo.redaction.notPdf");
    }

    @Test
    void refusesAnEncryptedPdf() throws IOException {
        for (String userPassword : List.of("lectura", "")) {
            byte[] encrypted;
            try (PDDocument doc = Loader.loadPDF(answer)) {
                doc.protect(new StandardProtectionPolicy("propietario", userPassword, new AccessPermission()));
                encrypted = save(doc);
            }
            assertRefused(() -> versions.find(encrypted, NAME), "pdf", "accessinfo.redaction.encrypted");
            assertRefused(() -> versions.redact(encrypted, List.of(new Redaction(nameAreas.get(0), PERSONAL))),
                    "pdf", "accessinfo.redaction.encrypted");
        }
    }

    @Test
    void refusesBadRedactions() {
        assertRefused(() -> versions.redact(answer, List.of()), "redactions", "accessinfo.redaction.none");
        assertRefused(() -> versions.redact(answer, null), "redactions", "accessinfo.redaction.none");
        Area name = nameAreas.get(0);
        assertRefused(() -> versions.redact(answer, List.of(new Redaction(name, "  "))),
                "redactions[0].basis", "accessinfo.redaction.basisRequired");
        assertRefused(() -> versions.redact(answer, List.of(new Redaction(name, PERSONAL),
                new Redaction(new Area(0, 500, 700, 200, 50), PERSONAL))),
                "redactions[1].area", "accessinfo.redaction.areaOutsidePage");
        assertRefused(() -> versions.redact(answer, List.of(new Redaction(new Area(0, 10, 10, 0, 5), PERSONAL))),
                "redactions[0].area", "accessinfo.redaction.areaOutsidePage");
        assertRefused(() -> versions.redact(answer, List.of(new Redaction(new Area(2, 10, 10, 5, 5), PERSONAL))),
                "redactions[0].area.page", "accessinfo.redaction.pageOutOfRange");
        assertRefused(() -> versions.redact(answer, List.of(new Redaction(null, PERSONAL))),
                "redactions[0].area", "accessinfo.redaction.areaRequired");
        assertRefused(() -> versions.find(answer, " "), "phrase", "accessinfo.redaction.phraseRequired");
        assertRefused(() -> versions.preview(answer, 2, 72), "page", "accessinfo.redaction.pageOutOfRange");
        assertRefused(() -> versions.preview(answer, 0, 2000), "dpi", "accessinfo.redaction.dpiOutOfRange");
    }

    @Test
    void reportsEveryBadRedactionAtOnce() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> versions.redact(answer, List.of(new Redaction(new Area(-1, 0, 0, 1, 1), ""),
                        new Redaction(nameAreas.get(0), PERSONAL), new Redaction(new Area(0, -50, 0, 10, 10), null))));
        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly(
                "redactions[0].area.page", "redactions[0].basis", "redactions[2].area", "redactions[2].basis");
    }

    private static void assertRefused(Runnable call, String field, String key) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, call::run);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple(field, key));
        assertThat(bundle("/i18n/accessinfo.properties")).containsKey(key);
        assertThat(bundle("/i18n/accessinfo_en.properties")).containsKey(key);
    }

    // --- the documents -----------------------------------------------------------------------------------

    /**
     * An answer: page 1 with a name, a CURP, an e-mail and ordinary sentences; page 2 ordinary text in a
     * marked-content sequence. The name, CURP and e-mail are also in the metadata, a bookmark, a note, a form
     * field, an embedded file, a JavaScript open action and the structure tree.
     */
    static byte[] answerDocument() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage one = new PDPage(PDRectangle.LETTER);
            PDPage two = new PDPage(PDRectangle.LETTER);
            doc.addPage(one);
            doc.addPage(two);
            try (PDPageContentStream cs = new PDPageContentStream(doc, one)) {
                lines(cs, 700, List.of(
                        "Solicitud de información 330026525000123.",
                        "Servidora pública: " + NAME,
                        "CURP: " + CURP,
                        "Correo: " + EMAIL,
                        "Se entrega el contrato de obra pública solicitado."));
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, two)) {
                PDPropertyList properties = PDPropertyList.create(new COSDictionary());
                properties.getCOSObject().setString(COSName.ACTUAL_TEXT, PAGE_2_FIRST);
                cs.beginMarkedContent(COSName.P, properties);
                lines(cs, 700, List.of(PAGE_2_FIRST, PAGE_2_SECOND));
                cs.endMarkedContent();
            }
            doc.getDocumentInformation().setTitle("Respuesta a " + NAME);
            doc.getDocumentInformation().setAuthor(NAME);
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDMetadata xmp = new PDMetadata(doc);
            xmp.importXMPMetadata(("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'>"
                    + "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description rdf:about=''"
                    + " xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator><rdf:Seq><rdf:li>" + NAME + " " + EMAIL
                    + "</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
                    .getBytes(UTF_8));
            catalog.setMetadata(xmp);

            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem bookmark = new PDOutlineItem();
            bookmark.setTitle(NAME);
            bookmark.setDestination(one);
            outline.addLast(bookmark);
            catalog.setDocumentOutline(outline);

            PDAnnotationText note = new PDAnnotationText();
            note.setContents("Verificar la CURP " + CURP);
            note.setRectangle(new PDRectangle(500, 700, 20, 20));
            one.getAnnotations().add(note);

            PDAcroForm form = new PDAcroForm(doc);
            catalog.setAcroForm(form);
            PDResources formResources = new PDResources();
            formResources.put(COSName.HELV, HELVETICA);
            form.setDefaultResources(formResources);
            form.setDefaultAppearance("/Helv 10 Tf 0 g");
            PDTextField field = new PDTextField(form);
            field.setPartialName("correo");
            form.getFields().add(field);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(72, 560, 250, 20));
            widget.setPage(one);
            widget.setPrinted(true);
            one.getAnnotations().add(widget);
            field.setValue(EMAIL);

            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("datos.txt");
            spec.setEmbeddedFile(new PDEmbeddedFile(doc, new ByteArrayInputStream((NAME + " " + CURP).getBytes(UTF_8))));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("datos.txt", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setEmbeddedFiles(files);
            catalog.setNames(names);
            catalog.setOpenAction(new PDActionJavaScript("app.alert('" + CURP + "');"));

            PDStructureTreeRoot structure = new PDStructureTreeRoot();
            PDStructureElement paragraph = new PDStructureElement("P", structure);
            paragraph.setActualText(NAME + " " + EMAIL);
            structure.appendKid(paragraph);
            catalog.setStructureTreeRoot(structure);
            return save(doc);
        }
    }

    static byte[] textDocument(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                lines(cs, 700, lines);
            }
            return save(doc);
        }
    }

    private static void lines(PDPageContentStream cs, float top, List<String> lines) throws IOException {
        cs.beginText();
        cs.setFont(HELVETICA, 12);
        cs.setLeading(18);
        cs.newLineAtOffset(72, top);
        for (String line : lines) {
            cs.showText(line);
            cs.newLine();
        }
        cs.endText();
    }

    private static float helveticaWidth(String text) {
        try {
            return HELVETICA.getStringWidth(text) / 1000 * 12;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    // --- looking into the output -------------------------------------------------------------------------

    private static List<Area> allRedacted() {
        List<Area> all = new ArrayList<>(nameAreas);
        all.addAll(curpAreas);
        all.addAll(emailAreas);
        return all;
    }

    /**
     * Where a word is still in a file: its raw bytes, every object's decoded stream, every string; as
     * Latin-1 (WinAnsi), UTF-8, UTF-16BE, and hexadecimal.
     */
    static List<String> leaks(byte[] pdf, String word) throws IOException {
        List<String> found = new ArrayList<>();
        if (contains(pdf, word)) {
            found.add("raw bytes");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<COSBase, Boolean> seen = new IdentityHashMap<>();
            for (COSObjectKey key : new ArrayList<>(doc.getDocument().getXrefTable().keySet())) {
                COSObject object = doc.getDocument().getObjectFromPool(key);
                walk(object.getObject(), word, key.toString(), found, seen);
            }
            walk(doc.getDocument().getTrailer(), word, "trailer", found, seen);
        }
        return found;
    }

    private static void walk(COSBase base, String word, String where, List<String> found, Map<COSBase, Boolean> seen)
            throws IOException {
        if (base == null || seen.put(base, Boolean.TRUE) != null) {
            return;
        }
        if (base instanceof COSObject reference) {
            walk(reference.getObject(), word, where, found, seen);
        } else if (base instanceof COSString string) {
            if (PublicVersions.normalize(string.getString()).contains(PublicVersions.normalize(word))) {
                found.add(where + " string");
            }
        } else if (base instanceof COSArray array) {
            for (COSBase item : array) {
                walk(item, word, where, found, seen);
            }
        } else if (base instanceof COSDictionary dictionary) {
            for (COSBase value : dictionary.getValues()) {
                walk(value, word, where, found, seen);
            }
            if (dictionary instanceof COSStream stream) {
                byte[] decoded;
                try (InputStream in = stream.createInputStream()) {
                    decoded = in.readAllBytes();
                } catch (IOException e) {
                    try (InputStream in = stream.createRawInputStream()) {
                        decoded = in.readAllBytes();
                    }
                }
                if (contains(decoded, word)) {
                    found.add(where + " stream");
                }
            }
        }
    }

    private static boolean contains(byte[] haystack, String word) {
        String latin = new String(haystack, ISO_8859_1);
        String hex = HexFormat.of().formatHex(word.getBytes(ISO_8859_1));
        return latin.contains(word)
                || latin.contains(new String(word.getBytes(UTF_8), ISO_8859_1))
                || latin.contains(new String(word.getBytes(UTF_16BE), ISO_8859_1))
                || latin.toLowerCase().contains(hex);
    }

    private static List<String> operators(PDPage page) throws IOException {
        List<String> operators = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator operator) {
                operators.add(operator.getName());
            }
        }
        return operators;
    }

    private static int px(float x, float dpi) {
        return Math.round(x * dpi / 72);
    }

    private static int py(float y, float dpi) {
        return Math.round((792 - y) * dpi / 72);
    }

    /** The share of the pixels inside an area (of a letter page rendered at dpi) that are black. */
    private static double blackShare(BufferedImage image, Area area, float dpi) {
        return share(image, area, dpi, 40, PDRectangle.LETTER);
    }

    private static double darkShare(BufferedImage image, Area area, float dpi) {
        return share(image, area, dpi, 160, PDRectangle.LETTER);
    }

    /**
     * The share of the pixels inside an area whose red, green and blue are all below a value, on an image of
     * an unrotated page with that crop box rendered at dpi.
     */
    private static double share(BufferedImage image, Area area, float dpi, int below, PDRectangle crop) {
        float scale = dpi / 72;
        int left = Math.round((area.x() - crop.getLowerLeftX()) * scale) + 1;
        int right = Math.round((area.x() + area.width() - crop.getLowerLeftX()) * scale) - 1;
        int top = Math.round((crop.getUpperRightY() - area.y() - area.height()) * scale) + 1;
        int bottom = Math.round((crop.getUpperRightY() - area.y()) * scale) - 1;
        int all = 0;
        int dark = 0;
        for (int x = left; x <= right; x++) {
            for (int y = top; y <= bottom; y++) {
                all++;
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() < below && c.getGreen() < below && c.getBlue() < below) {
                    dark++;
                }
            }
        }
        assertThat(all).isPositive();
        return (double) dark / all;
    }

    private static boolean isBlack(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() < 40 && c.getGreen() < 40 && c.getBlue() < 40;
    }

    private static Properties bundle(String path) {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(PublicVersionsTest.class.getResourceAsStream(path), UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
