package org.apertura.archives;

import static org.apertura.archives.ArchivesTesting.as;
import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apertura.IntegrationTest;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.AccessRequestService;
import org.apertura.accessinfo.Modality;
import org.apertura.accessinfo.NotificationMedium;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Every act of the exercise, filed by itself: the demo's secretariat approves a session's minutes and the executive's
 * transparency unit answers a request with a public version; nobody files them, yet both are in case files of the
 * series the executive's archive configured, the session's file closed with its minutes. An archivist chooses those
 * series at the archive's desk (bad choices refused in both languages), and an institution's request is filed there.
 */
@IntegrationTest
class AutoFilingTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    JurisdictionService directory;
    @Autowired
    Instruments instruments;
    @Autowired
    ValuationSheets sheets;
    @Autowired
    AccessRequestService requests;
    @Autowired
    Today today;
    @Autowired
    org.apertura.ledger.LedgerService ledger;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void anArchivistChoosesTheSeriesAtTheDeskAndTheInstitutionsRequestsAreFiledThereByThemselves() throws Exception {
        String slug = "archivo-automatico-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> directory.createInstitution(new InstitutionDraft(slug, "Instituto de prueba " + slug,
                null, "durango", Branch.AUTONOMOUS, false, null, null)));
        Instrument draft = as(Role.ARCHIVIST, slug, () -> instruments.importFile(slug, "c.csv",
                ArchivesTesting.bytes(ArchivesTesting.CATALOG)));
        ArchivesTesting.fichas(sheets, draft);
        as(Role.COORDINATING_ARCHIVIST, slug, () -> instruments.approve(slug, draft.getNumber(), "GI-1",
                today.date(), "Coordinación de archivos\nÓrgano Interno de Control"));
        Account account = TestAccounts.person(accounts, "Archivista del instituto");
        SystemActor.run(() -> accounts.grant(account.getId(), Role.ARCHIVIST, slug, null));
        RequestPostProcessor archivist = details.signedIn(account);
        String path = "/archivos/" + slug + "/gestion/archivo-automatico";

        refused(archivist, slug, post(path).param("registro", "SESSION").param("serie", "CDG.2C.1")
                .param("organo", "Órgano de Prueba"), "archives.autofile.error.series", "archives.autofile.error.body");
        refused(archivist, slug, post(path).param("registro", "OTRO").param("serie", "CDG.1C.2"),
                "archives.autofile.error.kind");
        mvc.perform(post(path).with(archivist).with(csrf()).param("registro", "ACCESS_REQUEST").param("serie",
                "CDG.1C.2")).andExpect(status().is3xxRedirection());
        refused(archivist, slug, post(path).param("registro", "ACCESS_REQUEST").param("serie", "CDG.1C.1"),
                "archives.autofile.error.exists");
        String desk = mvc.perform(get("/archivos/" + slug + "/gestion").with(archivist)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(desk)).contains(messages.getMessage("archives.recordKind.ACCESS_REQUEST",
                null, Today.LOCALE) + " → CDG.1C.2");

        String folio = requests.file(new AccessRequestService.FilingRequest(List.of(slug), new AccessRequest.Filing(
                "Oficios recibidos en 2025", Modality.ELECTRONIC, null, NotificationMedium.PLATFORM, null)))
                .requests().get(0).getFolio();
        assertThat(jdbc.queryForList("SELECT series_code FROM archives_file WHERE institution_slug = ? AND auto_key "
                + "LIKE 'access_request:%'", String.class, slug)).as("the request " + folio + " filed by itself")
                .containsExactly("CDG.1C.2");

        long rule = jdbc.queryForObject("SELECT id FROM archives_filing_rule WHERE institution_slug = ?", Long.class,
                slug);
        mvc.perform(post(path + "/" + rule + "/quitar").with(archivist).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM archives_filing_rule WHERE institution_slug = ?",
                Integer.class, slug)).isZero();
    }

    /** Refused with these keys, said on the desk in Spanish and English, and no rule saved. */
    private void refused(RequestPostProcessor who, String slug,
            org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> form,
            String... keys) throws Exception {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM archives_filing_rule WHERE institution_slug = ?",
                Integer.class, slug);
        MvcResult result = mvc.perform(form.with(who).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn();
        @SuppressWarnings("unchecked")
        List<FieldProblem> problems = (List<FieldProblem>) result.getFlashMap().get("filingProblems");
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactlyInAnyOrder(keys);
        for (Locale locale : List.of(Today.LOCALE, Locale.ENGLISH)) {
            String page = HtmlUtils.htmlUnescape(mvc.perform(get("/archivos/" + slug + "/gestion").with(who)
                    .flashAttrs(result.getFlashMap()).cookie(new jakarta.servlet.http.Cookie("APERTURA_LANG",
                            locale.toLanguageTag()))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            for (String key : keys) {
                assertThat(page).contains(messages.getMessage(key, null, locale));
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM archives_filing_rule WHERE institution_slug = ?",
                Integer.class, slug)).as("nothing saved").isEqualTo(before);
    }

    /**
     * A rule for commitments or challenges files only its own institution's: another institution's archive with the
     * same rules gets nothing from a commitment or challenge led by the executive, while the executive's files do.
     */
    @Test
    void aCommitmentOrChallengeIsFiledOnlyByItsLeadInstitutionsArchive() {
        String other = "archivo-ajeno-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> directory.createInstitution(new InstitutionDraft(other, "Instituto ajeno " + other,
                null, "durango", Branch.AUTONOMOUS, false, null, null)));
        Instrument draft = as(Role.ARCHIVIST, other, () -> instruments.importFile(other, "c.csv",
                ArchivesTesting.bytes(ArchivesTesting.CATALOG)));
        ArchivesTesting.fichas(sheets, draft);
        as(Role.COORDINATING_ARCHIVIST, other, () -> instruments.approve(other, draft.getNumber(), "GI-1",
                today.date(), "Coordinación de archivos\nÓrgano Interno de Control"));
        jdbc.update("INSERT INTO archives_filing_rule (institution_slug, kind, series_code) VALUES (?, 'ACTION_PLAN',"
                + " 'CDG.1C.1'), (?, 'CHALLENGE', 'CDG.1C.2')", other, other);

        Long commitment = jdbc.queryForObject("SELECT MIN(c.id) FROM commitment c JOIN institution i ON i.id = "
                + "c.lead_institution_id WHERE i.slug = ?", Long.class, ArchivesDemo.STATE);
        Long challenge = jdbc.queryForObject("SELECT MIN(h.id) FROM challenge h JOIN commitment c ON c.id = "
                + "h.commitment_id JOIN institution i ON i.id = c.lead_institution_id WHERE i.slug = ?", Long.class,
                ArchivesDemo.STATE);
        assertThat(commitment).as("the demo has a commitment led by the executive").isNotNull();
        assertThat(challenge).as("the demo has a challenge of a commitment led by the executive").isNotNull();
        int executiveBefore = documentsOf(ArchivesDemo.STATE, "action_plan:" + commitment)
                + documentsOf(ArchivesDemo.STATE, "challenge:" + challenge);

        SystemActor.run(() -> new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(done -> {
            ledger.append("actionplan", "commitment.revised", "commitment", commitment, Map.of("reason",
                    "Prueba de archivo"));
            ledger.append("challenge", "challenge.changed", "challenge", challenge, Map.of("challenge", "prueba"));
        }));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM archives_file WHERE institution_slug = ?", Integer.class,
                other)).as("another institution's rules file none of the executive's records").isZero();
        assertThat(documentsOf(ArchivesDemo.STATE, "action_plan:" + commitment)
                + documentsOf(ArchivesDemo.STATE, "challenge:" + challenge))
                .as("the executive's own archive files both").isEqualTo(executiveBefore + 2);
    }

    private int documentsOf(String institution, String autoKey) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM archives_document d JOIN archives_file f ON f.id = d.file_id "
                + "WHERE f.institution_slug = ? AND f.auto_key = ?", Integer.class, institution, autoKey);
    }

    @Test
    void aSessionsMinutesAreFiledAndTheFileClosesWithThem() {
        List<Map<String, Object>> minutes = jdbc.queryForList("SELECT f.series_code, f.closed_on, f.title, d.link FROM "
                + "archives_file f JOIN archives_document d ON d.file_id = f.id WHERE f.institution_slug = ? "
                + "AND f.auto_key LIKE 'session:%' AND d.link LIKE '/organos/stl-durango/sesiones/%/acta'",
                ArchivesDemo.STATE);
        assertThat(minutes).isNotEmpty();
        assertThat(minutes).allSatisfy(row -> {
            assertThat(row.get("SERIES_CODE") == null ? row.get("series_code") : row.get("SERIES_CODE"))
                    .isEqualTo("PEED.1C.3");
            assertThat(row.get("CLOSED_ON") == null ? row.get("closed_on") : row.get("CLOSED_ON"))
                    .as("the session's file closes when its minutes are approved").isNotNull();
            assertThat((String) (row.get("TITLE") == null ? row.get("title") : row.get("TITLE")))
                    .as("the file is titled with the body's name, not its address")
                    .matches("Sesión \\d+ del órgano Secretariado Técnico Local.*").doesNotContain("stl-durango");
        });
    }

    @Test
    void anAccessRequestAndItsPublicVersionAreFiled() {
        List<Map<String, Object>> versions = jdbc.queryForList("SELECT f.reference, d.sha256, d.title FROM "
                + "archives_file f JOIN archives_document d ON d.file_id = f.id WHERE f.institution_slug = ? "
                + "AND f.series_code = 'PEED.5C.1' AND d.source_key LIKE 'request-file:%'", ArchivesDemo.STATE);
        assertThat(versions).isNotEmpty();
        assertThat(versions).extracting(row -> String.valueOf(row.getOrDefault("SHA256", row.get("sha256"))))
                .allSatisfy(sha -> assertThat(sha).hasSize(64));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM archives_file WHERE institution_slug = ? "
                + "AND auto_key LIKE 'access_request:%'", Integer.class, ArchivesDemo.STATE))
                .as("each of the executive's requests has its file").isGreaterThan(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM archives_file WHERE institution_slug <> ? "
                + "AND auto_key LIKE 'access_request:%'", Integer.class, ArchivesDemo.STATE))
                .as("another institution's requests are not filed in the executive's fonds").isZero();
    }
}
