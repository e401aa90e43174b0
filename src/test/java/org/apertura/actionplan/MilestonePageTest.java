package org.apertura.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apertura.IntegrationTest;
import org.apertura.platform.items.PublicItems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A milestone has its own public page, and every kind of action-plan item is known to other modules. */
@IntegrationTest
class MilestonePageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ActionPlanService plans;
    @Autowired
    PublicItems items;

    @Test
    void aMilestonePageShowsItsFactsAndLinksBackToItsCommitment() throws Exception {
        Commitment commitment = PlanFixtures.demoCommitment(plans, "DGO-02");
        Milestone milestone = plans.milestones(commitment).get(0);
        mvc.perform(get("/hitos/" + milestone.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString(milestone.getTitle())))
                .andExpect(content().string(containsString("href=\"/compromisos/" + commitment.getId() + "\"")))
                .andExpect(content().string(containsString("Medio de verificación")));
        mvc.perform(get("/compromisos/" + commitment.getId()))
                .andExpect(content().string(containsString("href=\"/hitos/" + milestone.getId() + "\"")));
        mvc.perform(get("/hitos/999999")).andExpect(status().isNotFound());
    }

    @Test
    void publicItemsDescribeCommitmentsMilestonesPlansAndMinutes() {
        Commitment commitment = PlanFixtures.demoCommitment(plans, "DGO-02");
        Milestone milestone = plans.milestones(commitment).get(0);
        assertThat(items.get("commitment", commitment.getId().toString()).path())
                .isEqualTo("/compromisos/" + commitment.getId());
        assertThat(items.get("commitment", commitment.getId().toString()).institutionSlug()).isNotBlank();
        assertThat(items.get("milestone", milestone.getId().toString()).title()).isEqualTo(milestone.getTitle());
        assertThat(items.get("plan", commitment.getPlanId().toString()).path()).isEqualTo("/planes/" + commitment.getPlanId());
        assertThat(items.find("commitment", "nope")).isEmpty();
        assertThat(items.find("unknown-kind", "1")).isEmpty();
        assertThat(items.kinds()).contains("commitment", "milestone", "plan", "exercise", "minutes");
        assertThat(items.mayRespond(items.get("commitment", commitment.getId().toString()))).isFalse();
    }
}
