package org.apertura.comments;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.cocreation.CocreationFixtures;
import org.apertura.cocreation.CocreationService;
import org.apertura.cocreation.Proposal;
import org.apertura.community.CommunityNotices;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.participation.BudgetProject;
import org.apertura.participation.Debate;
import org.apertura.participation.DebateService;
import org.apertura.participation.ParticipationFixtures;
import org.apertura.participation.ParticipationService;
import org.apertura.participation.ProjectStatus;
import org.apertura.platform.people.NoticeKind;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Following a proposal, a budget project and a debate themselves (issue 21): the "Seguir" section on each page, a
 * public count and never who, and a notice to the followers when the item changes — a new version or a comment on a
 * proposal, a project's review, a new argument in a debate.
 */
@IntegrationTest
class FollowingItemsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActingAs actingAs;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    CocreationService cocreation;
    @Autowired
    DiscussionService discussions;
    @Autowired
    ParticipationService participation;
    @Autowired
    DebateService debates;
    @Autowired
    DiscussionService discussionsForDebates;
    @Autowired
    CommunityNotices notices;
    @Autowired
    Today today;

    private void follow(Account who, String kind, Object id, String page) throws Exception {
        mvc.perform(post("/seguir").with(details.signedIn(who)).with(csrf()).param("kind", kind)
                .param("id", id.toString()).param("follow", "true")).andExpect(redirectedUrl(page));
    }

    @Test
    void followersOfAProposalAreToldOfItsNewVersionAndComments() throws Exception {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, cocreation, 10);
        Account author = TestAccounts.person(accounts, "Autora seguida de propuesta");
        Account fan = TestAccounts.person(accounts, "Seguidora discreta de propuestas");
        Account neighbour = TestAccounts.person(accounts, "Vecino que comenta la propuesta");
        Proposal[] p = new Proposal[1];
        actingAs.run(author.getId(), () -> p[0] = cocreation.propose(open.call().getSlug(),
                CocreationFixtures.text("Bebederos en la Alameda")));
        String page = "/propuestas/" + p[0].getId();
        mvc.perform(get(page)).andExpect(content().string(containsString("id=\"follow-heading\"")))
                .andExpect(content().string(containsString("Entre para seguirlo")));
        follow(fan, "proposal", p[0].getId(), page);
        mvc.perform(get(page)).andExpect(content().string(containsString("1 persona lo sigue")))
                .andExpect(content().string(not(containsString("Seguidora discreta"))));

        actingAs.run(neighbour.getId(), () -> CocreationFixtures.comment(discussions, p[0], null, "Buena idea."));
        assertThat(notices.newest(fan.getId())).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.FOLLOWED_ITEM);
            assertThat(n.changeType()).isEqualTo("comment.written");
            assertThat(n.path()).isEqualTo(page);
        });
    }

    @Test
    void followersOfAProjectAreToldOfItsReviewAndOfADebateOfItsNewArguments() throws Exception {
        var open = ParticipationFixtures.open(secretariat, plans, participation);
        Account author = TestAccounts.person(accounts, "Autor de un proyecto seguido");
        Account fan = TestAccounts.person(accounts, "Seguidor de proyectos y debates");
        BudgetProject project = ParticipationFixtures.proposedInVoting(participation, today, open, author.getId(),
                "colonia-norte", "Luminarias en la calle Negrete");
        String projectPage = "/presupuestos-participativos/" + open.slug() + "/proyectos/" + project.getNumber();
        mvc.perform(get(projectPage)).andExpect(content().string(containsString("id=\"follow-heading\"")));
        follow(fan, "pb-project", project.getId(), projectPage);
        SystemActor.run(() -> today.on(participation.today().minusDays(25), () -> participation.review(open.slug(),
                project.getNumber(), new BudgetProject.Review(ProjectStatus.FEASIBLE, "Viable.",
                        new BigDecimal("300000")))));
        assertThat(notices.newest(fan.getId())).anySatisfy(n -> {
            assertThat(n.changeType()).isEqualTo("pb.project.reviewed");
            assertThat(n.path()).isEqualTo(projectPage);
            assertThat(n.title()).isEqualTo("Luminarias en la calle Negrete");
        });

        LocalDate day = participation.today();
        Debate[] debate = new Debate[1];
        SystemActor.run(() -> debate[0] = debates.open(open.slug(), new Debate.Terms("¿Calle peatonal los domingos?",
                "Cerrar la calle 5 los domingos.", day.minusDays(2), day.plusDays(2))));
        String debatePage = "/presupuestos-participativos/" + open.slug() + "/debates/" + debate[0].getNumber();
        follow(fan, "pd-debate", debate[0].getId(), debatePage);
        mvc.perform(get(debatePage)).andExpect(content().string(containsString("1 persona lo sigue")));
        actingAs.run(author.getId(), () -> discussionsForDebates.post("pd-debate", debate[0].getId().toString(), null,
                "Estoy a favor."));
        assertThat(notices.newest(fan.getId())).anySatisfy(n -> {
            assertThat(n.changeType()).isEqualTo("pb.comment.posted");
            assertThat(n.path()).isEqualTo(debatePage);
        });
    }
}
