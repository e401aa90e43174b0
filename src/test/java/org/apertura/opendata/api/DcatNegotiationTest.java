package org.apertura.opendata.api;

import static org.apertura.opendata.api.OpenDataFixtures.CONGRESS;
import static org.apertura.opendata.api.OpenDataFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apertura.IntegrationTest;
import org.apertura.opendata.DatasetPublishing;
import org.apertura.platform.PublicUrl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * DCAT by content negotiation, as ckanext-dcat answers it: the catalog's and a dataset's addresses without an extension,
 * and the dataset's page, give Turtle, RDF/XML or JSON-LD to whoever asks for it in {@code Accept} (by quality), and
 * browsers the pages.
 */
@IntegrationTest
class DcatNegotiationTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    MockMvc mvc;
    @Autowired
    DatasetPublishing publishing;
    @Autowired
    PublicUrl url;

    MockHttpServletResponse fetch(String path, String accept) throws Exception {
        var request = get(path);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    Model rdf(MockHttpServletResponse response, Lang lang, String type) {
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(type);
        assertThat(response.getHeaders("Vary")).anyMatch(v -> v.contains("Accept"));
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(response.getContentAsByteArray()), lang);
        return model;
    }

    boolean describesDataset(Model m, String name) {
        return m.getResource(url.of("/datos/" + name)).hasProperty(RDF.type,
                m.createResource(DcatCatalog.DCAT + "Dataset"));
    }

    static java.util.Set<String> datasets(Model m) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        m.listObjectsOfProperty(m.createProperty(DcatCatalog.DCAT, "dataset")).forEachRemaining(o -> out.add(o.toString()));
        return out;
    }

    @Test
    void theCatalogAnswersEachRdfTypeAsked() throws Exception {
        String name = OpenDataFixtures.published(publishing, CONGRESS, unique("negociado"), "catalogo");
        Model turtle = rdf(fetch("/catalog", "text/turtle"), Lang.TURTLE, "text/turtle");
        assertThat(turtle.getResource(url.of("/datos")).hasProperty(RDF.type,
                turtle.createResource(DcatCatalog.DCAT + "Catalog"))).isTrue();
        DcatTest.assertConforms(turtle);
        Model xml = rdf(fetch("/catalog", "application/rdf+xml"), Lang.RDFXML, "application/rdf+xml");
        Model jsonLd = rdf(fetch("/catalog", "application/ld+json"), Lang.JSONLD, "application/ld+json");
        assertThat(datasets(xml)).isEqualTo(datasets(turtle)).isNotEmpty();
        assertThat(datasets(jsonLd)).isEqualTo(datasets(turtle));
        // the paging links name the explicit address of each format, which needs no Accept to follow
        assertThat(turtle.containsResource(turtle.createResource(url.of("/catalog.ttl") + "?page=1"))).isTrue();
        assertThat(xml.containsResource(xml.createResource(url.of("/catalog.rdf") + "?page=1"))).isTrue();
        assertThat(jsonLd.containsResource(jsonLd.createResource(url.of("/catalog.jsonld") + "?page=1"))).isTrue();
        // the parameters of /catalog.ttl work here too
        Model filtered = rdf(fetch("/catalog?fq=name:" + name, "text/turtle"), Lang.TURTLE, "text/turtle");
        assertThat(filtered.listObjectsOfProperty(filtered.createProperty(DcatCatalog.DCAT, "dataset")).toList())
                .hasSize(1);
        assertThat(describesDataset(filtered, name)).isTrue();

        MockHttpServletResponse browser = fetch("/catalog", BROWSER);
        assertThat(browser.getStatus()).isEqualTo(303);
        assertThat(browser.getHeader("Location")).isEqualTo(url.of("/datos"));
    }

    @Test
    void aDatasetAnswersEachRdfTypeAskedAtItsCkanAddressAndItsPage() throws Exception {
        String name = OpenDataFixtures.published(publishing, CONGRESS, unique("negociado"), "presupuesto");
        for (String path : new String[] {"/dataset/" + name, "/datos/" + name}) {
            Model turtle = rdf(fetch(path, "text/turtle"), Lang.TURTLE, "text/turtle");
            assertThat(describesDataset(turtle, name)).as(path).isTrue();
            DcatTest.assertConforms(turtle);
            assertThat(rdf(fetch(path, "application/rdf+xml"), Lang.RDFXML, "application/rdf+xml")
                    .isIsomorphicWith(turtle)).as(path).isTrue();
            assertThat(rdf(fetch(path, "application/ld+json"), Lang.JSONLD, "application/ld+json")
                    .isIsomorphicWith(turtle)).as(path).isTrue();
            // by quality: JSON-LD preferred to Turtle
            rdf(fetch(path, "text/turtle;q=0.5, application/ld+json"), Lang.JSONLD, "application/ld+json");
        }
        MockHttpServletResponse browser = fetch("/dataset/" + name, BROWSER);
        assertThat(browser.getStatus()).isEqualTo(303);
        assertThat(browser.getHeader("Location")).isEqualTo(url.of("/datos/" + name));
        MockHttpServletResponse page = fetch("/datos/" + name, BROWSER);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getHeaders("Vary")).anyMatch(v -> v.contains("Accept"));
        assertThat(fetch("/datos/" + name, null).getContentType()).startsWith("text/html");
        assertThat(fetch("/dataset/no-existe-nunca", "text/turtle").getStatus()).isEqualTo(404);
        assertThat(fetch("/datos/no-existe-nunca", "text/turtle").getStatus()).isEqualTo(404);
    }

    @Test
    void acceptIsReadAsCkanextDcatReadsIt() {
        assertThat(DcatApi.negotiate("text/turtle")).isEqualTo("ttl");
        assertThat(DcatApi.negotiate("application/rdf+xml")).isEqualTo("rdf");
        assertThat(DcatApi.negotiate("application/ld+json")).isEqualTo("jsonld");
        assertThat(DcatApi.negotiate("application/ld+json;q=0.4, application/rdf+xml;q=0.9")).isEqualTo("rdf");
        assertThat(DcatApi.negotiate("text/html, text/turtle")).isNull();
        assertThat(DcatApi.negotiate("text/turtle;q=0.9, text/html;q=0.8")).isEqualTo("ttl");
        assertThat(DcatApi.negotiate(BROWSER)).isNull();
        assertThat(DcatApi.negotiate("*/*")).isNull();
        assertThat(DcatApi.negotiate(null)).isNull();
        assertThat(DcatApi.negotiate("application/json")).isNull();
        assertThat(DcatApi.negotiate("text/turtle;q=0")).isNull();
    }
}
