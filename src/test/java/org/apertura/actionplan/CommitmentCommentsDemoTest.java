package org.apertura.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apertura.IntegrationTest;
import org.apertura.comments.DiscussionService;
import org.apertura.platform.comments.CommentSubject;
import org.apertura.platform.demo.DemoSeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's comments on DGO-05 as a visitor finds them on the commitment's page: a neighbour's question with a
 * reply and the liaison's official answer in its thread, a second comment, votes — and a second load adds nothing.
 */
@IntegrationTest
class CommitmentCommentsDemoTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ActionPlanService plans;
    @Autowired
    DiscussionService discussions;
    @Autowired
    CommitmentCommentsDemo demo;

    @Test
    void theDemoCommitmentHasAThreadWithAReplyAndAnOfficialAnswer() throws Exception {
        String id = PlanFixtures.demoCommitment(plans, CommitmentCommentsDemo.CODE).getId().toString();
        CommentSubject subject = discussions.find("commitment", id).orElseThrow();
        DiscussionService.Thread question = discussions.threads(subject).stream()
                .filter(t -> t.comment().publicBody().orElse("").startsWith("¿El catálogo incluirá las rutas"))
                .findFirst().orElseThrow();
        assertThat(question.replies()).hasSize(2);
        assertThat(question.replies().get(0).comment().isOfficial()).isFalse();
        assertThat(question.replies().get(1).comment().isOfficial()).isTrue();
        assertThat(discussions.scores(subject).get(question.comment().getId()))
                .isEqualTo(new DiscussionService.Score(2, 0));
        assertThat(discussions.threads(subject)).anySatisfy(t -> assertThat(t.comment().publicBody().orElse(""))
                .contains("cuándo se actualizó cada uno"));

        int threads = discussions.threads(subject).size();
        ((DemoSeed) demo).seed();
        assertThat(discussions.threads(subject)).hasSize(threads);

        mvc.perform(get("/compromisos/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("¿El catálogo incluirá las rutas")))
                .andExpect(content().string(containsString("Dirección de Movilidad")))
                .andExpect(content().string(containsString("Respuesta oficial")));
    }
}
