package org.apertura.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apertura.HttpVisitor;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.cocreation.CocreationFixtures;
import org.apertura.cocreation.CocreationService;
import org.apertura.cocreation.Proposal;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.platform.security.Role;
import org.apertura.identity.Sector;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every form that collects personal data says, next to its submit button, where the privacy notice is:
 * sign-up, the access-request form, the account page, the proposal forms (a person's and a facilitator's),
 * the comment on a proposal, and the feedback on a commitment (a comment, or a facilitator's entry).
 */
@IntegrationTest
class PrivacyNoticeLinksTest {

    private static final String NOTE = "class=\"meta privacy-note\"";
    private static final String LINK = "href=\"/privacidad\"";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    ActingAs actingAs;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    ActionPlanService plans;
    @Autowired
    CocreationService cocreation;

    @Test
    void everyFormThatCollectsPersonalDataLinksToTheSimplifiedNotice() throws Exception {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, cocreation, 10);
        Account person = accounts.signUp(TestAccounts.uniqueEmail("aviso"), TestAccounts.PASSWORD, "Persona del aviso");
        SystemActor.run(() -> accounts.grant(person.getId(), Role.STL_MEMBER, open.body(), Sector.CIVIL_SOCIETY));
        Proposal[] proposal = new Proposal[1];
        actingAs.run(person.getId(), () -> proposal[0] = cocreation.propose(open.call().getSlug(),
                CocreationFixtures.text("Propuesta para el aviso")));
        Commitment commitment = plans.commitments(open.plan()).get(0);

        HttpVisitor anonymous = new HttpVisitor(port);
        HttpVisitor signedIn = new HttpVisitor(port);
        signedIn.signIn(person.getEmail(), TestAccounts.PASSWORD);
        Map<String, HttpVisitor> pages = new LinkedHashMap<>();
        pages.put("/registro", anonymous);
        pages.put("/solicitudes/nueva", anonymous);
        pages.put("/cuenta", signedIn);
        pages.put("/convocatorias/" + open.call().getSlug() + "/propuestas/nueva", signedIn);
        pages.put("/convocatorias/" + open.call().getSlug() + "/propuestas/registrar", signedIn);
        pages.put("/propuestas/" + proposal[0].getId(), signedIn);
        pages.put("/compromisos/" + commitment.getId(), signedIn);
        for (Map.Entry<String, HttpVisitor> page : pages.entrySet()) {
            String body = page.getValue().get(page.getKey()).body();
            assertThat(body).as(page.getKey()).contains("<form");
            int note = body.indexOf(NOTE);
            assertThat(note).as(page.getKey() + " has the privacy note").isPositive();
            assertThat(body.substring(note, body.indexOf("</p>", note))).as(page.getKey()).contains(LINK)
                    .contains("aviso de privacidad");
        }
        // the note stands by the submit button of the form it belongs to
        String signUp = anonymous.get("/registro").body();
        assertThat(signUp.indexOf(NOTE)).isLessThan(signUp.indexOf("type=\"submit\"", signUp.indexOf("action=\"/registro\"")));
    }

    @Test
    void theNoticesArePublicAndSetNoCookie() throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        for (String path : new String[] {"/privacidad", "/privacidad/integral", "/terminos", "/accesibilidad", "/ayuda"}) {
            var response = visitor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(response.body()).as(path).contains("</html>").doesNotContain("??");
        }
        assertThat(visitor.get("/privacidad").body()).contains("href=\"/privacidad/integral\"")
                .contains("Pendiente: lo fija quien opera esta instancia");
        assertThat(visitor.get("/privacidad/integral?lang=en").body()).contains("lang=\"en\"")
                .contains("How to exercise your ARCO rights");
    }
}
