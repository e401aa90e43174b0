package org.apertura.infographics;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apertura.platform.kits.Adaptation;
import org.apertura.platform.kits.ContentLicence;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.kits.KitReader;
import org.apertura.platform.kits.KitWriter;
import org.apertura.platform.time.Today;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A norm's citizen version as a reusable kit (issue 18, docs/KITS.md): {@code norm.json} with the norm's facts (type,
 * title, gazette, date, official address, version) and its whole citizen version, written by {@link KitWriter} under
 * CC-BY-4.0 with the institution and the norm as the attribution. Another government's editor of norms reads it
 * ({@link #read}) into the form of a new norm of their institution: a citizen version cites the articles of its own
 * norm, so it is never published as it came — the editor adapts it (their norm's title, gazette, date, official text
 * and articles) and publishes it with the attribution kept ({@link NormService#importNorm}). Reading writes nothing.
 */
@Service
public class NormKit {

    public static final String KIND = "norm";
    static final String FILE = "norm.json";

    private final NormService norms;
    private final PublicUrl publicUrl;
    private final Today today;
    private final ObjectMapper json;

    NormKit(NormService norms, PublicUrl publicUrl, Today today, ObjectMapper json) {
        this.norms = norms;
        this.publicUrl = publicUrl;
        this.today = today;
        this.json = json;
    }

    /** What a kit gives the editor's form: the norm's type and title, its citizen version and the attribution. */
    public record Read(NormType type, String title, CitizenVersion citizenVersion, Adaptation origin) {
    }

    /** The kit's file name, e.g. {@code kit-manual-de-apoyos.zip}. */
    public String fileName(String slug) {
        return KitWriter.fileName(slug, "norma", 0);
    }

    /** The kit of a published norm's current citizen version. */
    public byte[] zip(String slug) {
        NormView norm = norms.find(slug).orElseThrow(() -> new NotFoundException("norm"));
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("slug", norm.slug());
        texts.put("type", norm.type().name());
        texts.put("title", norm.title());
        texts.put("gazette", norm.gazette());
        texts.put("publishedOn", norm.publishedOn().toString());
        texts.put("officialUrl", norm.officialUrl());
        texts.put("version", norm.version());
        texts.put("citizenVersion", norm.citizenVersion());
        ContentLicence licence = ContentLicence.CC_BY_4_0;
        KitWriter.Header header = new KitWriter.Header(KIND, norm.title(), licence.id(), licence.url(),
                norm.institutionName(), norm.title(), null, today.date(), publicUrl.of("/normas/" + norm.slug()));
        return KitWriter.zip(header, FILE, texts, null, json);
    }

    /**
     * The kit's norm as the editor's form starts from, or a refusal naming the first problem (a bad kit, an unknown
     * type, a title too short or long, a citizen version a norm could not publish).
     */
    public Read read(InputStream kit) {
        KitReader.Kit read = KitReader.read(kit, json).requireKind(KIND);
        Adaptation origin = Adaptation.of(read.origin());
        JsonNode texts = read.file(FILE, json);
        NormType type = KitReader.choice(texts, "type", NormType.class);
        String title = KitReader.text(texts, "title");
        if (title == null || title.length() < 5 || title.length() > 300) {
            throw KitReader.refused("kit.error.text", "title");
        }
        CitizenVersion version;
        try {
            version = json.treeToValue(texts.path("citizenVersion"), CitizenVersion.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw KitReader.refused("kit.error.text", "citizenVersion");
        }
        if (version == null || !version.problems().isEmpty()) {
            throw KitReader.refused("kit.error.text", "citizenVersion");
        }
        return new Read(type, title, version, origin);
    }
}
