package org.apertura.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.apertura.identity.Sector;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.Hashing;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The path of evidence on the demo plan: a liaison of the lead institution submits it, a secretariat member
 * of another sector accepts it with a reason, and the milestone and the commitment's progress move.
 */
@IntegrationTest
class EvidenceFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActionPlanService plans;
    @Autowired
    LedgerService ledger;
    @Autowired
    EvidenceService evidence;

    private RequestPostProcessor withRole(String name, Role role, String scope, Sector sector) {
        return PlanFixtures.withRole(accounts, details, name, role, scope, sector);
    }

    private Commitment demoCommitment(String code) {
        return PlanFixtures.demoCommitment(plans, code);
    }

    @Test
    void evidenceMayBeAContractingProcessPublishedHereShownAsItIsNow() throws Exception {
        Commitment commitment = demoCommitment("DGO-01");
        Milestone ocds = plans.milestones(commitment).stream()
                .filter(m -> m.getTitle().equals(ProcessEvidenceDemo.MILESTONE)).findFirst().orElseThrow();
        List<Evidence> linked = evidence.byMilestone(commitment).get(ocds.getId()).stream()
                .filter(e -> e.getKind() == Evidence.Kind.PROCESS).toList();
        assertThat(linked).as("the demo links the state's processes").hasSize(3);
        String page = mvc.perform(get("/compromisos/" + commitment.getId())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (Evidence e : linked) {
            assertThat(page).contains("href=\"/contrataciones/" + e.getRecordId() + "\"")
                    .contains("Proceso de contratación " + e.getRecordId());
        }
        assertThat(page).contains("Etapa: ");
        mvc.perform(get("/hitos/" + ocds.getId())).andExpect(content().string(containsString("Etapa: ")));
        mvc.perform(get("/api/v1/commitments/" + commitment.getId()))
                .andExpect(jsonPath("$.milestones[0].evidence[?(@.kind == 'PROCESS')].ocid",
                        org.hamcrest.Matchers.hasItem(linked.get(0).getRecordId())));

        RequestPostProcessor liaison = withRole("Enlace de Compras", Role.LIAISON, "poder-ejecutivo-durango", null);
        String base = "/compromisos/" + commitment.getId() + "/hitos/" + ocds.getId() + "/evidencias";
        mvc.perform(post(base).with(liaison).with(csrf()).param("kind", "PROCESS").param("ocid", "ocds-213czf-nada"))
                .andExpect(flash().attribute("problems", List.of("No hay un proceso de contratación publicado con el "
                        + "identificador «ocds-213czf-nada». Cópielo de la página del proceso.")));
        String ocid = linked.get(0).getRecordId();
        mvc.perform(post(base).with(liaison).with(csrf()).param("kind", "PROCESS").param("ocid", " " + ocid + " "))
                .andExpect(flash().attribute("notice", "evidence.notice.submitted"));
        assertThat(evidence.byMilestone(commitment).get(ocds.getId()).stream()
                .filter(e -> ocid.equals(e.getRecordId()))).hasSize(2)
                .allSatisfy(e -> assertThat(e.getTitle()).isEqualTo(linked.get(0).getTitle()));
    }

    @Test
    void aLiaisonSubmitsAndAnotherSectorAcceptsAndProgressMoves() throws Exception {
        Commitment commitment = demoCommitment("DGO-01");
        Milestone heavy = plans.milestones(commitment).stream().filter(m -> m.getWeight() == 2).findFirst().orElseThrow();
        String base = "/compromisos/" + commitment.getId();
        RequestPostProcessor liaison = withRole("Enlace de Finanzas", Role.LIAISON, "poder-ejecutivo-durango", null);
        RequestPostProcessor otherLiaison = withRole("Enlace del Congreso", Role.LIAISON, "congreso-durango", null);
        RequestPostProcessor government = withRole("Integrante de gobierno", Role.STL_MEMBER, "stl-durango", Sector.GOVERNMENT);
        RequestPostProcessor society = withRole("Integrante de sociedad civil", Role.STL_MEMBER, "stl-durango",
                Sector.CIVIL_SOCIETY);
        long entries = ledger.verify().entries();

        byte[] pdf = "%PDF-1.4\n% conjunto de datos OCDS publicado\n%%EOF".getBytes(StandardCharsets.UTF_8);
        MockMultipartFile fake = new MockMultipartFile("file", "compras.pdf", "application/pdf",
                "MZ\u0090 ejecutable disfrazado".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart(base + "/hitos/" + heavy.getId() + "/evidencias").file(fake).with(liaison).with(csrf())
                        .param("title", "Disfrazado").param("kind", "FILE"))
                .andExpect(flash().attribute("problems", List.of("Ese tipo de archivo no se acepta: envíe PDF, PNG, JPEG, "
                        + "un documento de oficina o CSV. El tipo se revisa por el contenido, no por el nombre.")));
        byte[] tooLarge = new byte[(int) evidence.maxBytes() + 1];
        System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
        mvc.perform(multipart(base + "/hitos/" + heavy.getId() + "/evidencias").with(liaison).with(csrf())
                        .file(new MockMultipartFile("file", "grande.pdf", "application/pdf", tooLarge))
                        .param("title", "Demasiado grande").param("kind", "FILE"))
                .andExpect(flash().attribute("problems", List.of("El archivo pasa de 10 MB.")));
        mvc.perform(multipart(base + "/hitos/" + heavy.getId() + "/evidencias")
                        .file(new MockMultipartFile("file", "compras.pdf", "application/pdf", pdf)).with(otherLiaison).with(csrf())
                        .param("title", "Ajeno").param("kind", "FILE"))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(base + "/hitos/" + heavy.getId() + "/evidencias")
                        .file(new MockMultipartFile("file", "../../compras 2025.pdf", "application/pdf", pdf))
                        .with(liaison).with(csrf()).param("title", "Compras 2025 en OCDS").param("kind", "FILE"))
                .andExpect(flash().attribute("notice", "evidence.notice.submitted"));
        mvc.perform(post(base + "/hitos/" + heavy.getId() + "/evidencias").with(liaison).with(csrf())
                        .param("title", "Portal").param("kind", "LINK").param("url", "javascript:alert(1)"))
                .andExpect(flash().attribute("problems", List.of(
                        "Escriba una dirección web completa que empiece con https:// o http://.")));

        Evidence submitted = evidence.byMilestone(commitment).get(heavy.getId()).stream()
                .filter(e -> e.getKind() == Evidence.Kind.FILE).findFirst().orElseThrow();
        mvc.perform(get("/evidencias/" + submitted.getId() + "/archivo"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("compras 2025.pdf")))
                .andExpect(content().bytes(pdf));
        assertThat(submitted.getSha256()).isEqualTo(Hashing.sha256Hex(pdf));

        String review = base + "/evidencias/" + submitted.getId() + "/revision";
        mvc.perform(post(review).with(government).with(csrf()).param("decision", "ACCEPT").param("reason", "Propio"))
                .andExpect(status().isForbidden());
        mvc.perform(post(review).with(society).with(csrf()).param("decision", "ACCEPT").param("reason", " "))
                .andExpect(flash().attribute("problems", List.of("Escriba la razón de la decisión.")));
        assertThat(plans.progress(commitment).percent()).isEqualByComparingTo("0");
        mvc.perform(post(review).with(society).with(csrf()).param("decision", "ACCEPT")
                        .param("reason", "El conjunto de datos está publicado y es legible."))
                .andExpect(flash().attribute("notice", "evidence.notice.accepted"));
        mvc.perform(post(review).with(society).with(csrf()).param("decision", "REJECT").param("reason", "Otra vez"))
                .andExpect(flash().attribute("problems", List.of("Esta evidencia ya fue revisada.")));

        Progress progress = plans.progress(commitment);
        assertThat(progress.percent()).isEqualByComparingTo("66.7");
        assertThat(progress.completion()).isEqualTo(Completion.SUBSTANTIAL);
        mvc.perform(get(base)).andExpect(content().string(containsString("Avance: 66.7 % (sustancial)")))
                .andExpect(content().string(containsString("Revisada por Integrante de sociedad civil (Sociedad civil)")));
        mvc.perform(get("/api/v1/commitments/" + commitment.getId()))
                .andExpect(jsonPath("$.progress.completion").value("SUBSTANTIAL"))
                .andExpect(jsonPath("$.milestones[0].complete").value(true))
                .andExpect(jsonPath("$.milestones[0].evidence[?(@.kind == 'FILE')].status").value("ACCEPTED"))
                .andExpect(jsonPath("$.milestones[0].evidence[?(@.kind == 'FILE')].sha256")
                        .value(Hashing.sha256Hex(pdf)));
        mvc.perform(get("/api/v1/ledger").param("subjectKind", "commitment")
                        .param("subjectId", commitment.getId().toString()).param("after", String.valueOf(entries)))
                .andExpect(jsonPath("$.entries[*].type").value(org.hamcrest.Matchers.contains(
                        "evidence.submitted", "evidence.accepted", "milestone.completed")))
                .andExpect(jsonPath("$.entries[2].payload.completion").value("SUBSTANTIAL"));
        assertThat(ledger.verify().valid()).isTrue();
    }
}
