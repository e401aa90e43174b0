package org.apertura.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

/**
 * What platform.media keeps of what people upload: the picture without its EXIF and GPS (a JPEG as a phone writes it),
 * a WebP without its metadata chunks, a PDF without its author, nothing of an executable however it is named; a point
 * only within Mexico; and the SVG map of points.
 */
class MediaTest {

    private static final Set<String> ALL = Set.of(Images.JPEG, Images.PNG, Images.WEBP);

    @Test
    void aPhonesJpegIsStoredWithoutItsExifAndGpsPosition() throws Exception {
        byte[] phone = MediaFixtures.jpegWithGps();
        assertThat(app1Segments(phone)).as("the fixture carries an Exif APP1 segment").isEqualTo(1);
        assertThat(MediaFixtures.contains(phone, "Exif\0\0".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(MediaFixtures.contains(phone, MediaFixtures.MAKE.getBytes(StandardCharsets.US_ASCII))).isTrue();

        Images.Clean clean = Images.clean(phone, ALL).orElseThrow();

        assertThat(clean.type()).isEqualTo(Images.JPEG);
        assertThat(app1Segments(clean.bytes())).as("no APP1 (Exif, XMP) is left").isZero();
        assertThat(MediaFixtures.contains(clean.bytes(), "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(MediaFixtures.contains(clean.bytes(), MediaFixtures.MAKE.getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        byte[] latitude = {0, 0, 0, 24, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0x0F, (byte) 0xB4};
        assertThat(MediaFixtures.contains(phone, latitude)).isTrue();
        assertThat(MediaFixtures.contains(clean.bytes(), latitude)).as("the GPS latitude's rationals").isFalse();
        var picture = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        assertThat(picture.getWidth()).isEqualTo(64);
        assertThat(picture.getHeight()).isEqualTo(48);
    }

    @Test
    void onlyPicturesOfTheAcceptedTypesPassWhateverTheirName() {
        assertThat(Images.clean(MediaFixtures.executable(), ALL)).isEmpty();
        assertThat(Images.clean(MediaFixtures.pdfByAuthor("Ana"), ALL)).isEmpty();
        assertThat(Images.clean(new byte[0], ALL)).isEmpty();
        byte[] truncated = java.util.Arrays.copyOf(MediaFixtures.jpeg(40, 30), 40);
        assertThat(Images.clean(truncated, ALL)).isEmpty();
        assertThat(Images.clean(MediaFixtures.jpeg(40, 30), Set.of(Images.PNG))).isEmpty();
        assertThat(Images.clean(webp(true), Set.of(Images.JPEG, Images.PNG))).isEmpty();
    }

    @Test
    void aWebpKeepsItsImageChunksAndLosesItsExifAndXmp() {
        byte[] tagged = webp(true);
        assertThat(MediaFixtures.contains(tagged, "EXIF".getBytes(StandardCharsets.US_ASCII))).isTrue();

        Images.Clean clean = Images.clean(tagged, ALL).orElseThrow();

        assertThat(clean.type()).isEqualTo(Images.WEBP);
        String text = new String(clean.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("RIFF").contains("WEBPVP8X", "VP8L").doesNotContain("EXIF", "XMP ", "24.0277");
        assertThat(clean.bytes()[20] & 0x2C).as("the VP8X flags of ICC, EXIF and XMP are cleared").isZero();
        int riff = (clean.bytes()[4] & 0xff) | (clean.bytes()[5] & 0xff) << 8 | (clean.bytes()[6] & 0xff) << 16;
        assertThat(riff + 8).as("the RIFF size is the new file's").isEqualTo(clean.bytes().length);
        byte[] broken = java.util.Arrays.copyOf(tagged, 30);
        broken[4] = (byte) 0xff; // a RIFF size beyond the file
        assertThat(Images.clean(broken, ALL)).isEmpty();
    }

    @Test
    void aPdfLosesItsAuthorAndAnythingElseIsRefused() throws Exception {
        byte[] signed = MediaFixtures.pdfByAuthor("María Pérez Soto");

        Documents.Clean clean = Documents.cleanPdf(signed).orElseThrow();

        assertThat(clean.pages()).isEqualTo(1);
        try (PDDocument document = Loader.loadPDF(clean.bytes())) {
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
            assertThat(document.getDocumentInformation().getCreator()).isNull();
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
        }
        assertThat(Documents.cleanPdf(MediaFixtures.executable())).isEmpty();
        assertThat(Documents.cleanPdf("%PDF-1.7 but nothing else".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(Documents.cleanPdf(MediaFixtures.jpeg(10, 10))).isEmpty();
    }

    @Test
    void aPointMustBeWithinMexicoWithBothCoordinates() {
        assertThat(GeoPoint.of(new BigDecimal("24.0277"), new BigDecimal("-104.6532"), "latitude").point())
                .contains(new GeoPoint(new BigDecimal("24.0277"), new BigDecimal("-104.6532")));
        assertThat(GeoPoint.of(null, null, "latitude").point()).isEmpty();
        assertThat(GeoPoint.of(null, null, "latitude").problem()).isEmpty();
        for (BigDecimal[] wrong : List.of(new BigDecimal[] {new BigDecimal("40.4168"), new BigDecimal("-3.7038")},
                new BigDecimal[] {new BigDecimal("24.0277"), null}, new BigDecimal[] {new BigDecimal("-104.65"),
                        new BigDecimal("24.02")})) {
            GeoPoint.Result result = GeoPoint.of(wrong[0], wrong[1], "latitude");
            assertThat(result.point()).isEmpty();
            assertThat(result.problem()).get().extracting(p -> p.messageKey()).isEqualTo("media.validation.point");
        }
        // within a jurisdiction's box when there is one (ADR 0084): inside, its edge, outside naming the place
        GeoBox durango = new GeoBox("Durango", new BigDecimal("22.25"), new BigDecimal("26.85"),
                new BigDecimal("-107.25"), new BigDecimal("-102.45"), true, "test");
        assertThat(GeoPoint.of(new BigDecimal("24.0277"), new BigDecimal("-104.6532"), "latitude",
                java.util.Optional.of(durango)).point()).isPresent();
        assertThat(GeoPoint.of(new BigDecimal("22.25"), new BigDecimal("-102.45"), "latitude",
                java.util.Optional.of(durango)).point()).isPresent();
        GeoPoint.Result monterrey = GeoPoint.of(new BigDecimal("25.6866"), new BigDecimal("-100.3161"), "latitude",
                java.util.Optional.of(durango));
        assertThat(monterrey.point()).isEmpty();
        assertThat(monterrey.problem()).get().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("media.validation.pointOutside");
            assertThat(p.args()).containsExactly("Durango", "22.25", "26.85", "-107.25", "-102.45");
        });
        // outside Mexico stays Mexico's problem, box or not
        assertThat(GeoPoint.of(new BigDecimal("40.4168"), new BigDecimal("-3.7038"), "latitude",
                java.util.Optional.of(durango)).problem()).get().extracting(p -> p.messageKey())
                .isEqualTo("media.validation.point");
    }

    @Test
    void theMapPlacesPointsInItsBoxAndDrawsEachAsALinkedTitledMark() {
        record Thing(String name, BigDecimal lat, BigDecimal lon) {
        }
        List<Thing> things = List.of(new Thing("a", new BigDecimal("24.0"), new BigDecimal("-104.7")),
                new Thing("sin punto", null, null), new Thing("b", new BigDecimal("24.1"), new BigDecimal("-104.6")));
        List<PointMap.Placed<Thing>> placed = PointMap.place(things, Thing::lat, Thing::lon);
        assertThat(placed).extracting(p -> p.item().name()).containsExactly("a", "b");
        assertThat(placed).allSatisfy(p -> {
            assertThat(p.x()).isBetween(0.0, (double) PointMap.WIDTH);
            assertThat(p.y()).isBetween(0.0, (double) PointMap.HEIGHT);
        });
        assertThat(placed.get(0).y()).as("north is up").isGreaterThan(placed.get(1).y());
        String svg = PointMap.svg(List.of(new PointMap.Mark(placed.get(0).x(), placed.get(0).y(), "/x/1", "1. <A> & B",
                "1", PointMap.Shape.CROSS)));
        assertThat(svg).contains("<a href=\"/x/1\">", "<title>1. &lt;A&gt; &amp; B</title>", "stroke=\"#a40e26\"")
                .doesNotContain("http", "<image");
    }

    /** A small WebP container: a VP8X header (flags: EXIF and XMP), a VP8L frame's header, EXIF and XMP chunks. */
    private static byte[] webp(boolean metadata) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        byte[] vp8x = {(byte) (metadata ? 0x0C : 0), 0, 0, 0, 9, 0, 0, 4, 0, 0}; // 10 × 5 pixels
        chunk(chunks, "VP8X", vp8x);
        chunk(chunks, "VP8L", new byte[] {0x2f, 9, (byte) 0x10, 0, 0, 1, 2, 3, 4});
        if (metadata) {
            chunk(chunks, "EXIF", "MM\0*GPS 24.0277 -104.6532".getBytes(StandardCharsets.ISO_8859_1));
            chunk(chunks, "XMP ", "<x:xmpmeta>Ana</x:xmpmeta>".getBytes(StandardCharsets.ISO_8859_1));
        }
        byte[] body = chunks.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        int size = body.length + 4;
        out.write(size);
        out.write(size >> 8);
        out.write(size >> 16);
        out.write(size >> 24);
        out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String fourCc, byte[] payload) {
        out.writeBytes(fourCc.getBytes(StandardCharsets.US_ASCII));
        out.write(payload.length);
        out.write(payload.length >> 8);
        out.write(payload.length >> 16);
        out.write(payload.length >> 24);
        out.writeBytes(payload);
        if (payload.length % 2 == 1) {
            out.write(0);
        }
    }

    /** How many APP1 segments (Exif, XMP) the JPEG's metadata holds, as the JDK's reader sees them. */
    private static int app1Segments(byte[] jpeg) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
            ImageReader reader = readers.next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node tree = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            return count(tree);
        }
    }

    private static int count(Node node) {
        int n = 0;
        if ("unknown".equals(node.getNodeName()) && node.getAttributes() != null
                && "225".equals(node.getAttributes().getNamedItem("MarkerTag").getNodeValue())) {
            n++;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            n += count(child);
        }
        return n;
    }
}
