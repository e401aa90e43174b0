package org.apertura.opendata.api;

import static org.apertura.opendata.api.OpenDataFixtures.CONGRESS;
import static org.apertura.opendata.api.OpenDataFixtures.JUDICIARY;
import static org.apertura.opendata.api.OpenDataFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.Hashing;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * CKAN's publishing calls with a token, as CKAN scripts send them ({@code Authorization: <token>}): a DATA_PUBLISHER of
 * the institution creates, patches and adds files and links, through the catalog's own service (its checks, its
 * ledger); anyone else gets CKAN's Authorization Error and nothing is saved; bad input is a Validation Error.
 */
@IntegrationTest
class CkanWritesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
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

    String token(Role role, String institution) {
        Account person = TestAccounts.person(accounts, "Persona que publica datos");
        SystemActor.run(() -> accounts.grant(person.getId(), role, institution, null));
        return accounts.createToken(person.getId(), "ckan").secret();
    }

    Answer send(AbstractMockHttpServletRequestBuilder<?> request, String authorization) throws Exception {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
        return new Answer(response.getStatus(), json.readTree(response.getContentAsByteArray()));
    }

    Answer action(String action, Object body, String authorization) throws Exception {
        return send(post("/api/3/action/" + action).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)), authorization);
    }

    Map<String, Object> dataset(String name) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        d.put("title", "Licitaciones de obra " + name);
        d.put("notes", "Las licitaciones de obra pública del año, una por fila.");
        d.put("owner_org", CONGRESS);
        d.put("license_id", "CC0-1.0");
        d.put("tags", List.of(Map.of("name", "licitaciones"), Map.of("name", "obra pública")));
        d.put("groups", List.of(Map.of("name", "econ")));
        d.put("maintainer", "Dirección de Obras");
        d.put("maintainer_email", "obras@congreso.example.mx");
        d.put("extras", List.of(Map.of("key", "frequency", "value", "MONTHLY"),
                Map.of("key", "temporal_start", "value", "2025-01-01"),
                Map.of("key", "spatial_inegi", "value", "10005")));
        d.put("resources", List.of(Map.of("url", "https://congreso.example.mx/licitaciones.csv", "name", "Licitaciones",
                "format", "CSV")));
        return d;
    }

    private long ledger() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry", Long.class);
    }

    private long datasets() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM opendata_dataset", Long.class);
    }

    private long resources() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM opendata_resource", Long.class);
    }

    @Test
    void aPublishersScriptCreatesPatchesAndUploadsAsWithCkan() throws Exception {
        String token = token(Role.DATA_PUBLISHER, CONGRESS);
        String name = unique("licitaciones");
        long ledgerBefore = ledger();
        Answer created = action("package_create", dataset(name), token);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        assertThat(created.body().get("success").asBoolean()).isTrue();
        JsonNode d = created.result();
        assertThat(d.get("name").asString()).isEqualTo(name);
        assertThat(d.get("state").asString()).isEqualTo("active");
        assertThat(d.get("license_id").asString()).isEqualTo("CC0-1.0");
        assertThat(d.get("tags").findValuesAsString("name")).containsExactlyInAnyOrder("licitaciones", "obra pública");
        assertThat(d.get("groups").findValuesAsString("name")).containsExactly("econ");
        assertThat(d.get("resources").get(0).get("url").asString()).isEqualTo("https://congreso.example.mx/licitaciones.csv");
        assertThat(ledger()).as("published: in the ledger").isGreaterThan(ledgerBefore);

        // package_patch changes only what it is given.
        Answer patched = action("package_patch", Map.of("id", d.get("id").asString(), "title", "Licitaciones 2025"),
                "Bearer " + token);
        assertThat(patched.status()).as(patched.body().toString()).isEqualTo(200);
        assertThat(patched.result().get("title").asString()).isEqualTo("Licitaciones 2025");
        assertThat(patched.result().get("notes").asString()).isEqualTo(d.get("notes").asString());
        assertThat(patched.result().get("license_id").asString()).isEqualTo("CC0-1.0");

        // resource_create with a file, as ckanapi uploads it (multipart, field "upload").
        byte[] csv = "folio,monto\nL-1,100\nL-2,250.5\n".getBytes(StandardCharsets.UTF_8);
        Answer upload = send(multipart("/api/3/action/resource_create")
                .file(new MockMultipartFile("upload", "licitaciones.csv", "text/csv", csv))
                .param("package_id", name).param("name", "Licitaciones (archivo)"), token);
        assertThat(upload.status()).as(upload.body().toString()).isEqualTo(200);
        JsonNode resource = upload.result();
        assertThat(resource.get("hash").asString()).isEqualTo(Hashing.sha256Hex(csv));
        assertThat(resource.get("size").asLong()).isEqualTo(csv.length);
        assertThat(resource.get("format").asString()).isEqualTo("CSV");
        assertThat(resource.get("url").asString()).startsWith(url.base() + "/datos/" + name + "/recursos/");
        assertThat(resource.get("url_type").asString()).isEqualTo("upload");

        // resource_create with a link, as JSON.
        Answer link = action("resource_create", Map.of("package_id", name, "url", "https://congreso.example.mx/api",
                "name", "API", "format", "JSON"), token);
        assertThat(link.status()).as(link.body().toString()).isEqualTo(200);
        JsonNode shown = action("package_show", Map.of("id", name), null).result();
        assertThat(shown.get("num_resources").asInt()).isEqualTo(3);

        // Older ckanapi versions send the token as X-CKAN-API-Key.
        Answer viaCkanHeader = send(post("/api/3/action/package_patch").contentType(MediaType.APPLICATION_JSON)
                .header("X-CKAN-API-Key", token).content(json.writeValueAsString(Map.of("id", name, "notes",
                        "Las licitaciones de obra pública, una por fila."))), null);
        assertThat(viaCkanHeader.status()).as(viaCkanHeader.body().toString()).isEqualTo(200);
        // A token that is not one is refused before anything runs, in CKAN's envelope.
        Answer fake = action("package_patch", Map.of("id", name, "title", "Otro"), "apt_falso");
        assertThat(fake.status()).isEqualTo(403);
        assertThat(fake.error().get("__type").asString()).isEqualTo("Authorization Error");
    }

    @Test
    void aTokenThatIdentifiesNobodyIsCkansAuthorizationErrorAndSavesNothing() throws Exception {
        Account person = TestAccounts.person(accounts, "Persona que publica datos");
        SystemActor.run(() -> accounts.grant(person.getId(), Role.DATA_PUBLISHER, CONGRESS, null));
        AccountService.NewToken revoked = accounts.createToken(person.getId(), "ckan");
        accounts.revokeToken(person.getId(), revoked.token().getId());
        String existing = unique("existente");
        String publisher = accounts.createToken(person.getId(), "ckan-vigente").secret();
        assertThat(action("package_create", dataset(existing), publisher).status()).isEqualTo(200);
        long datasets = datasets();
        long ledger = ledger();
        for (String authorization : List.of("apt_" + Hashing.randomToken(24), revoked.secret(), "Bearer " + revoked.secret(),
                "Bearer no-es-un-token", "no-es-un-token")) {
            for (Answer answer : List.of(action("package_create", dataset(unique("ajeno")), authorization),
                    action("package_patch", Map.of("id", existing, "title", "Otro"), authorization),
                    send(multipart("/api/3/action/resource_create")
                            .file(new MockMultipartFile("upload", "x.csv", "text/csv", "a,b\n1,2\n".getBytes()))
                            .param("package_id", existing), authorization))) {
                assertThat(answer.status()).as(authorization).isEqualTo(403);
                assertThat(answer.body().get("success").asBoolean()).isFalse();
                assertThat(answer.body().get("help").asString()).startsWith(url.of("/api/3/action/help_show?name="));
                assertThat(answer.error().get("__type").asString()).isEqualTo("Authorization Error");
                assertThat(answer.error().get("message").asString()).startsWith("Access denied: The API token is not valid");
            }
            // CKAN ignores a token it does not know: reads answer as to anyone.
            Answer read = action("package_show", Map.of("id", existing), authorization);
            assertThat(read.status()).as(authorization).isEqualTo(200);
            assertThat(read.result().get("name").asString()).isEqualTo(existing);
        }
        assertThat(datasets()).isEqualTo(datasets);
        assertThat(ledger()).isEqualTo(ledger);
        // Apertura's own API keeps its 401 for such a token.
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/me")
                .header("Authorization", "Bearer " + revoked.secret())).andReturn().getResponse().getStatus())
                .isEqualTo(401);
    }

    @Test
    void aDraftIsKeptUntilPatchedActive() throws Exception {
        String token = token(Role.DATA_PUBLISHER, CONGRESS);
        Map<String, Object> draft = dataset(unique("borrador"));
        draft.put("state", "draft");
        Answer created = action("package_create", draft, token);
        assertThat(created.result().get("state").asString()).isEqualTo("draft");
        assertThat(action("package_show", Map.of("id", draft.get("name")), null).status()).isEqualTo(403);
        Answer published = action("package_patch", Map.of("id", draft.get("name"), "state", "active"), token);
        assertThat(published.result().get("state").asString()).isEqualTo("active");
        assertThat(action("package_show", Map.of("id", draft.get("name")), null).status()).isEqualTo(200);
    }

    @Test
    void nobodyElseWritesAndNothingIsSaved() throws Exception {
        String other = token(Role.DATA_PUBLISHER, JUDICIARY);
        String otherRole = token(Role.LIAISON, CONGRESS);
        String publisher = token(Role.DATA_PUBLISHER, CONGRESS);
        String existing = unique("existente");
        assertThat(action("package_create", dataset(existing), publisher).status()).isEqualTo(200);
        long datasets = datasets();
        long resources = resources();
        long ledger = ledger();
        for (String authorization : java.util.Arrays.asList(null, other, otherRole, "Bearer " + other)) {
            Answer create = action("package_create", dataset(unique("ajeno")), authorization);
            assertThat(create.status()).isEqualTo(403);
            assertThat(create.body().get("success").asBoolean()).isFalse();
            assertThat(create.error().get("__type").asString()).isEqualTo("Authorization Error");
            assertThat(action("package_patch", Map.of("id", existing, "title", "Otro"), authorization).status())
                    .isEqualTo(403);
            assertThat(action("resource_create", Map.of("package_id", existing, "url", "https://x.example.mx"),
                    authorization).status()).isEqualTo(403);
            Answer upload = send(multipart("/api/3/action/resource_create")
                    .file(new MockMultipartFile("upload", "x.csv", "text/csv", "a,b\n1,2\n".getBytes()))
                    .param("package_id", existing), authorization);
            assertThat(upload.status()).isEqualTo(403);
        }
        assertThat(datasets()).isEqualTo(datasets);
        assertThat(resources()).isEqualTo(resources);
        assertThat(ledger()).isEqualTo(ledger);
        assertThat(action("package_show", Map.of("id", existing), null).result().get("title").asString())
                .startsWith("Licitaciones de obra");
    }

    @Test
    void badInputIsAValidationErrorAndNothingIsSaved() throws Exception {
        String token = token(Role.DATA_PUBLISHER, CONGRESS);
        String taken = unique("tomado");
        assertThat(action("package_create", dataset(taken), token).status()).isEqualTo(200);
        long datasets = datasets();
        long resources = resources();
        long ledger = ledger();

        Answer duplicate = action("package_create", dataset(taken), token);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.error().get("__type").asString()).isEqualTo("Validation Error");
        assertThat(duplicate.error().get("name")).isNotNull();

        Map<String, Object> badLicence = dataset(unique("licencia"));
        badLicence.put("license_id", "mi-licencia");
        Answer licence = action("package_create", badLicence, token);
        assertThat(licence.status()).isEqualTo(409);
        assertThat(licence.error().get("license_id").get(0).asString()).contains("mi-licencia");

        Map<String, Object> noTitle = dataset(unique("sin-titulo"));
        noTitle.put("notes", "");
        assertThat(action("package_create", noTitle, token).error().has("notes")).isTrue();

        Map<String, Object> badLink = dataset(unique("enlace"));
        badLink.put("resources", List.of(Map.of("url", "no es una dirección", "name", "x")));
        assertThat(action("package_create", badLink, token).status()).isEqualTo(409);

        Answer notCsv = send(multipart("/api/3/action/resource_create")
                .file(new MockMultipartFile("upload", "datos.csv", "text/csv", new byte[] {0, 1, 2, 3, (byte) 0xff, 0}))
                .param("package_id", taken), token);
        assertThat(notCsv.status()).isEqualTo(409);
        assertThat(notCsv.error().has("upload")).isTrue();

        assertThat(action("package_create", Map.of("name", unique("sin-org"), "title", "x", "notes", "y"), token)
                .error().get("owner_org").get(0).asString()).isEqualTo("Missing value");
        assertThat(action("package_patch", Map.of("id", "no-existe-nunca"), token).status()).isEqualTo(404);
        assertThat(datasets()).isEqualTo(datasets);
        assertThat(resources()).isEqualTo(resources);
        assertThat(ledger()).isEqualTo(ledger);
    }
}
