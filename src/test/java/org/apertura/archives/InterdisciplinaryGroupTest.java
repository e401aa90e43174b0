package org.apertura.archives;

import static org.apertura.archives.ArchivesTesting.as;
import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The Grupo Interdisciplinario as a collegiate body: the área coordinadora registers its members (public servants by
 * name, post and area) and its sessions' minutes, refused whole on bad input in Spanish and English; everything is
 * public (page, CSV, JSON) and in the ledger; an approval of the instruments names the session that approved it, and
 * the session's page says what it approved; only the área coordinadora keeps the register.
 */
@IntegrationTest
class InterdisciplinaryGroupTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    InterdisciplinaryGroup group;
    @Autowired
    Instruments instruments;
    @Autowired
    ValuationSheets sheets;
    @Autowired
    JurisdictionService directory;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Today today;

    private String slug;
    private RequestPostProcessor coordinator;

    @BeforeEach
    void anInstitution() {
        slug = "grupo-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> directory.createInstitution(new InstitutionDraft(slug, "Instituto del grupo " + slug,
                null, "durango", Branch.AUTONOMOUS, false, null, null)));
        Account account = TestAccounts.person(accounts, "Coordinación de archivos del grupo");
        SystemActor.run(() -> accounts.grant(account.getId(), Role.COORDINATING_ARCHIVIST, slug, null));
        coordinator = details.signedIn(account);
    }

    private GroupMember join(String name, String post, GroupArea area, LocalDate since) {
        return as(Role.COORDINATING_ARCHIVIST, slug, () -> group.join(slug, name, post, area.name(), since));
    }

    @Test
    void theDemosSessionsAreOnTheirOwnDaysTheFirstApprovingTheInstrumentsMonthsBeforeTheBajas() {
        java.util.Map<String, InterdisciplinaryGroup.Session> byAct = group.sessions(ArchivesDemo.STATE).stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.minutes().getActNumber(), s -> s));
        InterdisciplinaryGroup.Session first = byAct.get(ArchivesDemoActs.firstSession(today));
        InterdisciplinaryGroup.Session second = byAct.get(ArchivesDemoActs.secondSession(today));
        LocalDate firstDay = first.minutes().getHeldOn();
        assertThat(firstDay).isEqualTo(second.minutes().getHeldOn().minusMonths(ArchivesDemo.FIRST_SESSION_MONTHS_AGO));
        assertThat(first.approved()).isNotEmpty().extracting(Instrument::getApprovedOn).containsOnly(firstDay);
        assertThat(first.disposals()).isEmpty();
        assertThat(second.disposals()).hasSize(2);
    }

    @Test
    void theCoordinatorRegistersMembersAndMinutesEveryoneReadsThemAndTheLedgerKeepsThem() throws Exception {
        String base = "/archivos/" + slug + "/grupo";
        refusedOnThePage(() -> post(base + "/integrantes").param("nombre", " ").param("cargo", "")
                .param("area", "CHIEF").param("desde", today.date().plusDays(1).toString()), "memberProblems",
                "archives.group.error.name", "archives.group.error.post", "archives.group.error.area",
                "archives.group.error.future");
        mvc.perform(post(base + "/integrantes").param("nombre", "Lic. Ana Herrera").param("cargo",
                "Coordinadora de Archivos").param("area", "ARCHIVES").param("desde", today.date().minusMonths(6)
                        .toString()).with(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
        GroupMember head = group.members(slug).get(0);
        GroupMember legal = join("Mtro. Julio Ríos", "Director Jurídico", GroupArea.LEGAL,
                today.date().minusMonths(6));
        GroupMember it = join("Ing. Marco Vela", "Director de Tecnologías", GroupArea.IT, today.date().minusDays(2));
        GroupMember gone = join("Lic. Jorge Arreola", "Director de Planeación", GroupArea.PLANNING,
                today.date().minusMonths(6));
        assertThatThrownBy(() -> as(Role.COORDINATING_ARCHIVIST, slug, () -> group.leave(slug, gone.getId(),
                today.date().minusYears(1)))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.problems()).extracting(FieldProblem::messageKey)
                        .containsExactly("archives.group.error.beforeJoining"));
        as(Role.COORDINATING_ARCHIVIST, slug, () -> group.leave(slug, gone.getId(), today.date().minusMonths(1)));
        // who has left cannot leave again; minutes need their day and at least two members who sat
        assertThatThrownBy(() -> as(Role.COORDINATING_ARCHIVIST, slug, () -> group.leave(slug, gone.getId(),
                today.date()))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("archives.group.error.left"));
        assertThatThrownBy(() -> as(Role.COORDINATING_ARCHIVIST, slug, () -> group.record(slug, "GI-00/2026", null,
                List.of(head.getId()), "Sin fecha"))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::messageKey)
                                .contains("archives.group.error.date", "archives.group.error.attendees"));

        // the session of ten days ago: Jorge had left, Marco had not joined, nor is the coordinator there
        String tenDaysAgo = today.date().minusDays(10).toString();
        refusedOnThePage(() -> post(base + "/sesiones").param("acta", "").param("fecha", tenDaysAgo)
                .param("asistente", legal.getId().toString(), it.getId().toString(), gone.getId().toString())
                .param("acuerdos", " "), "sessionProblems", "archives.approve.error.act",
                "archives.group.error.notSitting", "archives.group.error.notSitting",
                "archives.group.error.coordinator", "archives.group.error.agreements");
        int entries = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry", Integer.class);
        mvc.perform(post(base + "/sesiones").param("acta", "GI-01/2026").param("fecha", tenDaysAgo)
                .param("asistente", head.getId().toString(), legal.getId().toString())
                .param("acuerdos", "Primero. Se aprueban las fichas técnicas de valoración.").with(coordinator)
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT payload FROM ledger_entry WHERE module = 'archives' AND type = "
                + "'group.session.recorded' AND payload LIKE ?", String.class, "%" + slug + "%"))
                .contains("GI-01/2026").contains("Mtro. Julio Ríos, Director Jurídico");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry", Integer.class)).isEqualTo(entries + 1);
        refusedOnThePage(() -> post(base + "/sesiones").param("acta", "GI-01/2026").param("fecha", tenDaysAgo)
                .param("asistente", head.getId().toString(), legal.getId().toString())
                .param("acuerdos", "Otra vez"), "sessionProblems", "archives.group.error.actTaken");

        String page = page(base);
        assertThat(page).contains("Lic. Ana Herrera").contains("Coordinadora de Archivos")
                .contains(words("archives.groupArea.ARCHIVES")).contains("GI-01/2026")
                .contains("Primero. Se aprueban las fichas técnicas de valoración.")
                .contains(messages.getMessage("archives.group.formerLine", new Object[] {"Lic. Jorge Arreola",
                        "Director de Planeación", today.date(gone.getSinceOn()), today.date(today.date()
                                .minusMonths(1))}, Today.LOCALE))
                .doesNotContain(words("archives.group.join.submit"));
        assertThat(mvc.perform(get(base + "/integrantes.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Mtro. Julio Ríos").contains("Jurídica")
                .contains(today.date().minusMonths(1).toString());
        assertThat(mvc.perform(get(base + "/sesiones.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("GI-01/2026")
                .contains("Lic. Ana Herrera, Coordinadora de Archivos; Mtro. Julio Ríos, Director Jurídico");
        mvc.perform(get("/archivos/" + slug + "/grupo.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.members.length()").value(4))
                .andExpect(jsonPath("$.members[0].area").value("archives"))
                .andExpect(jsonPath("$.sessions[0].act").value("GI-01/2026"))
                .andExpect(jsonPath("$.sessions[0].attendees.length()").value(2));
    }

    @Test
    void anApprovalNamesTheSessionThatApprovedAndTheSessionSaysWhatItApproved() throws Exception {
        GroupMember head = join("Lic. Ana Herrera", "Coordinadora de Archivos", GroupArea.ARCHIVES,
                today.date().minusMonths(6));
        GroupMember control = join("C.P. Rosa Campos", "Titular del Órgano Interno de Control",
                GroupArea.INTERNAL_CONTROL, today.date().minusMonths(6));
        GroupSession session = as(Role.COORDINATING_ARCHIVIST, slug, () -> group.record(slug, "GI-02/2026",
                today.date(), List.of(head.getId(), control.getId()), "Primero. Se aprueba el catálogo."));
        Instrument draft = as(Role.ARCHIVIST, slug, () -> instruments.importFile(slug, "c.csv",
                ArchivesTesting.bytes(ArchivesTesting.CATALOG)));
        ArchivesTesting.fichas(sheets, draft);
        assertThatThrownBy(() -> as(Role.COORDINATING_ARCHIVIST, slug, () -> instruments.approve(slug,
                draft.getNumber(), "GI-02/2026", today.date().minusDays(1), "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).contains("archives.approve.error.sessionDate"));
        Instrument approved = as(Role.COORDINATING_ARCHIVIST, slug, () -> instruments.approve(slug,
                draft.getNumber(), "GI-02/2026", today.date(), ""));
        assertThat(approved.getSessionId()).isEqualTo(session.getId());
        assertThat(approved.getMemberList()).as("the session's attendees approved it")
                .containsExactly("Lic. Ana Herrera, Coordinadora de Archivos",
                        "C.P. Rosa Campos, Titular del Órgano Interno de Control");
        assertThat(page("/archivos/" + slug + "/instrumentos/" + draft.getNumber()))
                .contains("/archivos/" + slug + "/grupo#sesion-" + session.getId())
                .contains(words("archives.act.sessionLink"));
        assertThat(page("/archivos/" + slug + "/grupo")).contains(messages.getMessage(
                "archives.group.approvedVersion", new Object[] {draft.getNumber()}, Today.LOCALE));
        mvc.perform(get("/archivos/" + slug + "/grupo.json"))
                .andExpect(jsonPath("$.sessions[0].approvedVersions[0]").value(draft.getNumber()));

        // an act not on the register: the approval records its session with the members it names
        Instrument next = as(Role.ARCHIVIST, slug, () -> instruments.importFile(slug, "c2.csv",
                ArchivesTesting.bytes(ArchivesTesting.CATALOG)));
        ArchivesTesting.fichas(sheets, next);
        Instrument second = as(Role.COORDINATING_ARCHIVIST, slug, () -> instruments.approve(slug, next.getNumber(),
                "GI-03/2026", today.date(), "Lic. Ana Herrera, Coordinadora de Archivos\nOtra persona, Cargo"));
        assertThat(group.sessions(slug)).hasSize(2).first().satisfies(s -> {
            assertThat(s.minutes().getId()).isEqualTo(second.getSessionId());
            assertThat(s.minutes().getActNumber()).isEqualTo("GI-03/2026");
            assertThat(s.minutes().getAgreements()).isNull();
            assertThat(s.approved()).extracting(Instrument::getNumber).containsExactly(next.getNumber());
        });
    }

    @Test
    void onlyTheCoordinatingAreaKeepsTheRegister() throws Exception {
        assertThatThrownBy(() -> as(Role.ARCHIVIST, slug, () -> group.join(slug, "Nombre", "Cargo", "LEGAL",
                today.date()))).isInstanceOf(AccessDeniedException.class);
        Account account = TestAccounts.person(accounts, "Archivista de trámite del grupo");
        SystemActor.run(() -> accounts.grant(account.getId(), Role.ARCHIVIST, slug, null));
        mvc.perform(post("/archivos/" + slug + "/grupo/integrantes").param("nombre", "Nombre").param("cargo", "C")
                .param("area", "LEGAL").param("desde", today.date().toString()).with(details.signedIn(account))
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(group.members(slug)).isEmpty();
        assertThat(page("/archivos/" + slug + "/grupo")).contains(words("archives.group.noMembers"))
                .contains(words("archives.group.noSessions"));
    }

    private void refusedOnThePage(java.util.function.Supplier<
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> form, String attribute,
            String... keys) throws Exception {
        String before = state();
        for (Locale locale : List.of(Today.LOCALE, Locale.ENGLISH)) {
            MvcResult result = mvc.perform(form.get().with(coordinator).with(csrf())
                    .cookie(new Cookie("APERTURA_LANG", locale.toLanguageTag()))).andExpect(status().isOk())
                    .andReturn();
            @SuppressWarnings("unchecked")
            List<FieldProblem> problems = (List<FieldProblem>) result.getModelAndView().getModel().get(attribute);
            assertThat(problems).extracting(FieldProblem::messageKey).containsExactlyInAnyOrder(keys);
            String page = HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            for (FieldProblem p : problems) {
                assertThat(page).as(p.messageKey() + " in " + locale)
                        .contains(messages.getMessage(p.messageKey(), p.args(), locale));
            }
        }
        assertThat(state()).as("nothing changed").isEqualTo(before);
    }

    private String state() {
        return jdbc.queryForList("SELECT id, left_on FROM archives_group_member WHERE institution_slug = ? ORDER BY id",
                slug) + "|" + jdbc.queryForList("SELECT id FROM archives_group_session WHERE institution_slug = ?",
                        slug);
    }

    private String page(String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private String words(String key) {
        return messages.getMessage(key, null, Today.LOCALE);
    }
}
