package org.apertura.opendata.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apertura.jurisdiction.Institution;
import org.apertura.opendata.DataTheme;
import org.apertura.platform.PublicUrl;
import org.springframework.stereotype.Component;

/**
 * The catalog in DCAT-AP 3, mapped as ckanext-dcat's {@code euro_dcat_ap_3} profile maps a CKAN site: each dataset
 * with {@code dct:title}, {@code dct:description}, {@code dcat:keyword}, {@code dct:identifier}, {@code dct:issued},
 * {@code dct:modified}, {@code dcat:landingPage}, {@code dct:accrualPeriodicity} (EU frequency URIs),
 * {@code dct:publisher} (a {@code foaf:Agent}), {@code dcat:contactPoint} (a {@code vcard:Kind} with
 * {@code vcard:hasEmail}), {@code dcat:theme} (EU data themes), {@code dct:spatial} (INEGI keys),
 * {@code dct:temporal}, {@code dct:language}; each resource a {@code dcat:Distribution} with {@code dcat:accessURL},
 * {@code dcat:downloadURL} (files), {@code dcat:mediaType} (IANA URI), {@code dct:format} (EU file type),
 * {@code dct:license}, {@code dcat:byteSize} and its SHA-256 as an {@code spdx:Checksum}. Every object that DCAT-AP's
 * range shapes constrain is typed (a licence is a {@code dct:LicenseDocument}, a theme a {@code skos:Concept} with a
 * label…), so that the output passes the official SHACL shapes with no violation (DcatTest).
 */
@Component
class DcatCatalog {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language/SPA";
    static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    static final String IANA = "https://www.iana.org/assignments/media-types/";
    static final String THEMES = "http://publications.europa.eu/resource/authority/data-theme";

    /** ckanext-dcat's {@code ckanext.dcat.datasets_per_page}. */
    static final int PER_PAGE = 100;

    private final CkanDicts dicts;
    private final PublicUrl url;

    DcatCatalog(CkanDicts dicts, PublicUrl url) {
        this.dicts = dicts;
        this.url = url;
    }

    /** A new model with the prefixes DCAT-AP documents use. */
    static Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dcat", DCAT);
        m.setNsPrefix("dct", DCT);
        m.setNsPrefix("foaf", FOAF);
        m.setNsPrefix("vcard", VCARD);
        m.setNsPrefix("skos", SKOS);
        m.setNsPrefix("spdx", SPDX);
        m.setNsPrefix("hydra", HYDRA);
        m.setNsPrefix("xsd", XSDDatatype.XSD + "#");
        m.setNsPrefix("rdf", RDF.getURI());
        return m;
    }

    String catalogUri() {
        return url.of("/datos");
    }

    /** The catalog node: title, description, publisher, home page, language, theme taxonomy. */
    Resource catalog(Model m, Instant modified) {
        Resource catalog = m.createResource(catalogUri()).addProperty(RDF.type, m.createResource(DCAT + "Catalog"))
                .addProperty(p(m, DCT, "title"), m.createLiteral("Apertura — Catálogo de datos abiertos", "es"))
                .addProperty(p(m, DCT, "description"), m.createLiteral("Los conjuntos de datos que publican las "
                        + "instituciones en Apertura, plataforma de gobierno abierto local.", "es"))
                .addProperty(p(m, FOAF, "homepage"), document(m, catalogUri()))
                .addProperty(p(m, DCT, "language"), language(m))
                .addProperty(p(m, DCAT, "themeTaxonomy"), m.createResource(THEMES)
                        .addProperty(RDF.type, m.createResource(SKOS + "ConceptScheme"))
                        .addProperty(p(m, DCT, "title"), m.createLiteral("Data theme", "en")));
        Resource publisher = m.createResource(url.base() + "/")
                .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                .addProperty(p(m, FOAF, "name"), m.createLiteral("Apertura", "es"));
        catalog.addProperty(p(m, DCT, "publisher"), publisher);
        if (modified != null) {
            catalog.addProperty(p(m, DCT, "modified"), dateTime(m, modified));
        }
        return catalog;
    }

    /** Hydra paging as ckanext-dcat writes it: first, last, next and previous pages, items per page and total. */
    void paging(Model m, String pageBase, int page, int total, String extraQuery) {
        int last = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        Resource paged = m.createResource(pageUrl(pageBase, page, extraQuery))
                .addProperty(RDF.type, m.createResource(HYDRA + "PagedCollection"))
                .addLiteral(p(m, HYDRA, "totalItems"), m.createTypedLiteral(total, XSDDatatype.XSDinteger))
                .addLiteral(p(m, HYDRA, "itemsPerPage"), m.createTypedLiteral(PER_PAGE, XSDDatatype.XSDinteger))
                .addProperty(p(m, HYDRA, "firstPage"), pageUrl(pageBase, 1, extraQuery))
                .addProperty(p(m, HYDRA, "lastPage"), pageUrl(pageBase, last, extraQuery));
        if (page < last) {
            paged.addProperty(p(m, HYDRA, "nextPage"), pageUrl(pageBase, page + 1, extraQuery));
        }
        if (page > 1) {
            paged.addProperty(p(m, HYDRA, "previousPage"), pageUrl(pageBase, Math.min(page - 1, last), extraQuery));
        }
    }

    private static String pageUrl(String base, int page, String extraQuery) {
        return base + "?" + (extraQuery.isEmpty() ? "" : extraQuery + "&") + "page=" + page;
    }

    /** A dataset and its distributions, linked from the catalog when one is given. */
    Resource dataset(Model m, CkanDicts.Dataset d, Map<String, Institution> institutions) {
        Resource ds = m.createResource(url.of("/datos/" + d.name()))
                .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .addProperty(p(m, DCT, "title"), m.createLiteral(d.title(), "es"))
                .addProperty(p(m, DCT, "description"), m.createLiteral(d.description(), "es"))
                .addProperty(p(m, DCT, "identifier"), d.uid())
                .addProperty(p(m, DCAT, "landingPage"), document(m, d.landingPage() == null
                        ? dicts.datasetPage(d.name()) : d.landingPage()))
                .addProperty(p(m, DCT, "accrualPeriodicity"), m.createResource(d.frequency().euUri())
                        .addProperty(RDF.type, m.createResource(DCT + "Frequency")))
                .addProperty(p(m, DCT, "language"), language(m))
                .addProperty(p(m, DCT, "modified"), dateTime(m, d.modified() == null ? d.metadataModified()
                        : d.modified()));
        if (d.issued() != null) {
            ds.addProperty(p(m, DCT, "issued"), dateTime(m, d.issued()));
        }
        for (String keyword : d.keywords()) {
            ds.addProperty(p(m, DCAT, "keyword"), m.createLiteral(keyword, "es"));
        }
        for (DataTheme theme : d.themes()) {
            ds.addProperty(p(m, DCAT, "theme"), m.createResource(theme.uri())
                    .addProperty(RDF.type, m.createResource(SKOS + "Concept"))
                    .addProperty(p(m, SKOS, "prefLabel"), m.createLiteral(dicts.themeTitle(theme), "es"))
                    .addProperty(p(m, SKOS, "inScheme"), m.createResource(THEMES)));
        }
        Institution institution = institutions.get(d.institution());
        ds.addProperty(p(m, DCT, "publisher"), m.createResource(url.of("/instituciones/" + d.institution()))
                .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                .addProperty(RDF.type, m.createResource(FOAF + "Organization"))
                .addProperty(p(m, FOAF, "name"), m.createLiteral(institution == null ? d.institution()
                        : institution.getName(), "es")));
        if (d.contactName() != null || d.contactEmail() != null) {
            Resource contact = m.createResource().addProperty(RDF.type, m.createResource(VCARD + "Kind"))
                    .addProperty(RDF.type, m.createResource(VCARD + "Organization"))
                    .addProperty(p(m, VCARD, "fn"), d.contactName() != null ? d.contactName()
                            : institution == null ? d.institution() : institution.getName());
            if (d.contactEmail() != null) {
                contact.addProperty(p(m, VCARD, "hasEmail"), m.createResource("mailto:" + d.contactEmail()));
            }
            ds.addProperty(p(m, DCAT, "contactPoint"), contact);
        }
        for (String key : d.spatial()) {
            ds.addProperty(p(m, DCT, "spatial"), m.createResource()
                    .addProperty(RDF.type, m.createResource(DCT + "Location"))
                    .addProperty(p(m, DCT, "identifier"), key)
                    .addProperty(p(m, SKOS, "prefLabel"), m.createLiteral(spatialLabel(key), "es")));
        }
        if (d.temporalStart() != null || d.temporalEnd() != null) {
            Resource period = m.createResource().addProperty(RDF.type, m.createResource(DCT + "PeriodOfTime"));
            if (d.temporalStart() != null) {
                period.addProperty(p(m, DCAT, "startDate"), date(m, d.temporalStart()));
            }
            if (d.temporalEnd() != null) {
                period.addProperty(p(m, DCAT, "endDate"), date(m, d.temporalEnd()));
            }
            ds.addProperty(p(m, DCT, "temporal"), period);
        }
        for (CkanDicts.Resource r : d.resources()) {
            ds.addProperty(p(m, DCAT, "distribution"), distribution(m, d, r));
        }
        return ds;
    }

    private Resource distribution(Model m, CkanDicts.Dataset d, CkanDicts.Resource r) {
        String address = dicts.resourceUrl(d, r);
        Resource dist = m.createResource(url.of("/datos/" + d.name() + "/recursos/" + r.id()))
                .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                .addProperty(p(m, DCT, "title"), m.createLiteral(r.name(), "es"))
                .addProperty(p(m, DCAT, "accessURL"), m.createResource(address))
                .addProperty(p(m, DCT, "license"), m.createResource(d.licence().url())
                        .addProperty(RDF.type, m.createResource(DCT + "LicenseDocument"))
                        .addProperty(p(m, DCT, "title"), d.licence().title()))
                .addProperty(p(m, DCT, "issued"), dateTime(m, r.created()))
                .addProperty(p(m, DCT, "modified"), dateTime(m, r.lastModified()));
        if (r.description() != null && !r.description().isBlank()) {
            dist.addProperty(p(m, DCT, "description"), m.createLiteral(r.description(), "es"));
        }
        if (r.isFile()) {
            dist.addProperty(p(m, DCAT, "downloadURL"), m.createResource(address));
        }
        String format = fileType(r.format());
        if (format != null) {
            dist.addProperty(p(m, DCT, "format"), m.createResource(FILE_TYPE + format)
                    .addProperty(RDF.type, m.createResource(DCT + "MediaTypeOrExtent")));
        }
        if (r.mediaType() != null && r.mediaType().matches("[a-z]+/[A-Za-z0-9.+\\-]+")) {
            dist.addProperty(p(m, DCAT, "mediaType"), m.createResource(IANA + r.mediaType())
                    .addProperty(RDF.type, m.createResource(DCT + "MediaType")));
        }
        if (r.byteSize() != null) {
            dist.addLiteral(p(m, DCAT, "byteSize"), m.createTypedLiteral(String.valueOf(r.byteSize()),
                    XSDDatatype.XSDdecimal));
        }
        if (r.sha256() != null) {
            dist.addProperty(p(m, SPDX, "checksum"), m.createResource()
                    .addProperty(RDF.type, m.createResource(SPDX + "Checksum"))
                    .addProperty(p(m, SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                    .addLiteral(p(m, SPDX, "checksumValue"), m.createTypedLiteral(r.sha256(), XSDDatatype.XSDhexBinary)));
        }
        return dist;
    }

    /** The EU file-type code of a format, when there is one. */
    static String fileType(String format) {
        if (format == null) {
            return null;
        }
        return switch (format.toUpperCase(Locale.ROOT)) {
            case "CSV" -> "CSV";
            case "JSON" -> "JSON";
            case "GEOJSON" -> "GEOJSON";
            case "XLSX" -> "XLSX";
            case "XLS" -> "XLS";
            case "XML" -> "XML";
            case "ZIP" -> "ZIP";
            case "PDF" -> "PDF";
            case "HTML" -> "HTML";
            case "KML" -> "KML";
            case "SHP" -> "SHP";
            case "ODS" -> "ODS";
            case "TXT" -> "TXT";
            default -> null;
        };
    }

    private static String spatialLabel(String key) {
        return switch (key.length()) {
            case 2 -> "Entidad federativa " + key + " (clave INEGI)";
            case 5 -> "Municipio " + key + " (clave INEGI)";
            default -> "Localidad " + key + " (clave INEGI)";
        };
    }

    private static Resource document(Model m, String address) {
        return m.createResource(address).addProperty(RDF.type, m.createResource(FOAF + "Document"));
    }

    private static Resource language(Model m) {
        return m.createResource(LANGUAGE).addProperty(RDF.type, m.createResource(DCT + "LinguisticSystem"));
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns, local);
    }

    private static Literal dateTime(Model m, Instant instant) {
        return m.createTypedLiteral(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                XSDDatatype.XSDdateTime);
    }

    private static Literal date(Model m, LocalDate date) {
        return m.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
    }

    static List<String> formats() {
        return List.of("ttl", "rdf", "xml", "jsonld");
    }
}
