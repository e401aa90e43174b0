package org.apertura.opendata.api;

import static org.apertura.opendata.OpenDataTestActors.publisherOf;
import static org.apertura.opendata.api.OpenDataFixtures.CONGRESS;
import static org.apertura.opendata.api.OpenDataFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.opendata.DatasetDraft;
import org.apertura.opendata.DatasetPublishing;
import org.apertura.opendata.FileUpload;
import org.apertura.opendata.Resource;
import org.apertura.opendata.ResourceDraft;
import org.apertura.platform.time.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What harvesters read (package_search, the DCAT catalog, data.json) follows every change the moment it commits, also
 * a change stamped with a past time (the demo replays its history on past days), which moves neither the newest id nor
 * the latest modification the search index watches.
 */
@IntegrationTest
class CatalogIndexFreshnessTest {

    private static final LocalDate PAST = LocalDate.of(2025, 2, 3);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    DatasetPublishing publishing;
    @Autowired
    Today today;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    JsonNode search(String... params) throws Exception {
        var request = get("/api/3/action/package_search");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsByteArray()).get("result");
    }

    int count(String fq) throws Exception {
        return search("fq", fq).get("count").asInt();
    }

    @Test
    void aBackDatedEditIsSearchableAtOnce() throws Exception {
        String name = OpenDataFixtures.published(publishing, CONGRESS, unique("fresco"), unique("antes"));
        assertThat(count("name:" + name)).isEqualTo(1);
        String keyword = unique("retrofechada");
        today.on(PAST, () -> publisherOf(CONGRESS, () -> {
            publishing.update(name, DatasetDraft.of(name, CONGRESS, "Iniciativas dictaminadas " + name,
                    "Cada iniciativa, con su comisión y la fecha de su dictamen.").withKeywords(List.of(keyword)));
        }));
        assertThat(count("tags:" + keyword)).as("the new keyword").isEqualTo(1);
        assertThat(search("q", "dictaminadas", "fq", "name:" + name).get("count").asInt()).as("the new title")
                .isEqualTo(1);
        assertThat(search("fq", "name:" + name).get("results").get(0).get("metadata_modified").asString())
                .startsWith("2025-02-03");
        // the DCAT catalog reads the same index
        String turtle = mvc.perform(get("/catalog.ttl").param("fq", "tags:" + keyword)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(turtle).contains("/datos/" + name + ">").contains("hydra:totalItems    1");
    }

    @Test
    void aBackDatedResourceAndWithdrawalAreSeenAtOnce() throws Exception {
        String name = OpenDataFixtures.published(publishing, CONGRESS, unique("fresco"), unique("recurso"));
        assertThat(count("name:" + name + " res_format:GEOJSON")).isZero();
        today.on(PAST, () -> publisherOf(CONGRESS, () -> {
            publishing.addFile(name, ResourceDraft.named("Distritos", null), FileUpload.of("distritos.geojson",
                    new ByteArrayInputStream(("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                            + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-104.66,24.02]},\"properties\":"
                            + "{\"distrito\":1}}]}").getBytes(StandardCharsets.UTF_8))));
        }));
        assertThat(count("name:" + name + " res_format:GEOJSON")).as("a GeoJSON file added on a past day").isEqualTo(1);

        assertThat(dataJson()).contains(name);
        today.on(PAST, () -> publisherOf(CONGRESS, () -> publishing.withdraw(name, "Se publicó por error.")));
        assertThat(count("name:" + name)).as("withdrawn on a past day").isZero();
        assertThat(search("fq", "name:" + name, "include_deleted", "true").get("results").get(0).get("state")
                .asString()).isEqualTo("deleted");
        assertThat(dataJson()).as("data.json lists published datasets only").doesNotContain(name);
    }

    /**
     * Issue 19: a second node's index (built here on the same database, so it hears no event of this node's changes)
     * sees a dataset published and then edited on this node at its next read, as the balancer may send the next
     * search to either node.
     */
    @Test
    void aChangeMadeOnAnotherNodeIsSeenByThisNodesIndex() {
        CatalogIndex otherNode = new CatalogIndex(jdbc);
        int before = otherNode.all().size();
        String name = OpenDataFixtures.published(publishing, CONGRESS, unique("otro-nodo"), unique("nodo"));
        assertThat(otherNode.byIdOrName(name)).as("published on the other node").isNotNull();
        assertThat(otherNode.all()).hasSize(before + 1);
        String keyword = unique("editado");
        publisherOf(CONGRESS, () -> publishing.update(name, DatasetDraft.of(name, CONGRESS, "Obras editadas " + name,
                "Cada obra pública contratada.").withKeywords(List.of(keyword))));
        assertThat(otherNode.byIdOrName(name).title()).isEqualTo("Obras editadas " + name);
        assertThat(otherNode.byIdOrName(name).tags()).contains(keyword);
        publisherOf(CONGRESS, () -> publishing.withdraw(name, "Se publicó por error."));
        assertThat(otherNode.byIdOrName(name).state()).isEqualTo("WITHDRAWN");
    }

    String dataJson() throws Exception {
        return mvc.perform(get("/data.json")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aReplacedFileChangesTheSearchAtOnceEvenOnAPastDay() throws Exception {
        String name = unique("fresco");
        publisherOf(CONGRESS, () -> {
            publishing.create(DatasetDraft.of(name, CONGRESS, "Asistencia " + name, "Asistencia a las sesiones."));
            publishing.addLink(name, ResourceDraft.link("Visor", null, "https://congreso.example.mx/visor", "HTML"));
            publishing.publish(name);
        });
        Resource file = today.on(PAST, () -> publisherOf(CONGRESS, () -> publishing.addFile(name,
                ResourceDraft.named("Asistencia", null), FileUpload.of("asistencia.csv", new ByteArrayInputStream(
                        "sesion,presentes\n1,25\n".getBytes(StandardCharsets.UTF_8))))));
        assertThat(count("name:" + name + " res_format:CSV")).isEqualTo(1);
        today.on(PAST.plusDays(1), () -> publisherOf(CONGRESS, () -> publishing.replaceFile(file.getId(),
                FileUpload.of("asistencia.json", new ByteArrayInputStream("[{\"sesion\":1,\"presentes\":25}]"
                        .getBytes(StandardCharsets.UTF_8))))));
        assertThat(count("name:" + name + " res_format:JSON")).as("the replacement's format").isEqualTo(1);
        assertThat(count("name:" + name + " res_format:CSV")).isZero();
    }
}
