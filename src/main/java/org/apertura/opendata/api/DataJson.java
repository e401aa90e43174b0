package org.apertura.opendata.api;

import org.apertura.platform.PlatformProperties;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.jurisdiction.Institution;
import org.apertura.opendata.DataTheme;
import org.apertura.platform.PublicUrl;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The catalog as a Project Open Data v1.1 {@code data.json} (the US "DCAT-US" catalog that data.gov and many
 * harvesters read), valid against its JSON Schema (DataJsonTest).
 *
 * <p>Two of its required fields only mean something for US federal agencies: {@code bureauCode} and
 * {@code programCode} carry the placeholders {@code 000:00} and {@code 000:000}. {@code contactPoint} needs an
 * e-mail: a dataset without one gives the site's contact address ({@code apertura.contact.email}, else the privacy
 * contact, else the sender address). {@code keyword} needs one word at least: a dataset without keywords gives its
 * themes' names, or its institution's.
 */
@Component
class DataJson {

    static final String CONFORMS_TO = "https://project-open-data.cio.gov/v1.1/schema";

    private final CkanDicts dicts;
    private final PublicUrl url;
    private final String siteContact;

    DataJson(CkanDicts dicts, PublicUrl url, PlatformProperties settings) {
        String contact = settings.contact().email();
        String privacy = settings.privacy().contactEmail();
        String from = settings.mail().from();
        this.dicts = dicts;
        this.url = url;
        this.siteContact = !contact.isBlank() ? contact.strip() : !privacy.isBlank() ? privacy.strip() : from.strip();
    }

    /**
     * Writes the catalog of these datasets, loading and writing them 500 at a time, so that a catalog of 50,000
     * datasets never sits in memory whole.
     */
    void write(OutputStream out, List<Long> ids, Map<String, Institution> institutions, ObjectMapper json)
            throws IOException {
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@context", "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld");
        catalog.put("@id", url.of("/data.json"));
        catalog.put("@type", "dcat:Catalog");
        catalog.put("conformsTo", CONFORMS_TO);
        catalog.put("describedBy", "https://project-open-data.cio.gov/v1.1/schema/catalog.json");
        String head = json.writeValueAsString(catalog);
        out.write(head.substring(0, head.length() - 1).getBytes(StandardCharsets.UTF_8));
        out.write(",\"dataset\":[".getBytes(StandardCharsets.UTF_8));
        boolean first = true;
        for (int from = 0; from < ids.size(); from += 500) {
            for (CkanDicts.Dataset d : dicts.load(ids.subList(from, Math.min(ids.size(), from + 500)))) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                out.write(json.writeValueAsBytes(dataset(d, institutions.get(d.institution()))));
            }
        }
        out.write("]}".getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> dataset(CkanDicts.Dataset d, Institution institution) {
        String publisher = institution == null ? d.institution() : institution.getName();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "dcat:Dataset");
        m.put("identifier", d.uid());
        m.put("title", d.title());
        m.put("description", d.description());
        List<String> keywords = new ArrayList<>(d.keywords());
        if (keywords.isEmpty()) {
            d.themes().forEach(t -> keywords.add(dicts.themeTitle(t)));
        }
        if (keywords.isEmpty()) {
            keywords.add(publisher);
        }
        m.put("keyword", keywords);
        m.put("modified", (d.modified() == null ? d.metadataModified() : d.modified()).toString());
        if (d.issued() != null) {
            m.put("issued", d.issued().toString());
        }
        m.put("publisher", Map.of("@type", "org:Organization", "name", publisher));
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("@type", "vcard:Contact");
        contact.put("fn", d.contactName() != null ? d.contactName() : publisher);
        contact.put("hasEmail", "mailto:" + (d.contactEmail() != null ? d.contactEmail() : siteContact));
        m.put("contactPoint", contact);
        m.put("accessLevel", "public");
        m.put("bureauCode", List.of("000:00"));
        m.put("programCode", List.of("000:000"));
        m.put("license", d.licence().url());
        m.put("landingPage", d.landingPage() == null ? dicts.datasetPage(d.name()) : d.landingPage());
        m.put("accrualPeriodicity", d.frequency().iso8601());
        m.put("language", List.of("es-MX"));
        if (!d.spatial().isEmpty()) {
            m.put("spatial", "INEGI " + String.join(", ", d.spatial()));
        }
        if (d.temporalStart() != null && d.temporalEnd() != null) {
            m.put("temporal", d.temporalStart() + "/" + d.temporalEnd());
        }
        if (!d.themes().isEmpty()) {
            m.put("theme", d.themes().stream().map(DataTheme::uri).toList());
        }
        if (!d.resources().isEmpty()) {
            List<Map<String, Object>> distributions = new ArrayList<>();
            for (CkanDicts.Resource r : d.resources()) {
                Map<String, Object> dist = new LinkedHashMap<>();
                dist.put("@type", "dcat:Distribution");
                dist.put("title", r.name());
                if (r.description() != null && !r.description().isBlank()) {
                    dist.put("description", r.description());
                }
                String address = dicts.resourceUrl(d, r);
                if (r.isFile()) {
                    dist.put("downloadURL", address);
                    if (r.mediaType() != null && r.mediaType().matches("[-\\w]+/[-\\w]+(\\.[-\\w]+)*([+][-\\w]+)?")) {
                        dist.put("mediaType", r.mediaType());
                    }
                } else {
                    dist.put("accessURL", address);
                }
                if (r.format() != null && !r.format().isBlank()) {
                    dist.put("format", r.format());
                }
                distributions.add(dist);
            }
            m.put("distribution", distributions);
        }
        return m;
    }
}
