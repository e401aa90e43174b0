package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.AccessRequestService;
import org.apertura.accessinfo.CommitteeResolution;
import org.apertura.accessinfo.Decision;
import org.apertura.accessinfo.Modality;
import org.apertura.accessinfo.NotificationMedium;
import org.apertura.accessinfo.ResolutionKind;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.TestAccounts;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two extensions of a reserve in the browser (LGTAIP 2025 art. 104): the Transparency Committee extends it once
 * (¶3), then asks the guarantor authority for a further extension (¶4), which the authority's staff grant. A refused
 * form says why and changes nothing. Each form checked with axe-core, with screenshots at 360 and 1280 px.
 */
class ReserveExtensionBrowserTest extends BrowserTest {

    static final String INSTITUTION = "poder-ejecutivo-durango";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String HARM = "Revelar el trazo de la red de distribución de agua permitiría dañarla: el riesgo es"
            + " real, actual y específico.";

    @Autowired
    AccountService accounts;
    @Autowired
    AccessRequestService service;
    @Autowired
    JurisdictionService jurisdictions;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void signInAs(Account account) {
        context.clearCookies();
        signIn(account.getEmail(), TestAccounts.PASSWORD);
    }

    @Test
    void theCommitteeExtendsAReserveOnceThenTheGuarantorAuthorityExtendsItAgain() {
        Account committee = TestAccounts.person(accounts, "Comité del Ejecutivo, ampliaciones");
        AccessRequest r = service.file(new AccessRequestService.FilingRequest(List.of(INSTITUTION),
                new AccessRequest.Filing("Planos de la red de distribución de agua potable de la capital en 2026",
                        Modality.ELECTRONIC, null, NotificationMedium.PLATFORM, null))).requests().get(0);
        String folio = r.getFolio();
        String guarantorSlug = jurisdictions.authorityFor(service.institutionOf(r), service.today()).orElseThrow()
                .authority().getSlug();
        Account guarantor = TestAccounts.person(accounts, "Autoridad garante, ampliaciones");
        SystemActor.run(() -> {
            accounts.grant(committee.getId(), Role.COMMITTEE, INSTITUTION, null);
            accounts.grant(guarantor.getId(), Role.GUARANTOR, guarantorSlug, null);
        });
        // The reserve itself, as the committee records it (its form is covered by RequestActsFlowTest).
        SystemActor.runHolding(() -> service.resolve(folio, new CommitteeResolution.Terms(ResolutionKind.RESERVED,
                        Decision.CONFIRM, "Seguridad de infraestructura estratégica.", 5, HARM, 2, null, "CT-11/2026"),
                new CommitteeResolution.ReserveFile("Dirección de Agua Potable", "Planos de la red de agua", false,
                        true), service.today(), null), Authority.of(Role.COMMITTEE, INSTITUTION));
        // The unit answers that the information is reserved: the reserve now stands (it is extended afterwards).
        SystemActor.runHolding(() -> service.answer(folio, new AccessRequest.Answer(
                org.apertura.accessinfo.Outcome.RESERVED, "La información está reservada por dos años.", null, null,
                null, null), List.of()), Authority.of(Role.TRANSPARENCY_UNIT, INSTITUTION));
        CommitteeResolution reserve = service.resolutions(service.request(folio)).get(0);
        String extendedUntil = reserve.getReserveUntil().plusYears(3).format(DAY);

        // Art. 104 ¶3: the committee's extension. Too many years is refused with the reason; nothing changes.
        signInAs(committee);
        open("/solicitudes/" + folio + "#comite");
        page.getByLabel("Años más de reserva").fill("9");
        page.getByLabel("Nueva prueba de daño (al menos 50 caracteres)").first().fill(HARM);
        checkPage("reserve-extend-form");
        button("Ampliar la reserva").click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
        assertThat(page.locator("#comite")).not().containsText("El Comité amplió la reserva el");
        checkPage("reserve-extend-refused");
        page.getByLabel("Años más de reserva").fill("3");
        page.getByLabel("Nueva prueba de daño (al menos 50 caracteres)").first().fill(HARM);
        button("Ampliar la reserva").click();
        assertThat(page.getByText("El Comité amplió la reserva el " + service.today().format(DAY) + " por 3 años más"))
                .isVisible();
        assertThat(page.getByText("al " + extendedUntil).first()).isVisible();

        // Art. 104 ¶4: the further extension, asked of the guarantor authority. The financial-system case needs a
        // reserve on art. 112 fr. IV (this one is on fr. V): refused, with the reason.
        assertThat(page.getByText("Ampliar esta reserva (art. 104, párrafo tercero)")).hasCount(0);
        page.getByLabel("Se refiere a las circunstancias de la fracción IV del artículo 112", new Page.GetByLabelOptions())
                .check();
        page.getByLabel("Años de reserva que se piden").fill("2");
        page.getByLabel("Nueva prueba de daño (al menos 50 caracteres)").first().fill(HARM);
        checkPage("reserve-guarantor-ask-form");
        button("Pedir la ampliación a la autoridad garante").click();
        assertThat(page.getByText("Este supuesto solo cabe para una reserva por la fracción IV del artículo 112."))
                .isVisible();
        checkPage("reserve-guarantor-ask-refused");
        page.getByLabel("Su publicación puede destruir o inhabilitar infraestructura de carácter estratégico",
                new Page.GetByLabelOptions()).check();
        page.getByLabel("Años de reserva que se piden").fill("2");
        page.getByLabel("Nueva prueba de daño (al menos 50 caracteres)").first().fill(HARM);
        button("Pedir la ampliación a la autoridad garante").click();
        assertThat(page.getByText("Se pidió la ampliación a la autoridad garante.")).isVisible();
        assertThat(page.getByText("el Comité pidió a la autoridad garante ampliar la reserva 2 años más")).isVisible();

        // The guarantor authority's staff decide: more years than asked are refused; one year is granted.
        signInAs(guarantor);
        open("/solicitudes/" + folio + "#comite");
        page.getByLabel("Se concede", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Años concedidos").fill("3");
        page.getByLabel("Fundamento y motivos", new Page.GetByLabelOptions().setExact(true))
                .fill("Subsiste el riesgo para la red de distribución de agua potable.");
        checkPage("reserve-guarantor-decide-form");
        button("Resolver la ampliación").click();
        assertThat(page.getByText("La autoridad garante concede de 1 a 2 años")).isVisible();
        checkPage("reserve-guarantor-decide-refused");
        page.getByLabel("Se concede", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Años concedidos").fill("1");
        page.getByLabel("Fundamento y motivos", new Page.GetByLabelOptions().setExact(true))
                .fill("Subsiste el riesgo para la red de distribución de agua potable.");
        button("Resolver la ampliación").click();
        assertThat(page.getByText("Se resolvió la ampliación.")).isVisible();
        assertThat(page.getByText("la autoridad garante concedió 1 año más de reserva")).isVisible();
        String until = reserve.getReserveUntil().plusYears(4).format(DAY);
        assertThat(page.getByText("al " + until).first()).isVisible();
        assertThat(page.getByText("Resolver la ampliación que pide el Comité")).hasCount(0);
        checkPage("reserve-guarantor-granted");

        // The public sees the same, without anyone signed in.
        context.clearCookies();
        open("/solicitudes/" + folio);
        assertThat(page.locator("#comite")).containsText("la autoridad garante concedió 1 año más de reserva");
        assertThat(page.getByText("Pedir a la autoridad garante otra ampliación")).hasCount(0);
        checkPage("reserve-extensions-public");
    }
}
