package org.apertura.opendata.api;

import static org.apertura.opendata.api.OpenDataFixtures.CONGRESS;
import static org.apertura.opendata.api.OpenDataFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.RDF;
import org.apertura.IntegrationTest;
import org.apertura.opendata.DatasetPublishing;
import org.apertura.platform.PublicUrl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The catalog in DCAT-AP 3 passes the official SHACL shapes (mandatory properties, cardinalities and ranges) with no
 * violation, in every serialisation, and pages as ckanext-dcat does (Hydra).
 */
@IntegrationTest
class DcatTest {

    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    @Autowired
    MockMvc mvc;
    @Autowired
    DatasetPublishing publishing;
    @Autowired
    PublicUrl url;

    static Shapes shapes() {
        Graph graph = ModelFactory.createDefaultModel().getGraph();
        for (String file : List.of("shapes.ttl", "range.ttl")) {
            try (InputStream in = DcatTest.class.getResourceAsStream("/opendata/dcat-ap-3.0.0/" + file)) {
                RDFDataMgr.read(graph, in, Lang.TURTLE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return Shapes.parse(graph);
    }

    Model fetch(String path, Lang lang, String type) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(type);
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(response.getContentAsByteArray()), lang);
        return model;
    }

    static void assertConforms(Model model) {
        ValidationReport report = ShaclValidator.get().validate(shapes(), model.getGraph());
        List<String> violations = report.getEntries().stream()
                .map(ReportEntry::toString).toList();
        assertThat(violations).as("DCAT-AP 3 SHACL violations").isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void aDatasetConformsToDcatAp3InEverySerialisation() throws Exception {
        String name = OpenDataFixtures.published(publishing, CONGRESS, unique("dcat"), "presupuesto");
        Model turtle = fetch("/dataset/" + name + ".ttl", Lang.TURTLE, "text/turtle");
        assertConforms(turtle);
        Resource dataset = turtle.getResource(url.of("/datos/" + name));
        assertThat(dataset.hasProperty(RDF.type, turtle.createResource(DcatCatalog.DCAT + "Dataset"))).isTrue();
        assertThat(dataset.listProperties(turtle.createProperty(DcatCatalog.DCAT, "distribution")).toList()).hasSize(2);
        assertThat(dataset.getProperty(turtle.createProperty(DcatCatalog.DCT, "accrualPeriodicity")).getResource().getURI())
                .isEqualTo("http://publications.europa.eu/resource/authority/frequency/QUARTERLY");
        assertThat(turtle.listObjectsOfProperty(turtle.createProperty(DcatCatalog.DCAT, "mediaType")).toList())
                .extracting(Object::toString).contains("https://www.iana.org/assignments/media-types/text/csv");
        assertThat(turtle.listObjectsOfProperty(turtle.createProperty(DcatCatalog.DCT, "license")).toList())
                .extracting(Object::toString).containsOnly("https://creativecommons.org/licenses/by/4.0/");
        assertThat(turtle.listObjectsOfProperty(turtle.createProperty(DcatCatalog.VCARD, "hasEmail")).toList())
                .extracting(Object::toString).containsOnly("mailto:transparencia@durango.example.mx");
        Model rdfXml = fetch("/dataset/" + name + ".rdf", Lang.RDFXML, "application/rdf+xml");
        Model jsonLd = fetch("/dataset/" + name + ".jsonld", Lang.JSONLD, "application/ld+json");
        assertThat(rdfXml.isIsomorphicWith(turtle)).isTrue();
        assertThat(jsonLd.isIsomorphicWith(turtle)).isTrue();
        assertThat(mvc.perform(get("/dataset/no-existe.ttl")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theCatalogConformsAndPagesWithHydra() throws Exception {
        String minimal = OpenDataFixtures.bare(publishing, CONGRESS, unique("minimo"));
        OpenDataFixtures.published(publishing, CONGRESS, unique("dcat"), "catalogo");
        Model first = fetch("/catalog.ttl", Lang.TURTLE, "text/turtle");
        assertConforms(first);
        Resource paging = first.getResource(url.of("/catalog.ttl") + "?page=1");
        int total = paging.getProperty(first.createProperty(HYDRA, "totalItems")).getInt();
        assertThat(total).isPositive();
        assertThat(paging.getProperty(first.createProperty(HYDRA, "firstPage")).getString())
                .isEqualTo(url.of("/catalog.ttl") + "?page=1");
        int last = (total + 99) / 100;
        assertThat(paging.getProperty(first.createProperty(HYDRA, "lastPage")).getString())
                .isEqualTo(url.of("/catalog.ttl") + "?page=" + last);
        assertThat(paging.hasProperty(first.createProperty(HYDRA, "nextPage"))).isEqualTo(last > 1);
        Resource catalog = first.getResource(url.of("/datos"));
        assertThat(catalog.listProperties(first.createProperty(DcatCatalog.DCAT, "dataset")).toList())
                .hasSize(Math.min(total, 100));
        // The newest first, as ckanext-dcat: the dataset just published is on the first page.
        assertThat(first.containsResource(first.createResource(url.of("/datos/" + minimal)))).isTrue();

        // modified_since keeps only what changed since.
        Model recent = fetch("/catalog.jsonld?modified_since=2999-01-01", Lang.JSONLD, "application/ld+json");
        assertThat(recent.listObjectsOfProperty(recent.createProperty(DcatCatalog.DCAT, "dataset")).toList()).isEmpty();
        assertThat(recent.getResource(url.of("/catalog.jsonld") + "?modified_since=2999-01-01&page=1")
                .getProperty(recent.createProperty(HYDRA, "totalItems")).getInt()).isZero();
        Model beyond = fetch("/catalog.rdf?page=" + (last + 1), Lang.RDFXML, "application/rdf+xml");
        assertThat(beyond.listObjectsOfProperty(beyond.createProperty(DcatCatalog.DCAT, "dataset")).toList()).isEmpty();
        assertThat(mvc.perform(get("/catalog.ttl?page=0")).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/catalog.ttl?modified_since=ayer")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(get("/catalog.ttl?fq=organization:(")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        Model filtered = fetch("/catalog.ttl?fq=name:" + minimal, Lang.TURTLE, "text/turtle");
        assertThat(filtered.listObjectsOfProperty(filtered.createProperty(DcatCatalog.DCAT, "dataset")).toList())
                .hasSize(1);
    }
}
