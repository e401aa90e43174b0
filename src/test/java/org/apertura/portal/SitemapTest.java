package org.apertura.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apertura.IntegrationTest;
import org.apertura.platform.PublicUrl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * What a search engine reads, over the real server: robots.txt keeps staff, account and private-link areas
 * out and names the sitemap; sitemap.xml is well-formed sitemaps XML of absolute public addresses, with the
 * demo's jurisdictions, commitments, calls, challenges, requests, contracting processes and suppliers, and no
 * private path. Neither sets a cookie.
 */
@IntegrationTest
class SitemapTest {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @LocalServerPort
    int port;
    @Autowired
    PublicUrl publicUrl;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void robotsAllowsThePublicSiteKeepsPrivateAreasOutAndPointsToTheSitemap() throws Exception {
        HttpResponse<String> response = get("/robots.txt");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        List<String> lines = response.body().lines().toList();
        assertThat(lines).contains("User-agent: *", "Allow: /");
        for (String path : List.of("/admin", "/cuenta", "/unidad", "/garante", "/seguimiento", "/acuses", "/recuperar")) {
            assertThat(lines).contains("Disallow: " + path);
        }
        assertThat(lines).noneMatch(line -> line.equals("Disallow: /"));
        assertThat(lines).contains("Sitemap: " + publicUrl.of("/sitemap.xml"));
    }

    @Test
    void theSitemapIsValidXmlOfAbsolutePublicAddresses() throws Exception {
        HttpResponse<String> response = get("/sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
        NodeList locs = xml.getElementsByTagNameNS(NS, "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertThat(xml.getElementsByTagNameNS(NS, "url").getLength()).isEqualTo(urls.size());
        assertThat(urls).doesNotHaveDuplicates().allSatisfy(url -> assertThat(url).startsWith(publicUrl.base() + "/"));
        assertThat(urls).contains(publicUrl.of("/"), publicUrl.of("/jurisdicciones"), publicUrl.of("/jurisdicciones/durango"),
                publicUrl.of("/ejercicios"), publicUrl.of("/convocatorias"), publicUrl.of("/retos"),
                publicUrl.of("/solicitudes"), publicUrl.of("/privacidad"), publicUrl.of("/accesibilidad"),
                publicUrl.of("/ayuda"), publicUrl.of("/archivos"), publicUrl.of("/archivos/poder-ejecutivo-durango"),
                publicUrl.of("/archivos/poder-ejecutivo-durango/guia"), publicUrl.of("/archivos/poder-ejecutivo-durango/grupo"));
        assertThat(urls).anyMatch(url -> url.matches(".*/compromisos/\\d+"))
                .anyMatch(url -> url.matches(".*/planes/\\d+"))
                .anyMatch(url -> url.matches(".*/ejercicios/[^/]+"))
                .anyMatch(url -> url.matches(".*/convocatorias/[^/]+"))
                .anyMatch(url -> url.matches(".*/retos/[^/]+"))
                .anyMatch(url -> url.matches(".*/solicitudes/[^/]+-\\d+"))
                .anyMatch(url -> url.matches(".*/organos/[^/]+/sesiones/\\d+"));
        // every published process and every supplier listed has its page in the sitemap
        List<String> ocids = jdbc.queryForList("SELECT ocid FROM ocds_record", String.class);
        assertThat(ocids).hasSizeGreaterThanOrEqualTo(200);
        ocids.forEach(ocid -> assertThat(urls).contains(publicUrl.of("/contrataciones/" + ocid)));
        List<String> suppliers = jdbc.queryForList("SELECT DISTINCT supplier_key FROM ocds_supplier_award "
                + "WHERE award_status IS NULL OR award_status NOT IN ('cancelled', 'unsuccessful')", String.class);
        assertThat(suppliers).isNotEmpty();
        suppliers.forEach(key -> assertThat(urls).contains(publicUrl.of("/contrataciones/proveedores/"
                + org.springframework.web.util.UriUtils.encodePathSegment(key, StandardCharsets.UTF_8))));
        for (String url : urls) {
            String path = url.substring(publicUrl.base().length());
            assertThat(SitemapPages.isPrivate(path)).as(path).isFalse();
            assertThat(path).as(path).doesNotContain("?");
            assertThat(List.of(path.split("/"))).as(path).doesNotContain("seguimiento", "acuses", "recuperar", "admin",
                    "cuenta", "unidad", "garante", "mis-solicitudes", "original");
        }
        // every address listed opens for a visitor who is not signed in
        for (String url : urls.subList(0, Math.min(urls.size(), 40))) {
            assertThat(get(url.substring(publicUrl.base().length())).statusCode()).as(url).isEqualTo(200);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
