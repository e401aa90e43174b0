import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws Apertura's mark (src/main/resources/static/favicon.svg: a door standing open, light coming through)
 * with the JDK alone and writes the raster icons next to it: apple-touch-icon.png (180 px), icon-192.png,
 * icon-512.png and favicon.ico (one 32 px PNG inside an ICO container, which every current browser reads).
 * The geometry is the SVG's, on its 64-unit grid. Run from the repository root, then commit the files:
 *
 *   java tools/icons/RenderIcons.java
 */
public class RenderIcons {

    static final Color BRAND = new Color(0x0b5f53);
    static final Color LIGHT = new Color(0xffbf47);
    static final Color WHITE = Color.WHITE;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/static");
        Files.write(dir.resolve("apple-touch-icon.png"), png(draw(180, false)));
        Files.write(dir.resolve("icon-192.png"), png(draw(192, false)));
        Files.write(dir.resolve("icon-512.png"), png(draw(512, false)));
        Files.write(dir.resolve("favicon.ico"), ico(png(draw(32, true)), 32));
    }

    /** The mark at {@code size} pixels; Apple's icon is square (iOS rounds it), the favicon keeps its corners. */
    static BufferedImage draw(int size, boolean rounded) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 64.0, size / 64.0);
        g.setColor(BRAND);
        g.fill(rounded ? new RoundRectangle2D.Double(0, 0, 64, 64, 24, 24) : new java.awt.geom.Rectangle2D.Double(0, 0, 64, 64));
        g.setColor(LIGHT);
        g.fill(new java.awt.geom.Rectangle2D.Double(20, 12, 26, 42));
        g.setColor(WHITE);
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        Path2D frame = new Path2D.Double();
        frame.moveTo(20, 12);
        frame.lineTo(46, 12);
        frame.lineTo(46, 54);
        g.draw(frame);
        Path2D door = new Path2D.Double();
        door.moveTo(20, 12);
        door.lineTo(33, 7);
        door.lineTo(33, 59);
        door.lineTo(20, 54);
        door.closePath();
        g.fill(door);
        g.setColor(BRAND);
        g.fill(new Ellipse2D.Double(28, 32, 4, 4));
        g.setColor(WHITE);
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(12, 54, 52, 54));
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An ICO file holding one PNG image (ICONDIR, one ICONDIRENTRY, the PNG). */
    static byte[] ico(byte[] png, int size) {
        ByteBuffer b = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        b.put((byte) size).put((byte) size).put((byte) 0).put((byte) 0);
        b.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        b.put(png);
        return b.array();
    }
}
