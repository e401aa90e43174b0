package org.apertura.participation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apertura.platform.storage.FileTypes;

/**
 * A project's image as people may see it: only a JPEG or PNG picture (its type read from its bytes, never from its
 * name, so an executable renamed .jpg is refused), drawn again from its pixels, so nothing else it carried — EXIF,
 * the GPS position of the phone that took it, comments — is kept.
 */
final class ProjectImages {

    /** The picture's bytes as stored and its type. */
    record Clean(byte[] bytes, String type) {
    }

    private ProjectImages() {
    }

    static Optional<Clean> clean(byte[] content, String fileName) {
        Optional<String> type = FileTypes.detect(content, fileName)
                .filter(t -> t.equals("image/jpeg") || t.equals("image/png"));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(content));
            if (picture == null || picture.getWidth() > 10_000 || picture.getHeight() > 10_000) {
                return Optional.empty();
            }
            boolean png = type.get().equals("image/png");
            BufferedImage drawn = picture;
            if (!png && picture.getType() != BufferedImage.TYPE_INT_RGB) {
                drawn = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
                drawn.getGraphics().drawImage(picture, 0, 0, null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(drawn, png ? "png" : "jpeg", out)) {
                return Optional.empty();
            }
            return Optional.of(new Clean(out.toByteArray(), type.get()));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
