package org.apertura.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.GuarantorAssignment;
import org.apertura.jurisdiction.GuarantorService;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionDraft;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 2025 model of guarantor authorities on the real database (LGTAIP 2025 art. 3 fr. III–V): the demo's
 * appeals go to the authority assigned on their filing date, a succession moves pending appeals with a public
 * step and ledger entries, administrators' bad input changes nothing and is explained in Spanish and English,
 * and the migration's SQL moves a former guarantor body to the new tables.
 */
@IntegrationTest
class GuarantorAuthoritiesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AppealFixtures fixtures;
    @Autowired
    AppealService appeals;
    @Autowired
    GuarantorService guarantors;
    @Autowired
    JurisdictionService directory;
    @Autowired
    AccountService accounts;
    @Autowired
    LedgerService ledger;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    Appeal fileAgainst(String institution) {
        String key = "clave-" + UUID.randomUUID();
        String request = fixtures.answered(institution, fixtures.today(),
                AppealFixtures.Requester.anonymous("recurre@example.org", key));
        return appeals.file(request, new AppealDraft(Set.of(AppealCause.INCOMPLETE), "Faltan los anexos."), null, key);
    }

    @Test
    void durangosCongressAndJudiciaryGoToTheirOwnAuthoritiesAndTheExecutiveToTheTransitionalInstitute()
            throws Exception {
        Appeal congress = fileAgainst("congreso-durango");
        assertThat(congress.getGuarantorSlug()).isEqualTo("oic-congreso-durango");
        assertThat(congress.getFolio()).startsWith("rr-oic-congreso-durango-");
        assertThat(congress.getGuarantorBasis()).contains("art. 3 fr. V");
        Appeal judiciary = fileAgainst("poder-judicial-durango");
        assertThat(judiciary.getGuarantorSlug()).isEqualTo("disciplina-judicial-durango");
        Appeal executive = fileAgainst("poder-ejecutivo-durango");
        assertThat(executive.getGuarantorSlug()).isEqualTo("idaip");
        assertThat(executive.getGuarantorBasis()).contains("Transitorio Décimo Noveno");
        assertThat(fileAgainst("ayuntamiento-tepehuanes").getGuarantorSlug()).isEqualTo("idaip");

        // The requester sees which authority and why, with the article, in words.
        String page = mvc.perform(get("/recursos/" + congress.getFolio())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Órgano Interno de Control del H. Congreso del Estado de Durango",
                "Por qué esta autoridad", "LGTAIP 2025, art. 3 fr. V");
        String list = mvc.perform(get("/autoridades-garantes")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Organismo garante estatal en transición", "Contraloría interna del Poder Legislativo",
                "Transparencia para el Pueblo", "Poder Legislativo");
        mvc.perform(get("/api/v1/guarantor-assignments").param("jurisdiction", "durango"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.authority == 'oic-congreso-durango')]"
                        + ".subjectKind").value("LEGISLATIVE"));
        assertThat(mvc.perform(get("/autoridades-garantes/asignaciones.csv")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("durango,", "oic-congreso-durango");
    }

    @Test
    void theDemoShowsAPendingJudicialAppealFollowingItsNewAuthority() {
        List<Appeal> judicial = appeals.search("disciplina-judicial-durango", null, null, 0).getContent();
        List<AppealStep> followed = judicial.stream().flatMap(a -> appeals.steps(a).stream())
                .filter(s -> s.getType() == AppealStepType.GUARANTOR_SUCCEEDED).toList();
        assertThat(followed).isNotEmpty()
                .allSatisfy(s -> assertThat(s.getBasis()).contains("art. 3 fr. V"))
                .allSatisfy(s -> assertThat(s.getNote()).startsWith("Instituto Duranguense"));
    }

    @Test
    void aSuccessionMovesPendingAppealsWithAPublicStepAndChangesTheRouting() throws Exception {
        String n = UUID.randomUUID().toString().substring(0, 6);
        String state = "estado-" + n, old = "instituto-" + n, successor = "contraloria-" + n, subject = "ejecutivo-" + n;
        SystemActor.run(() -> {
            directory.createJurisdiction(new JurisdictionDraft(state, "Estado " + n, JurisdictionLevel.STATE, "mexico",
                    null, null, null));
            directory.createInstitution(new InstitutionDraft(old, "Instituto " + n, null, state, Branch.AUTONOMOUS,
                    false, null, null));
            directory.createInstitution(new InstitutionDraft(successor, "Contraloría " + n, null, state,
                    Branch.EXECUTIVE, false, null, null));
            directory.createInstitution(new InstitutionDraft(subject, "Poder Ejecutivo " + n, null, state,
                    Branch.EXECUTIVE, false, null, null));
        });
        String token = "Bearer " + accounts.createToken(TestAccounts.admin(accounts).getId(), "garantes").secret();
        api(token, "/api/v1/guarantor-authorities", """
                {"institutionSlug":"%s","kind":"TRANSITIONAL_STATE_INSTITUTE",
                 "legalBasis":"LGTAIP 2025, Transitorio Décimo Noveno"}""".formatted(old), 201);
        api(token, "/api/v1/guarantor-authorities", """
                {"institutionSlug":"%s","kind":"LOCAL_COMPTROLLER","legalBasis":"LGTAIP 2025, art. 3 fr. IV"}"""
                .formatted(successor), 201);
        api(token, "/api/v1/guarantor-assignments", """
                {"jurisdictionSlug":"%s","subjectKind":"EXECUTIVE","authoritySlug":"%s",
                 "legalBasis":"LGTAIP 2025, Transitorio Décimo Noveno"}""".formatted(state, old), 201);
        Appeal pending = fileAgainst(subject);
        assertThat(pending.getGuarantorSlug()).isEqualTo(old);

        LocalDate today = fixtures.today();
        api(token, "/api/v1/guarantor-authorities/" + old + "/succession", """
                {"lastDay":"%s","successorSlug":"%s","basis":"LGTAIP 2025, Transitorio Décimo Noveno; Decreto 7 de prueba"}"""
                .formatted(today, successor), 200);
        // Its last day is today: the appeal stays until the day after, when the daily job moves it.
        assertThat(appeals.byFolio(pending.getFolio()).getGuarantorSlug()).isEqualTo(old);
        assertThat(appeals.followAuthorities(today.plusDays(1))).isGreaterThanOrEqualTo(1);
        Appeal moved = appeals.byFolio(pending.getFolio());
        assertThat(moved.getGuarantorSlug()).isEqualTo(successor);
        assertThat(moved.getFolio()).isEqualTo(pending.getFolio());
        AppealStep step = appeals.steps(moved).get(appeals.steps(moved).size() - 1);
        assertThat(step.getType()).isEqualTo(AppealStepType.GUARANTOR_SUCCEEDED);
        assertThat(step.getBasis()).isEqualTo("LGTAIP 2025, Transitorio Décimo Noveno; Decreto 7 de prueba");
        assertThat(step.getNote()).isEqualTo("Instituto " + n + " → Contraloría " + n);
        assertThat(ledger.subjectAfter("appeal", moved.getFolio(), 0, 100)).extracting(LedgerEntry::getType)
                .contains("appeal.filed", "appeal.guarantor.succeeded");
        assertThat(ledger.subjectAfter("guarantor-authority", old, 0, 100)).extracting(LedgerEntry::getType)
                .containsExactly("guarantor.authority.registered", "guarantor.authority.succeeded");
        assertThat(mvc.perform(get("/recursos/" + moved.getFolio())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("El recurso pasó a otra autoridad garante",
                        "Decreto 7 de prueba");

        // The assignments: the former one ends on the last day, the successor's starts the next day.
        List<GuarantorAssignment> rows = guarantors.assignmentsOf(state);
        assertThat(rows).extracting(GuarantorAssignment::authoritySlug, GuarantorAssignment::validTo,
                GuarantorAssignment::validFrom).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(old, today, null),
                        org.assertj.core.groups.Tuple.tuple(successor, null, today.plusDays(1)));
    }

    @Test
    void badInputIsExplainedInSpanishAndEnglishAndChangesNothing() throws Exception {
        String token = "Bearer " + accounts.createToken(TestAccounts.admin(accounts).getId(), "garantes").secret();
        long entries = ledger.verify().entries();
        int assignments = guarantors.assignments().size();
        mvc.perform(post("/api/v1/guarantor-assignments").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"jurisdictionSlug":"durango","subjectKind":"LEGISLATIVE","institutionSlug":"congreso-durango",
                                 "authoritySlug":"idaip","validFrom":"2025-13-01","legalBasis":""}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'subjectKind')].message")
                        .value("Elija un tipo de sujeto obligado o una institución, no ambos."));
        mvc.perform(post("/api/v1/guarantor-assignments").header("Authorization", token)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("""
                                {"jurisdictionSlug":"durango","subjectKind":"LEGISLATIVE","authoritySlug":"idaip",
                                 "validFrom":"%s","legalBasis":"LGTAIP 2025, art. 3 fr. V"}"""
                                .formatted(fixtures.today().minusDays(5))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validFrom"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "There is already an assignment to Órgano Interno de Control")));
        mvc.perform(post("/api/v1/guarantor-authorities").header("Authorization", token)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("""
                                {"institutionSlug":"ayuntamiento-tepehuanes","kind":"LOCAL_COMPTROLLER",
                                 "legalBasis":"LGTAIP 2025, art. 3 fr. IV"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Only the federation and the states have guarantor authorities."));
        mvc.perform(post("/api/v1/guarantor-authorities/idaip/succession").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lastDay\":\"ayer\",\"successorSlug\":\"idaip\",\"basis\":\"x\"}"))
                .andExpect(status().isBadRequest());
        assertThat(ledger.verify().entries()).isEqualTo(entries);
        assertThat(guarantors.assignments()).hasSize(assignments);
        assertThat(guarantors.authority("idaip").validTo()).isNull();
    }

    @Test
    void theMigrationMovesAFormerGuarantorBodyToAnAuthorityAssignedEveryKindOfSubject() throws Exception {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V202612152000__guarantor_authorities.sql"));
        String withoutComments = Arrays.stream(sql.split("\n")).filter(l -> !l.strip().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        List<String> inserts = Arrays.stream(withoutComments.split(";\\s*\n")).map(String::strip)
                .filter(s -> s.startsWith("INSERT INTO guarantor_")).toList();
        assertThat(inserts).hasSize(2);
        tx.executeWithoutResult(status -> {
            long state = jdbc.queryForObject("select id from jurisdiction where slug = 'durango'", Long.class);
            jdbc.update("insert into institution (slug, name, jurisdiction_id, branch, guarantor_of, created_at, "
                    + "updated_at) values ('legado-garante', 'Legado', ?, 'AUTONOMOUS', ?, current_timestamp, "
                    + "current_timestamp)", state, state);
            long legacy = jdbc.queryForObject("select id from institution where slug = 'legado-garante'", Long.class);
            // Only the rows of former bodies without an authority: the migration ran on this database before.
            inserts.forEach(s -> jdbc.update(s.replace("WHERE i.guarantor_of IS NOT NULL",
                    "WHERE i.guarantor_of IS NOT NULL AND i.id = " + legacy)));
            assertThat(jdbc.queryForObject("select kind from guarantor_authority where institution_id = ?",
                    String.class, legacy)).isEqualTo("TRANSITIONAL_STATE_INSTITUTE");
            assertThat(jdbc.queryForList("select subject_kind from guarantor_assignment where authority_institution_id"
                    + " = ? order by subject_kind", String.class, legacy)).containsExactly("AUTONOMOUS", "EXECUTIVE",
                            "JUDICIAL", "LEGISLATIVE", "MUNICIPAL", "PARTY", "PUBLIC_FUNDS", "TRUST", "UNION");
            status.setRollbackOnly();
        });
    }

    private void api(String token, String path, String json, int expected) throws Exception {
        mvc.perform(post(path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(expected));
    }
}
