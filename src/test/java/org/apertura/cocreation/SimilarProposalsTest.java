package org.apertura.cocreation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.Theme;
import org.apertura.identity.Account;
import org.apertura.identity.AccountUserDetailsAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Similar proposals while writing one (issue 21): accents and plurals folded, the typed text kept, no person shown. */
@IntegrationTest
class SimilarProposalsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CocreationService service;
    @Autowired
    SimilarProposals similar;
    @Autowired
    CallFixtures calls;
    @Autowired
    AccountUserDetailsAccess details;

    @Test
    void theFormListsResemblingProposalsOfTheCallAndKeepsWhatWasTyped() throws Exception {
        CallFixtures.WithProposal made = calls.withProposal("Proponente Villarreal Soto", new Proposal.Text(
                "Más participación ciudadana en los presupuestos", "Nadie decide en qué se gasta.",
                "Abrir asambleas de participación en cada colonia.", Set.of(Theme.C), null, null));
        CocreationFixtures.Open open = made.open();
        calls.propose(open, made.author(), new Proposal.Text("Bancas en la plaza", "No hay sombra.", "Poner bancas.",
                Set.of(Theme.C), null, null));
        assertThat(similar.in(open.call(), "participacion ciudadana", null, null))
                .extracting(SimilarProposals.Similar::title)
                .containsExactly("Más participación ciudadana en los presupuestos");
        Account writer = calls.person("Escritora Montes");
        String page = mvc.perform(post("/convocatorias/" + open.call().getSlug() + "/propuestas/parecidas")
                        .with(details.signedIn(writer)).with(csrf())
                        .param("title", "Participacion de los ciudadanos").param("problem", "El presupuesto se decide sin la gente"))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Más participación ciudadana en los presupuestos")
                .doesNotContain("Bancas en la plaza")
                .contains("value=\"Participacion de los ciudadanos\"")
                .contains("El presupuesto se decide sin la gente")
                .contains("Buscar propuestas parecidas")
                .doesNotContain("Villarreal");
        // Nothing was filed.
        assertThat(service.proposals(open.call())).hasSize(2);
        // Without JavaScript the form still offers the button; the script is our own copy, never a CDN.
        mvc.perform(get("/convocatorias/" + open.call().getSlug() + "/propuestas/nueva"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("formaction=\"/convocatorias/" + open.call().getSlug() + "/propuestas/parecidas\"")
                        .containsPattern("<script src=\"/js/htmx[^\"]*\\.js\" defer>"));
        mvc.perform(get("/js/htmx.min.js")).andExpect(status().isOk());
    }
}
