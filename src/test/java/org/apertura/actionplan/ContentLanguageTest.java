package org.apertura.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What people wrote is Spanish whatever the page's language: on an English page it is marked lang="es-MX" so a screen
 * reader speaks it in Spanish (WCAG 3.1.2, language of parts); on a Spanish page nothing needs marking.
 */
@IntegrationTest
class ContentLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ActionPlanService plans;

    @Test
    void spanishContentOnAnEnglishPageSaysItsLanguage() throws Exception {
        Commitment commitment = PlanFixtures.demoCommitment(plans, "DGO-02");
        String english = page("/compromisos/" + commitment.getId() + "?lang=en");
        assertThat(english).contains("<html lang=\"en\"").contains("<h1 lang=\"es-MX\">DGO-02 · ");
        String plan = page("/planes/" + commitment.getPlanId() + "?lang=en");
        assertThat(plan).containsPattern("<h1 lang=\"es-MX\">[^<]+</h1>");

        // its milestones, what they deliver and who answers for them, on the commitment's and their own pages
        Milestone milestone = plans.milestones(commitment).get(0);
        assertThat(english).contains("<a href=\"/hitos/" + milestone.getId() + "\" lang=\"es-MX\">" + escaped(milestone.getTitle())
                + "</a>");
        assertThat(page("/hitos/" + milestone.getId() + "?lang=en")).contains("<h1 lang=\"es-MX\">"
                + escaped(milestone.getTitle()) + "</h1>");
        // the lists people arrive from
        assertThat(page("/ejercicios?lang=en")).containsPattern("<a href=\"/ejercicios/[^\"]+\" lang=\"es-MX\">");
        assertThat(page("/retos?lang=en")).containsPattern("<a href=\"/retos/[^\"]+\" lang=\"es-MX\">");
        assertThat(page("/convocatorias?lang=en")).containsPattern("<a href=\"/convocatorias/[^\"]+\" lang=\"es-MX\">");

        String spanish = page("/compromisos/" + commitment.getId() + "?lang=es");
        assertThat(spanish).contains("<html lang=\"es-MX\"").contains("<h1>DGO-02 · ").doesNotContain("lang=\"es-MX\">DGO-02")
                .contains("<a href=\"/hitos/" + milestone.getId() + "\">");
    }

    private static String escaped(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
