package org.apertura.opendata.api;

import static org.apertura.opendata.api.OpenDataFixtures.CONGRESS;
import static org.apertura.opendata.api.OpenDataFixtures.JUDICIARY;
import static org.apertura.opendata.api.OpenDataFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.IntegrationTest;
import org.apertura.opendata.DatasetPublishing;
import org.apertura.platform.PublicUrl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The CKAN Action API as CKAN documents it and as harvesters and clients use it: the envelope, CKAN's errors and
 * statuses, paging (a CKAN-to-CKAN harvester's loop copies every dataset exactly once), facets, the dataset and
 * resource dictionaries, and drafts kept out.
 */
@IntegrationTest
class CkanApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    DatasetPublishing publishing;
    @Autowired
    PublicUrl url;

    record Answer(int status, JsonNode body) {
        JsonNode result() {
            return body.get("result");
        }

        JsonNode error() {
            return body.get("error");
        }
    }

    Answer call(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
        return new Answer(response.getStatus(), json.readTree(response.getContentAsByteArray()));
    }

    Answer get(String action, String... params) throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/3/action/" + action);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return call(request);
    }

    Answer postJson(String action, Object body) throws Exception {
        return call(post("/api/3/action/" + action).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    @Test
    void everyAnswerIsInCkansEnvelope() throws Exception {
        Answer status = get("status_show");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().get("help").asString()).isEqualTo(url.of("/api/3/action/help_show?name=status_show"));
        assertThat(status.body().get("success").asBoolean()).isTrue();
        assertThat(status.result().get("site_url").asString()).isEqualTo(url.base());
        assertThat(status.result().get("ckan_version").asString()).startsWith("2.");
        // CKAN also answers at /api/action/ (version 3 by default).
        Answer same = call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/action/license_list"));
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.result().findValuesAsString("id")).contains("CC-BY-4.0", "CC0-1.0", "CC-BY-SA-4.0",
                "libre-uso-mx");
        Answer help = get("help_show", "name", "package_search");
        assertThat(help.result().asString()).contains("fq", "rows");
    }

    @Test
    void theProtocolsAreInTheOpenApiDocument() throws Exception {
        String docs = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/docs"))
                .andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/3/action/{action}", "/api/action/{action}", "package_search", "/catalog.ttl",
                "/dataset/{name}.jsonld", "/data.json");
    }

    @Test
    void errorsAreCkansTypesWithCkansStatuses() throws Exception {
        Answer unknown = get("nada_show");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("success").asBoolean()).isFalse();
        assertThat(unknown.error().get("message").asString()).isEqualTo("Bad request - Action name not known: nada_show");

        Answer badJson = call(post("/api/3/action/package_search").contentType(MediaType.APPLICATION_JSON)
                .content("{\"rows\": "));
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.error().get("message").asString()).startsWith("Bad request - JSON Error");

        Answer notADictionary = call(post("/api/3/action/package_search").contentType(MediaType.APPLICATION_JSON)
                .content("[1]"));
        assertThat(notADictionary.status()).isEqualTo(400);

        Answer malformed = get("package_search", "fq", "organization:(");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.error().get("__type").asString()).isEqualTo("Search Query Error");
        assertThat(malformed.error().get("message").asString()).contains("organization:(");

        Answer badSort = get("package_search", "sort", "colour asc");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.error().get("message").asString()).contains("Invalid \"sort\" parameter");

        Answer badRows = get("package_search", "rows", "diez");
        assertThat(badRows.status()).isEqualTo(409);
        assertThat(badRows.error().get("__type").asString()).isEqualTo("Validation Error");
        assertThat(badRows.error().get("rows").get(0).asString()).isEqualTo("Invalid integer");

        Answer missing = get("package_show", "id", "no-existe-este-conjunto");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.error().get("__type").asString()).isEqualTo("Not Found Error");

        Answer noId = get("package_show");
        assertThat(noId.status()).isEqualTo(409);
        assertThat(noId.error().get("id").get(0).asString()).isEqualTo("Missing value");

        Answer writeByGet = get("package_create", "name", "x");
        assertThat(writeByGet.status()).isEqualTo(400);
        assertThat(writeByGet.error().get("message").asString()).contains("Please use POST");
    }

    @Test
    void aDatasetIsShownWithCkansFieldsByIdOrName() throws Exception {
        String name = OpenDataFixtures.published(publishing, CONGRESS, unique("obras"), "durango");
        JsonNode byName = get("package_show", "id", name).result();
        JsonNode byId = get("package_show", "id", byName.get("id").asString()).result();
        assertThat(byId).isEqualTo(byName);
        assertThat(byName.get("name").asString()).isEqualTo(name);
        assertThat(byName.get("title").asString()).startsWith("Obras públicas por municipio");
        assertThat(byName.get("notes").asString()).contains("clave INEGI");
        assertThat(byName.get("state").asString()).isEqualTo("active");
        assertThat(byName.get("private").asBoolean()).isFalse();
        assertThat(byName.get("type").asString()).isEqualTo("dataset");
        assertThat(byName.get("license_id").asString()).isEqualTo("CC-BY-4.0");
        assertThat(byName.get("license_url").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(byName.get("isopen").asBoolean()).isTrue();
        assertThat(byName.get("maintainer_email").asString()).isEqualTo("transparencia@durango.example.mx");
        assertThat(byName.get("organization").get("name").asString()).isEqualTo(CONGRESS);
        assertThat(byName.get("owner_org").asString()).isEqualTo(byName.get("organization").get("id").asString());
        assertThat(byName.get("metadata_modified").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
        assertThat(byName.get("tags").findValuesAsString("name")).containsExactlyInAnyOrder("obras", "durango");
        assertThat(byName.get("num_tags").asInt()).isEqualTo(2);
        assertThat(byName.get("groups").findValuesAsString("name")).containsExactlyInAnyOrder("gove", "regi");
        Map<String, String> extras = new java.util.HashMap<>();
        byName.get("extras").forEach(e -> extras.put(e.get("key").asString(), e.get("value").asString()));
        assertThat(extras).containsEntry("frequency", "http://publications.europa.eu/resource/authority/frequency/QUARTERLY")
                .containsEntry("temporal_start", "2025-01-01").containsEntry("temporal_end", "2025-12-31")
                .containsEntry("spatial_inegi", "10,10005").containsKey("issued");
        assertThat(byName.get("num_resources").asInt()).isEqualTo(2);
        JsonNode file = byName.get("resources").get(0);
        assertThat(file.get("package_id").asString()).isEqualTo(byName.get("id").asString());
        assertThat(file.get("url").asString()).startsWith(url.base() + "/datos/" + name + "/recursos/")
                .endsWith("/obras.csv");
        assertThat(file.get("url_type").asString()).isEqualTo("upload");
        assertThat(file.get("format").asString()).isEqualTo("CSV");
        assertThat(file.get("mimetype").asString()).startsWith("text/csv");
        assertThat(file.get("size").asLong()).isPositive();
        assertThat(file.get("hash").asString()).hasSize(64);
        assertThat(file.get("position").asInt()).isZero();
        JsonNode link = byName.get("resources").get(1);
        assertThat(link.get("url").asString()).isEqualTo("https://obras.example.mx/visor");
        assertThat(link.get("position").asInt()).isEqualTo(1);

        JsonNode resource = get("resource_show", "id", file.get("id").asString()).result();
        assertThat(resource).isEqualTo(file);
        assertThat(get("resource_show", "id", "no-existe").status()).isEqualTo(404);
    }

    @Test
    void aCkanToCkanHarvesterCopiesEveryDatasetExactlyOnce() throws Exception {
        // ckanext-harvest's CKAN harvester: package_search rows=100, start += 100, sort=id asc, an fq with
        // metadata_modified:[{last gather − 1 h}Z TO *], until a page comes back empty; here pages of 3.
        String since = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC)
                .format(org.apertura.TestClock.now().minusSeconds(3600));
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            made.add(OpenDataFixtures.bare(publishing, i % 2 == 0 ? CONGRESS : JUDICIARY, unique("cosecha")));
        }
        Set<String> copied = harvest(3, "metadata_modified:[" + since + "Z TO *]");
        assertThat(copied).containsAll(made);

        // A full harvest copies exactly what package_list lists.
        List<String> listed = new ArrayList<>();
        get("package_list").result().forEach(n -> listed.add(n.asString()));
        assertThat(listed).isSorted().doesNotHaveDuplicates();
        Set<String> all = harvest(10, null);
        assertThat(all).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(get("package_search", "rows", "0").result().get("count").asInt()).isEqualTo(listed.size());

        // package_list pages the same names.
        List<String> paged = new ArrayList<>();
        for (int offset = 0; ; offset += 4) {
            JsonNode page = get("package_list", "limit", "4", "offset", String.valueOf(offset)).result();
            if (page.isEmpty()) {
                break;
            }
            page.forEach(n -> paged.add(n.asString()));
        }
        assertThat(paged).isEqualTo(listed);
    }

    /** The names a harvester collects; fails on a dataset seen twice. */
    private Set<String> harvest(int rows, String fq) throws Exception {
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int start = 0; ; start += rows) {
            List<String> params = new ArrayList<>(List.of("rows", String.valueOf(rows), "start", String.valueOf(start),
                    "sort", "id asc"));
            if (fq != null) {
                params.addAll(List.of("fq", fq));
            }
            Answer page = get("package_search", params.toArray(String[]::new));
            assertThat(page.status()).isEqualTo(200);
            JsonNode results = page.result().get("results");
            if (results.isEmpty()) {
                break;
            }
            String previous = null;
            for (JsonNode d : results) {
                String id = d.get("id").asString();
                assertThat(ids.add(id)).as("dataset %s seen twice", id).isTrue();
                if (previous != null) {
                    assertThat(id).isGreaterThan(previous);
                }
                previous = id;
                names.add(d.get("name").asString());
            }
        }
        return names;
    }

    @Test
    void facetsCountTheMatchesAsCkansSearchFacets() throws Exception {
        String keyword = unique("faceta");
        OpenDataFixtures.published(publishing, CONGRESS, unique("obras"), keyword);
        OpenDataFixtures.published(publishing, CONGRESS, unique("obras"), keyword);
        OpenDataFixtures.published(publishing, JUDICIARY, unique("obras"), keyword);
        Answer search = postJson("package_search", Map.of("fq", "tags:" + keyword, "facet.field",
                List.of("organization", "res_format", "license_id", "tags", "groups"), "rows", 2));
        JsonNode result = search.result();
        assertThat(result.get("count").asInt()).isEqualTo(3);
        assertThat(result.get("results")).hasSize(2);
        assertThat(result.get("sort").asString()).isEqualTo("score desc, metadata_modified desc");
        JsonNode organizations = result.get("search_facets").get("organization");
        assertThat(organizations.get("title").asString()).isEqualTo("organization");
        assertThat(organizations.get("items").get(0).get("name").asString()).isEqualTo(CONGRESS);
        assertThat(organizations.get("items").get(0).get("count").asInt()).isEqualTo(2);
        assertThat(organizations.get("items").get(0).get("display_name").asString()).isNotEqualTo(CONGRESS);
        assertThat(organizations.get("items").get(1).get("count").asInt()).isEqualTo(1);
        assertThat(result.get("facets").get("organization").get(CONGRESS).asInt()).isEqualTo(2);
        JsonNode formats = result.get("search_facets").get("res_format").get("items");
        assertThat(formats.findValuesAsString("name")).containsExactlyInAnyOrder("CSV", "HTML");
        assertThat(result.get("search_facets").get("license_id").get("items").get(0).get("count").asInt()).isEqualTo(3);

        // facet.limit and facet.mincount, as a GET with the JSON list CKAN's clients send.
        JsonNode limited = get("package_search", "fq", "tags:" + keyword, "facet.field", "[\"organization\"]",
                "facet.limit", "1").result();
        assertThat(limited.get("search_facets").get("organization").get("items")).hasSize(1);
        JsonNode frequent = get("package_search", "fq", "tags:" + keyword, "facet.field", "[\"organization\"]",
                "facet.mincount", "2").result();
        assertThat(frequent.get("search_facets").get("organization").get("items")).hasSize(1);
        // Filters combine: organization and format and the words of the text, in Spanish.
        assertThat(get("package_search", "q", "obra pública municipios", "fq",
                "tags:" + keyword + " organization:" + JUDICIARY + " res_format:CSV").result().get("count").asInt())
                .isEqualTo(1);
        assertThat(get("package_search", "q", "tags:" + keyword + " -organization:" + CONGRESS).result()
                .get("count").asInt()).isEqualTo(1);
        assertThat(get("package_search", "fq_list", "tags:" + keyword, "fq_list", "organization:" + CONGRESS).result()
                .get("count").asInt()).isEqualTo(2);
        // Without facet.field there are no facets, as in CKAN's API.
        assertThat(get("package_search", "fq", "tags:" + keyword).result().get("search_facets").isEmpty()).isTrue();
    }

    @Test
    void sortsOrderTheResults() throws Exception {
        String keyword = unique("orden");
        String b = OpenDataFixtures.published(publishing, CONGRESS, "b-" + unique("x"), keyword);
        String a = OpenDataFixtures.published(publishing, CONGRESS, "a-" + unique("x"), keyword);
        assertThat(names(get("package_search", "fq", "tags:" + keyword, "sort", "name asc"))).containsExactly(a, b);
        assertThat(names(get("package_search", "fq", "tags:" + keyword, "sort", "metadata_modified desc")))
                .containsExactly(a, b);
        assertThat(names(get("package_search", "fq", "tags:" + keyword, "sort", "name desc"))).containsExactly(b, a);
        JsonNode recent = get("current_package_list_with_resources", "limit", "1").result();
        assertThat(recent).hasSize(1);
        assertThat(recent.get(0).get("name").asString()).isEqualTo(a);
        assertThat(recent.get(0).get("resources")).hasSize(2);
        assertThat(get("package_search", "rows", "5000").status()).isEqualTo(200);
    }

    private static List<String> names(Answer answer) {
        List<String> out = new ArrayList<>();
        answer.result().get("results").forEach(d -> out.add(d.get("name").asString()));
        return out;
    }

    @Test
    void draftsStayOutOfEveryAnswer() throws Exception {
        String name = OpenDataFixtures.draft(publishing, CONGRESS, unique("borrador"));
        Answer show = get("package_show", "id", name);
        assertThat(show.status()).isEqualTo(403);
        assertThat(show.error().get("__type").asString()).isEqualTo("Authorization Error");
        assertThat(get("package_search", "q", "name:" + name).result().get("count").asInt()).isZero();
        List<String> listed = new ArrayList<>();
        get("package_list").result().forEach(n -> listed.add(n.asString()));
        assertThat(listed).doesNotContain(name);
    }

    @Test
    void organizationsGroupsAndTagsAreListed() throws Exception {
        String keyword = unique("etiqueta");
        OpenDataFixtures.published(publishing, CONGRESS, unique("obras"), keyword);
        List<String> organizations = new ArrayList<>();
        get("organization_list").result().forEach(n -> organizations.add(n.asString()));
        assertThat(organizations).contains(CONGRESS, JUDICIARY);
        JsonNode full = get("organization_list", "all_fields", "true", "sort", "name asc", "limit", "100").result();
        assertThat(full.get(0).has("package_count")).isTrue();
        assertThat(full.findValuesAsString("name")).isSorted();
        JsonNode congress = get("organization_show", "id", CONGRESS).result();
        assertThat(congress.get("package_count").asInt()).isPositive();
        assertThat(get("organization_show", "id", congress.get("id").asString()).result().get("name").asString())
                .isEqualTo(CONGRESS);
        assertThat(get("organization_show", "id", "no-existe").status()).isEqualTo(404);
        List<String> groups = new ArrayList<>();
        get("group_list").result().forEach(n -> groups.add(n.asString()));
        assertThat(groups).contains("gove", "educ");
        List<String> tags = new ArrayList<>();
        get("tag_list").result().forEach(n -> tags.add(n.asString()));
        assertThat(tags).contains(keyword, "obras").isSorted();
        assertThat(get("tag_list", "query", keyword).result()).hasSize(1);
    }
}
