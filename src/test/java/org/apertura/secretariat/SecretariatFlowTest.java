package org.apertura.secretariat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A coordinator runs a body through the pages, with the real security, database and ledger. */
@IntegrationTest
class SecretariatFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    LedgerService ledger;

    private String newBody(RequestPostProcessor admin) throws Exception {
        String slug = "stl-prueba-" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/organos").with(admin).with(csrf()).param("name", "STL de prueba").param("slug", slug)
                        .param("kind", "LOCAL_TECHNICAL_SECRETARIAT").param("jurisdictionSlug", "tepehuanes")
                        .param("noticeBusinessDays", "5").param("quorumRule", "MAJORITY_WITH_EACH_SECTOR"))
                .andExpect(redirectedUrl("/organos/" + slug + "/gestion"));
        return slug;
    }

    private Long addMember(RequestPostProcessor who, String slug, String name, String sector, String role) throws Exception {
        return addMember(who, slug, name, sector, role, "");
    }

    private Long addMember(RequestPostProcessor who, String slug, String name, String sector, String role, String email)
            throws Exception {
        mvc.perform(post("/organos/" + slug + "/integrantes").with(who).with(csrf()).param("name", name)
                        .param("sector", sector).param("organisation", "Organización de " + name).param("role", role)
                        .param("termStart", "2026-01-01").param("accountEmail", email))
                .andExpect(redirectedUrl("/organos/" + slug + "/gestion"));
        return secretariat.members(secretariat.body(slug)).stream().filter(m -> m.getName().equals(name))
                .findFirst().orElseThrow().getId();
    }

    @Test
    void aCoordinatorHoldsASessionAdoptsAnAgreementAndApprovesTheMinutes() throws Exception {
        Account admin = TestAccounts.admin(accounts);
        String slug = newBody(details.signedIn(admin));
        Account coordinatorAccount = TestAccounts.person(accounts, "Coordinación");
        SystemActor.run(() -> accounts.grant(coordinatorAccount.getId(), Role.COORDINATOR, slug, null));
        RequestPostProcessor coordinator = details.signedIn(coordinatorAccount);
        long entriesBefore = ledger.verify().entries();

        mvc.perform(get("/organos/" + slug)).andExpect(content().string(containsString(
                "Un Secretariado Técnico Local necesita al menos una persona de cada sector")));
        Long society = addMember(coordinator, slug, "Ana Sociedad", "CIVIL_SOCIETY", "MEMBER");
        Long government = addMember(coordinator, slug, "Beto Gobierno", "GOVERNMENT", "MEMBER");
        Long guarantor = addMember(coordinator, slug, "Carla Garante", "GUARANTOR", "COORDINATOR");
        mvc.perform(get("/organos/" + slug)).andExpect(content().string(
                org.hamcrest.Matchers.not(containsString("necesita al menos una persona de cada sector"))));

        mvc.perform(post("/organos/" + slug + "/sesiones").with(coordinator).with(csrf()).param("kind", "ORDINARY")
                        .param("startsAt", "2026-11-23T10:00").param("place", "Presidencia municipal")
                        .param("noticePublishedOn", "2026-11-18").param("agenda", "Instalación\nRuta de trabajo"))
                .andExpect(redirectedUrl("/organos/" + slug + "/sesiones/1"));
        mvc.perform(get("/organos/" + slug + "/sesiones/1"))
                .andExpect(content().string(containsString("Aviso corto")));

        String session = "/organos/" + slug + "/sesiones/1";
        mvc.perform(post(session + "/asistencia").with(coordinator).with(csrf())
                        .param("present", society.toString(), government.toString()))
                .andExpect(redirectedUrl(session + "#gestion"));
        mvc.perform(post(session + "/acuerdos").with(coordinator).with(csrf()).param("text", "Se instala el STL."))
                .andExpect(redirectedUrl(session + "#gestion"));
        mvc.perform(post(session + "/acuerdos/1/votos").with(coordinator).with(csrf())
                        .param("voto-" + society, "FOR").param("voto-" + government, "FOR").param("cerrar", "1"))
                .andExpect(flash().attribute("problems",
                        List.of("Sin quórum no se puede adoptar ningún acuerdo: la votación no puede cerrarse.")));
        assertThat(secretariat.agreements(secretariat.session(secretariat.body(slug), 1)).get(0).getVotes()).isEmpty();

        mvc.perform(post(session + "/asistencia").with(coordinator).with(csrf())
                        .param("present", society.toString(), government.toString(), guarantor.toString()))
                .andExpect(flash().attribute("notice", "session.notice.attendance"));
        mvc.perform(post(session + "/acuerdos/1/votos").with(coordinator).with(csrf())
                        .param("voto-" + society, "FOR").param("voto-" + government, "AGAINST"))
                .andExpect(flash().attribute("notice", "agreement.notice.votes"));
        mvc.perform(post(session + "/acuerdos/1/votos").with(coordinator).with(csrf()).param("voto-" + society, "AGAINST"))
                .andExpect(flash().attribute("problems", List.of("Cada integrante vota una sola vez por acuerdo.")));
        mvc.perform(post(session + "/acuerdos/1/votos").with(coordinator).with(csrf())
                        .param("voto-" + guarantor, "FOR").param("cerrar", "1"))
                .andExpect(flash().attribute("notice", "agreement.notice.decided"));
        mvc.perform(get(session)).andExpect(content().string(containsString("Acuerdo 1/1: adoptado")))
                .andExpect(content().string(containsString("A favor: 2. En contra: 1. Abstenciones: 0.")));

        mvc.perform(post(session + "/acta").with(coordinator).with(csrf()))
                .andExpect(flash().attribute("notice", "minutes.notice.approved"));
        BodySession approved = secretariat.session(secretariat.body(slug), 1);
        assertThat(approved.getMinutesSha256()).matches("[0-9a-f]{64}");
        mvc.perform(get(session + "/acta")).andExpect(content().string(containsString(approved.getMinutesSha256())));
        mvc.perform(post(session + "/asistencia").with(coordinator).with(csrf()).param("present", society.toString()))
                .andExpect(flash().attribute("problems",
                        List.of("El acta de esta sesión ya está aprobada: la sesión no se puede cambiar.")));

        byte[] pdf = mvc.perform(get(session + "/acta.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Acta de la sesión ordinaria número 1", "Se instala el STL.", "Ana Sociedad: a favor",
                    approved.getMinutesSha256());
        }

        mvc.perform(get("/api/v1/bodies/" + slug))
                .andExpect(jsonPath("$.members.length()").value(3))
                .andExpect(jsonPath("$.missingSectors.length()").value(0))
                .andExpect(jsonPath("$.sessions[0].shortNotice").value(true))
                .andExpect(jsonPath("$.sessions[0].quorum").value(true))
                .andExpect(jsonPath("$.sessions[0].agreements[0].status").value("ADOPTED"))
                .andExpect(jsonPath("$.sessions[0].agreements[0].votes['Beto Gobierno']").value("AGAINST"))
                .andExpect(jsonPath("$.sessions[0].minutesSha256").value(approved.getMinutesSha256()));
        String ics = mvc.perform(get("/organos/" + slug + "/sesiones.ics"))
                .andExpect(content().contentType("text/calendar;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();
        assertThat(ics).contains("BEGIN:VEVENT", "DTSTART:20261123T160000Z", "LOCATION:Presidencia municipal");

        assertThat(ledger.verify().valid()).isTrue();
        // three members, the call, attendance twice, the proposal, the decision, the minutes
        assertThat(ledger.verify().entries() - entriesBefore).isEqualTo(9);
    }

    @Test
    void onlyTheCoordinatorRunsTheBodyAndBadInputChangesNothing() throws Exception {
        Account admin = TestAccounts.admin(accounts);
        String slug = newBody(details.signedIn(admin));
        Account stranger = TestAccounts.person(accounts, "Alguien");
        mvc.perform(post("/organos/" + slug + "/integrantes").with(details.signedIn(stranger)).with(csrf())
                        .param("name", "Intruso").param("sector", "GOVERNMENT").param("organisation", "X")
                        .param("role", "MEMBER").param("termStart", "2026-01-01"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organos/" + slug + "/gestion").with(details.signedIn(stranger))).andExpect(status().isForbidden());
        mvc.perform(post("/organos/" + slug + "/integrantes").with(csrf()).param("name", "Anónimo"))
                .andExpect(status().is3xxRedirection());
        assertThat(secretariat.members(secretariat.body(slug))).isEmpty();

        mvc.perform(post("/organos/" + slug + "/sesiones").with(details.signedIn(admin)).with(csrf()).param("kind", "ORDINARY")
                        .param("startsAt", "2026-11-23T10:00").param("noticePublishedOn", "2026-11-25").param("agenda", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indique el lugar o la liga para asistir en línea.")))
                .andExpect(content().string(containsString("La convocatoria no puede publicarse después de la sesión.")))
                .andExpect(content().string(containsString("Escriba al menos un punto del orden del día.")));
        mvc.perform(post("/organos/" + slug + "/integrantes").with(details.signedIn(admin)).with(csrf())
                        .param("name", "Dora").param("sector", "GOVERNMENT").param("organisation", "X").param("role", "MEMBER")
                        .param("termStart", "2026-05-01").param("termEnd", "2026-01-01"))
                .andExpect(content().string(containsString("El fin del periodo no puede ser antes de su inicio.")));
        assertThat(secretariat.sessions(secretariat.body(slug))).isEmpty();
        assertThat(secretariat.members(secretariat.body(slug))).isEmpty();
    }

    @Test
    void aMemberLinkedToAnAccountGetsTheSecretariatRoleAndTheEmailStaysPrivate() throws Exception {
        Account admin = TestAccounts.admin(accounts);
        String slug = newBody(details.signedIn(admin));
        Account person = TestAccounts.person(accounts, "Olga Observatorio");
        mvc.perform(post("/organos/" + slug + "/integrantes").with(details.signedIn(admin)).with(csrf())
                        .param("name", "Olga").param("sector", "CIVIL_SOCIETY").param("organisation", "Observatorio")
                        .param("role", "MEMBER").param("termStart", "2026-01-01").param("accountEmail", "nadie@ejemplo.mx"))
                .andExpect(content().string(containsString("No hay una cuenta con ese correo.")));
        addMember(details.signedIn(admin), slug, "Olga", "CIVIL_SOCIETY", "MEMBER", person.getEmail());
        assertThat(accounts.memberships(person.getId())).singleElement().satisfies(m -> {
            assertThat(m.getRole()).isEqualTo(Role.STL_MEMBER);
            assertThat(m.getScopeId()).isEqualTo(slug);
            assertThat(m.getSector()).isEqualTo(org.apertura.identity.Sector.CIVIL_SOCIETY);
        });
        mvc.perform(get("/organos/" + slug)).andExpect(content().string(
                org.hamcrest.Matchers.not(containsString(person.getEmail()))));
        mvc.perform(get("/api/v1/bodies/" + slug)).andExpect(content().string(
                org.hamcrest.Matchers.not(containsString(person.getEmail()))));
    }

    @Test
    void theDemoSecretariatIsPublic() throws Exception {
        mvc.perform(get("/organos")).andExpect(content().string(containsString("Secretariado Técnico Local de Gobierno Abierto de Durango")));
        mvc.perform(get("/api/v1/bodies/stl-durango"))
                .andExpect(jsonPath("$.members.length()").value(5))
                .andExpect(jsonPath("$.sessions.length()").value(3))
                .andExpect(jsonPath("$.sessions[0].agreements[0].text").value(
                        "Se aprueba el Plan de Acción Local de Durango 2025-2026, con sus seis compromisos."))
                .andExpect(jsonPath("$.sessions[1].shortNotice").value(true));
        mvc.perform(get("/organos/stl-durango/integrantes.csv")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lucía Arreola Meraz,Autoridad garante")));
        String sessions = mvc.perform(get("/organos/stl-durango/sesiones.csv").param("idioma", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(sessions.lines()).hasSize(4);
        assertThat(sessions).startsWith("\uFEFFnumber,session_kind,starts_at").contains(",extraordinary,", ",true,true,1,0,");
    }
}
