package org.apertura.jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.media.GeoBox;
import org.apertura.platform.media.PlaceBounds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The boxes jurisdictions' points must lie in ({@link PlaceBounds}): configured data, {@code geo/jurisdiction-bounds.csv},
 * keyed by the INEGI code the directory keeps, each with its source and whether it is approximate. A jurisdiction with
 * no box of its own takes its nearest ancestor's (a municipality without one, its state's).
 */
@Component
class JurisdictionBounds implements PlaceBounds {

    static final String FILE = "/geo/jurisdiction-bounds.csv";

    private final JurisdictionRepository jurisdictions;
    private final Map<String, GeoBox> byInegiCode;

    JurisdictionBounds(JurisdictionRepository jurisdictions) {
        this.jurisdictions = jurisdictions;
        this.byInegiCode = read();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GeoBox> of(Long jurisdictionId) {
        if (jurisdictionId == null) {
            return Optional.empty();
        }
        for (Jurisdiction j = jurisdictions.findById(jurisdictionId).orElse(null); j != null; j = j.getParent()) {
            GeoBox box = j.getInegiCode() == null ? null : byInegiCode.get(j.getInegiCode());
            if (box != null) {
                return Optional.of(new GeoBox(j.getName(), box.south(), box.north(), box.west(), box.east(),
                        box.approximate(), box.source()));
            }
        }
        return Optional.empty();
    }

    /** The configured boxes by INEGI code (their place is named by the directory when asked). */
    static Map<String, GeoBox> read() {
        Map<String, GeoBox> boxes = new HashMap<>();
        try (InputStream in = JurisdictionBounds.class.getResourceAsStream(FILE)) {
            if (in == null) {
                return boxes;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split(",", 7);
                boxes.put(f[0], new GeoBox(f[0], new BigDecimal(f[1]), new BigDecimal(f[2]), new BigDecimal(f[3]),
                        new BigDecimal(f[4]), "yes".equals(f[5]), f[6]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(boxes);
    }
}
