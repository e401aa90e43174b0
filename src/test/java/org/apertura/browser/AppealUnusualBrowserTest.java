package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.accessinfo.AccessRequestService;
import org.apertura.accessinfo.ReservedIndex;
import org.apertura.appeal.AppealFixtures;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In the browser: an appeal of a request that has neither an answer nor an overdue term is received, the form saying
 * beforehand that the guarantor will likely dismiss it and its page flagging it (art. 145, 158 fr. III); and a
 * demo reserve shows on its request the legend its document carries (art. 109).
 */
class AppealUnusualBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AppealFixtures fixtures;
    @Autowired
    AccessRequestService requests;

    @Test
    void anAppealWithNoActToAppealIsReceivedAndFlagged() {
        Account requester = TestAccounts.person(accounts, "Vecino Impaciente");
        String request = fixtures.open("poder-ejecutivo-durango", AppealFixtures.Requester.account(requester.getId()));
        context.clearCookies();
        signIn(requester.getEmail(), TestAccounts.PASSWORD);
        open("/solicitudes/" + request + "/recurso");
        assertThat(page.getByText("no hay acto que recurrir (artículo 145)")).isVisible();
        checkPage("appeal-form-unusual");
        page.getByLabel("Fracción VI. La falta de respuesta a una solicitud dentro de los plazos de la ley.").check();
        page.getByLabel("Razones o motivos de inconformidad").fill("No me han contestado.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Presentar el recurso").setExact(true))
                .click();
        assertThat(page.getByText("El recurso quedó presentado. Guarde su folio.")).isVisible();
        assertThat(page.getByText("sin acto que recurrir: la autoridad garante decidirá").first()).isVisible();
        assertThat(page.getByText("Recurso presentado sin acto que recurrir").first()).isVisible();
        checkPage("appeal-unusual");
    }

    @Test
    void aReservedFileShowsTheLegendItsDocumentCarries() {
        ReservedIndex.Row row = requests.reservedIndex(ReservedIndex.HalfYear.of(requests.today())).stream()
                .filter(r -> r.legend() != null).findFirst().orElseThrow();
        open("/solicitudes/" + row.folio());
        assertThat(page.getByText("Leyenda que debe llevar el documento (artículo 109):").first()).isVisible();
        assertThat(page.getByText(row.legend()).first()).isVisible();
        checkPage("request-reserve-legend");
    }
}
