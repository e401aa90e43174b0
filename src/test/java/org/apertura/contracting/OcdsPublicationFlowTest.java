package org.apertura.contracting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishing OCDS in through the API and reading it back: the fictional example release by release gives back its
 * record exactly; a bad release refuses the whole package; republishing is idempotent and a changed release is
 * refused; the record package meets the OCDS 1.1.5 schema; 1.0 data is accepted.
 */
@IntegrationTest
class OcdsPublicationFlowTest {

    private static final String BUYER = "poder-ejecutivo-durango";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordsWrittenInBinaryKeepTheirAmountsAndDates(@Autowired org.springframework.transaction.PlatformTransactionManager transactions) {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.apertura.platform.PostgresCopy.available(jdbc));
        ProcessRecord record = new ProcessRecord("ocds-binary-1", OcdsVersion.V1_1, BUYER);
        ObjectNode compiled = OcdsJson.MAPPER.createObjectNode();
        compiled.putObject("tender").put("title", "Compra\tde papel \\ \"A4\"").putObject("value").put("amount",
                new java.math.BigDecimal("1234567.505")).put("currency", "MXN");
        compiled.withObject("/tender").putObject("tenderPeriod").put("startDate", "2025-03-01T10:00:00.123456-06:00");
        compiled.putArray("awards").addObject().put("status", "active").putObject("value")
                .put("amount", new java.math.BigDecimal("0.05")).put("currency", "MXN");
        java.time.Instant now = java.time.Instant.parse("2026-12-07T22:00:00.654321Z");
        record.update(null, null, compiled, 3, "2025-03-01T10:00:00Z", now);
        ReleaseRows.Buffer json = new ReleaseRows.Buffer(1);
        json.writeBytes(compiled.toString().getBytes(StandardCharsets.UTF_8));
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            List<Object[]> rows = new ArrayList<>();
            rows.add(record.row(json, json));
            new ReleaseRows(jdbc).insertRecords(rows);
            Map<String, Object> row = jdbc.queryForMap("SELECT * FROM ocds_record WHERE ocid = 'ocds-binary-1'");
            assertThat(row.get("title")).isEqualTo("Compra\tde papel \\ \"A4\"");
            assertThat((java.math.BigDecimal) row.get("tender_amount")).isEqualByComparingTo("1234567.505");
            assertThat((java.math.BigDecimal) row.get("awarded_amount")).isEqualByComparingTo("0.05");
            assertThat(row.get("release_count")).isEqualTo(3);
            assertThat(row.get("compiled_json")).isEqualTo(compiled.toString());
            assertThat(jdbc.queryForObject("SELECT tender_start = TIMESTAMPTZ '2025-03-01T16:00:00.123456Z' AND "
                    + "updated_at = TIMESTAMPTZ '2026-12-07T22:00:00.654321Z' FROM ocds_record WHERE ocid = 'ocds-binary-1'",
                    Boolean.class)).isTrue();
            status.setRollbackOnly();
        });
    }

    @Test
    void theFictionalExampleReleaseByReleaseGivesBackItsRecord() throws Exception {
        String token = OcdsFixtures.procurementToken(accounts, BUYER);
        String ocid = OcdsFixtures.newOcid();
        for (String file : OcdsFixtures.RELEASE_FILES) {
            publish(token, OcdsFixtures.example(file, ocid, BUYER).getBytes(StandardCharsets.UTF_8))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.releasesStored").value(1))
                    .andExpect(jsonPath("$.ocidsTouched").value(1));
        }
        JsonNode expected = OcdsJson.MAPPER.readTree(OcdsFixtures.expectedRecord(ocid, BUYER)).get("records").get(0);
        JsonNode recordPackage = recordPackage(ocid);
        JsonNode record = recordPackage.get("records").get(0);

        assertThat(record.get("compiledRelease")).isEqualTo(expected.get("compiledRelease"));
        assertThat(record.get("versionedRelease")).isEqualTo(expected.get("versionedRelease"));
        assertThat(record.get("releases")).hasSize(6);
        assertThat(recordPackage.get("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(recordPackage.get("uri").asString()).endsWith("/api/v1/ocds/records/" + ocid);

        // Each release is in the ledger: in an entry of its buyer's, with its ocid, id and SHA-256.
        List<String> entries = jdbc.queryForList("SELECT payload FROM ledger_entry WHERE module = 'contracting' AND "
                + "type = 'releases.published' AND subject_kind = 'ocds-buyer' AND subject_id = ? AND payload LIKE ?",
                String.class, BUYER, "%" + ocid + "%");
        assertThat(entries).hasSize(6).allSatisfy(p -> assertThat(p).doesNotContain("@"));
        List<Map<String, Object>> stored = jdbc.queryForList(
                "SELECT release_id, sha256 FROM ocds_release WHERE ocid = ?", ocid);
        assertThat(stored).hasSize(6).allSatisfy(r -> assertThat(entries).anySatisfy(p -> assertThat(p)
                .contains("{\"ocid\":\"" + ocid + "\",\"release\":\"" + r.get("release_id") + "\",\"sha256\":\""
                        + r.get("sha256") + "\"")));
        Map<String, Object> figures = jdbc.queryForMap("SELECT title, buyer_slug, tender_status, awarded_amount, "
                + "awarded_currency, supplier_names FROM ocds_record WHERE ocid = ?", ocid);
        assertThat(figures.get("buyer_slug")).isEqualTo(BUYER);
        assertThat(figures.get("title")).isNotNull();
        assertThat(figures.get("awarded_currency")).isNotNull();
    }

    @Test
    void theHistoryOfAProcessListsTheEntriesThatPublishedItsReleases() throws Exception {
        String token = OcdsFixtures.procurementToken(accounts, BUYER);
        String ocid = OcdsFixtures.newOcid();
        String other = OcdsFixtures.newOcid();
        for (String file : OcdsFixtures.RELEASE_FILES.subList(0, 2)) {
            publish(token, OcdsFixtures.example(file, ocid, BUYER).getBytes(StandardCharsets.UTF_8))
                    .andExpect(status().isCreated());
        }
        publish(token, OcdsFixtures.example(OcdsFixtures.RELEASE_FILES.get(0), other, BUYER)
                .getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated());
        List<Long> mine = jdbc.queryForList("SELECT seq FROM ledger_entry WHERE type = 'releases.published' AND "
                + "payload LIKE ? ORDER BY seq", Long.class, "%" + ocid + "%");
        long theOther = jdbc.queryForObject("SELECT seq FROM ledger_entry WHERE type = 'releases.published' AND "
                + "payload LIKE ?", Long.class, "%" + other + "%");
        assertThat(mine).hasSize(2);

        // The page of the process's history lists both entries (their buyer is their subject), not the other one's.
        String page = mvc.perform(get("/historial").param("tipo", "ocds-process").param("id", ocid))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (long seq : mine) {
            assertThat(page).contains("data-label=\"Entrada\">" + seq + "<");
        }
        assertThat(page).doesNotContain("data-label=\"Entrada\">" + theOther + "<");
        // And so does the API, for mirrors following one process.
        mvc.perform(get("/api/v1/ledger").param("subjectKind", "ocds-process").param("subjectId", ocid))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(2))
                .andExpect(jsonPath("$.entries[0].seq").value(mine.get(0)));
    }

    @Test
    void theRecordPackageMeetsTheOcdsRecordPackageSchema() throws Exception {
        String token = OcdsFixtures.procurementToken(accounts, BUYER);
        String ocid = OcdsFixtures.newOcid();
        // The whole example in one go, gzip-compressed: the record is compiled incrementally all the same.
        for (String file : OcdsFixtures.RELEASE_FILES) {
            publish(token, gzip(OcdsFixtures.example(file, ocid, BUYER))).andExpect(status().isCreated());
        }
        List<Error> errors = recordPackageSchema().validate(recordPackage(ocid));
        assertThat(errors).isEmpty();
    }

    @Test
    void aPackageWithOneBadReleaseSavesNothingAndSaysWhere() throws Exception {
        String token = OcdsFixtures.procurementToken(accounts, BUYER);
        String ocid = OcdsFixtures.newOcid();
        ObjectNode pack = (ObjectNode) OcdsJson.MAPPER.readTree(OcdsFixtures.example("ocds-213czf-000-00001.json", ocid, BUYER));
        ObjectNode tender = (ObjectNode) pack.get("releases").get(1).get("tender");
        ((ObjectNode) tender.get("value")).put("amount", -5);
        ((ObjectNode) tender.get("value")).put("currency", "PESOS");
        publish(token, OcdsJson.MAPPER.writeValueAsBytes(pack))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("/releases/1/tender/value/amount")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("/releases/1/tender/value/currency")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("contracting.ocds.negativeAmount")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocds_release WHERE ocid = ?", Integer.class, ocid)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocds_record WHERE ocid = ?", Integer.class, ocid)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE subject_id = ?", Integer.class, ocid))
                .isZero();
    }

    @Test
    void schemaAndProcessRulesAreReportedInEnglishToo() throws Exception {
        String token = OcdsFixtures.procurementToken(accounts, BUYER);
        String ocid = OcdsFixtures.newOcid();
        ObjectNode pack = (ObjectNode) OcdsJson.MAPPER.readTree(OcdsFixtures.example("ocds-213czf-000-00001.json", ocid, BUYER));
        ObjectNode planning = (ObjectNode) pack.get("releases").get(0);
        planning.remove("initiationType");
        ObjectNode contract = (ObjectNode) pack.get("releases").get(4).get("contracts").get(0);
        contract.put("awardID", "no-such-award");
        ObjectNode period = (ObjectNode) pack.get("releases").get(1).get("tender").get("tenderPeriod");
        period.put("startDate", "2030-01-01T00:00:00Z");
        mvc.perform(post("/api/v1/ocds/releases").header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(OcdsJson.MAPPER.writeValueAsBytes(pack)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("/releases/0/initiationType")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("contracting.ocds.schemaRequired")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("/releases/1/tender/tenderPeriod/endDate")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(org.hamcrest.Matchers.startsWith(
                        "At /releases/0/initiationType"))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocds_release WHERE ocid = ?", Integer.class, ocid)).isZero();
    }

    @Test
    void aContractNamingNoAwardOfTheProcessIsRefused() throws Exception {
        String token = OcdsFixtures.procurementToken(accounts, BUYER);
        String ocid = OcdsFixtures.newOcid();
        ObjectNode pack = (ObjectNode) OcdsJson.MAPPER.readTree(OcdsFixtures.example("ocds-213czf-000-00001.json", ocid, BUYER));
        ((ObjectNode) pack.get("releases").get(4).get("contracts").get(0)).put("awardID", "no-such-award");
        publish(token, OcdsJson.MAPPER.writeValueAsBytes(pack))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("/releases/4/contracts/0/awardID")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("contracting.ocds.awardId")));
    }

    @Test
    void theSameReleaseAgainIsIdempotentAndAChangedOneIsRefused() throws Exception {
        String token = OcdsFixtures.procurementToken(accounts, BUYER);
        String ocid = OcdsFixtures.newOcid();
        String planning = OcdsFixtures.example(OcdsFixtures.RELEASE_FILES.get(0), ocid, BUYER);
        publish(token, planning.getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.releasesStored").value(1));
        publish(token, planning.getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.releasesStored").value(0))
                .andExpect(jsonPath("$.releasesUnchanged").value(1));

        ObjectNode changed = (ObjectNode) OcdsJson.MAPPER.readTree(planning);
        ((ObjectNode) changed.get("releases").get(0).get("planning")).put("rationale", "Otra justificación");
        publish(token, OcdsJson.MAPPER.writeValueAsBytes(changed))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("/releases/0/id"))
                .andExpect(jsonPath("$.errors[0].code").value("contracting.ocds.changedRelease"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocds_release WHERE ocid = ?", Integer.class, ocid)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE payload LIKE ?", Integer.class,
                "%" + ocid + "%")).isOne();
    }

    @Test
    void aReleaseRepeatedPastTheFirstBatchOfOneInputIsUnchangedAndAChangedOneIsRefused() throws Exception {
        String token = OcdsFixtures.procurementToken(accounts, BUYER);
        String first = OcdsFixtures.newOcid();
        // The release again after a whole batch of other processes' releases: found among those stored by this input.
        StringBuilder lines = new StringBuilder(planningLine(first, null));
        for (int i = 0; i < OcdsPublication.BATCH; i++) {
            lines.append(planningLine(OcdsFixtures.newOcid(), null));
        }
        publish(token, lines.append(planningLine(first, null)).toString().getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.releasesStored").value(OcdsPublication.BATCH + 1))
                .andExpect(jsonPath("$.releasesUnchanged").value(1));

        String second = OcdsFixtures.newOcid();
        lines = new StringBuilder(planningLine(second, null));
        for (int i = 0; i < OcdsPublication.BATCH; i++) {
            lines.append(planningLine(OcdsFixtures.newOcid(), null));
        }
        publish(token, lines.append(planningLine(second, "Otra justificación")).toString()
                .getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("contracting.ocds.changedRelease"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ocds_release WHERE ocid = ?", Integer.class, second))
                .isZero();
    }

    @Test
    void processesSpreadOverSeveralBatchesAndChunksEachGiveBackTheirRecordAndABadOneSavesNothing() throws Exception {
        // More releases than a batch and more processes than a merge chunk, each process's releases spread over
        // the whole input: batches are checked and chunks merged by several workers at once, and each record is
        // still the example's, its releases merged in input order.
        String token = OcdsFixtures.procurementToken(accounts, BUYER);
        List<String> ocids = java.util.stream.Stream.generate(OcdsFixtures::newOcid)
                .limit(OcdsPublication.MERGE_CHUNK + 10).toList();
        publish(token, interleaved(ocids, null).getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.releasesStored").value(ocids.size() * OcdsFixtures.RELEASE_FILES.size()))
                .andExpect(jsonPath("$.ocidsTouched").value(ocids.size()));
        for (String ocid : ocids) {
            JsonNode expected = OcdsJson.MAPPER.readTree(OcdsFixtures.expectedRecord(ocid, BUYER)).get("records")
                    .get(0);
            JsonNode record = recordPackage(ocid).get("records").get(0);
            assertThat(record.get("compiledRelease")).isEqualTo(expected.get("compiledRelease"));
            assertThat(record.get("versionedRelease")).isEqualTo(expected.get("versionedRelease"));
        }

        // The same with the very last release invalid (in the last batch, after the others were written): the
        // whole input is refused and nothing of it is saved.
        List<String> others = java.util.stream.Stream.generate(OcdsFixtures::newOcid)
                .limit(OcdsPublication.MERGE_CHUNK + 10).toList();
        publish(token, interleaved(others, others.get(others.size() - 1)).getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("/language"))
                .andExpect(jsonPath("$.errors[0].code").value("contracting.ocds.schemaType"));
        String any = "SELECT COUNT(*) FROM %s WHERE " + String.join(" OR ", java.util.Collections.nCopies(
                others.size(), "%s = ?"));
        for (String[] table : new String[][] {{"ocds_release", "ocid"}, {"ocds_record", "ocid"},
            {"ledger_mention", "subject_id"}}) {
            Object[] columns = new Object[others.size() + 1];
            columns[0] = table[0];
            java.util.Arrays.fill(columns, 1, columns.length, table[1]);
            assertThat(jdbc.queryForObject(String.format(any, columns), Integer.class, others.toArray()))
                    .as(table[0]).isZero();
        }
    }

    /**
     * The example's releases of every process as JSON Lines, release by release (each file's release of every
     * process, then the next file's); the last line's {@code language} made invalid if {@code broken} is given.
     */
    private static String interleaved(List<String> ocids, String broken) {
        StringBuilder lines = new StringBuilder();
        for (int f = 0; f < OcdsFixtures.RELEASE_FILES.size(); f++) {
            for (String ocid : ocids) {
                ObjectNode release = (ObjectNode) OcdsJson.MAPPER.readTree(OcdsFixtures.example(
                        OcdsFixtures.RELEASE_FILES.get(f), ocid, BUYER)).get("releases").get(0);
                if (ocid.equals(broken) && f == OcdsFixtures.RELEASE_FILES.size() - 1) {
                    release.put("language", 5);
                }
                lines.append(OcdsJson.MAPPER.writeValueAsString(release)).append('\n');
            }
        }
        return lines.toString();
    }

    /** The example's planning release of the process as one line of JSON Lines, its rationale changed if given. */
    private static String planningLine(String ocid, String rationale) {
        ObjectNode release = (ObjectNode) OcdsJson.MAPPER.readTree(OcdsFixtures.example(
                OcdsFixtures.RELEASE_FILES.get(0), ocid, BUYER)).get("releases").get(0);
        if (rationale != null) {
            ((ObjectNode) release.get("planning")).put("rationale", rationale);
        }
        return OcdsJson.MAPPER.writeValueAsString(release) + "\n";
    }

    @Test
    void aReleaseOutOfDateOrderRecompilesToTheSameRecord() throws Exception {
        String token = OcdsFixtures.procurementToken(accounts, BUYER);
        String ocid = OcdsFixtures.newOcid();
        List<String> files = new ArrayList<>(OcdsFixtures.RELEASE_FILES);
        java.util.Collections.swap(files, 2, 3); // the tender amendment arrives after the award
        for (String file : files) {
            publish(token, OcdsFixtures.example(file, ocid, BUYER).getBytes(StandardCharsets.UTF_8))
                    .andExpect(status().isCreated());
        }
        JsonNode expected = OcdsJson.MAPPER.readTree(OcdsFixtures.expectedRecord(ocid, BUYER)).get("records").get(0);
        JsonNode record = recordPackage(ocid).get("records").get(0);
        assertThat(record.get("compiledRelease")).isEqualTo(expected.get("compiledRelease"));
        assertThat(record.get("versionedRelease")).isEqualTo(expected.get("versionedRelease"));
    }

    @Test
    void anOcds10ReleasePackageIsAccepted() throws Exception {
        String token = OcdsFixtures.procurementToken(accounts, BUYER);
        String ocid = OcdsFixtures.newOcid();
        String pack = """
                {"uri": "https://example.mx/paquetes/1", "publishedDate": "2016-03-01T09:00:00Z",
                 "publisher": {"name": "Poder Ejecutivo de Durango"},
                 "releases": [{"ocid": "%s", "id": "%s-01", "date": "2016-03-01T09:00:00Z",
                   "tag": ["tender"], "initiationType": "tender", "language": "es",
                   "buyer": {"name": "Poder Ejecutivo de Durango", "identifier": {"scheme": "APERTURA", "id": "%s"}},
                   "tender": {"id": "%s-t", "title": "Papelería", "status": "active",
                     "value": {"amount": 125000.50, "currency": "MXN"}, "procurementMethod": "open",
                     "tenderPeriod": {"startDate": "2016-03-01T09:00:00Z", "endDate": "2016-03-20T18:00:00Z"}}}]}
                """.formatted(ocid, ocid, BUYER, ocid);
        publish(token, pack.getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.releasesStored").value(1));
        JsonNode recordPackage = recordPackage(ocid);
        assertThat(recordPackage.has("version")).isFalse();
        assertThat(recordPackage.get("records").get(0).get("compiledRelease").get("tender").get("title").asString())
                .isEqualTo("Papelería");
        mvc.perform(get("/api/v1/ocds/releases").param("version", "1.0").param("ocid", ocid))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.releases.length()").value(1));
    }

    @Test
    void releasesAreListedByCursorWithFilters() throws Exception {
        String token = OcdsFixtures.procurementToken(accounts, BUYER);
        String ocid = OcdsFixtures.newOcid();
        publish(token, OcdsFixtures.example("ocds-213czf-000-00001.json", ocid, BUYER).getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.releasesStored").value(6));

        String first = mvc.perform(get("/api/v1/ocds/releases").param("ocid", ocid).param("size", "4"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.releases.length()").value(4))
                .andExpect(jsonPath("$.version").value("1.1"))
                .andExpect(jsonPath("$.publisher.name").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        String next = OcdsJson.MAPPER.readTree(first).get("links").get("next").asString();
        String path = next.substring(next.indexOf("/api/v1/"));
        mvc.perform(get(java.net.URI.create(path)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.releases.length()").value(2))
                .andExpect(jsonPath("$.links").doesNotExist());
        mvc.perform(get("/api/v1/ocds/releases").param("ocid", ocid).param("from", "2010-03-16").param("to", "2010-06-01"))
                .andExpect(jsonPath("$.releases.length()").value(3));
        mvc.perform(get("/api/v1/ocds/releases").param("ocid", ocid).param("buyer", "congreso-durango"))
                .andExpect(jsonPath("$.releases.length()").value(0));
        mvc.perform(get("/api/v1/ocds/releases").param("from", "ayer"))
                .andExpect(status().isBadRequest());
    }

    private ResultActions publish(String token, byte[] body) throws Exception {
        return mvc.perform(post("/api/v1/ocds/releases").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode recordPackage(String ocid) throws Exception {
        return OcdsJson.MAPPER.readTree(mvc.perform(get("/api/v1/ocds/records/{ocid}", ocid))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    static Schema recordPackageSchema() throws Exception {
        String base = "https://standard.open-contracting.org/schema/1__1__5/";
        Map<String, String> schemas = Map.of(
                base + "record-package-schema.json", schema("record-package-schema.json"),
                base + "release-schema.json", schema("release-schema.json"),
                base + "versioned-release-validation-schema.json", schema("versioned-release-validation-schema.json"));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                builder -> builder.schemas(schemas));
        return registry.getSchema(SchemaLocation.of(base + "record-package-schema.json"));
    }

    private static String schema(String file) throws Exception {
        return Files.readString(SharedReference.ocds("schema", file));
    }
}
