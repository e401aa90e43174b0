package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.apertura.appeal.AppealCause;
import org.apertura.appeal.AppealDraft;
import org.apertura.appeal.AppealFixtures;
import org.apertura.appeal.AppealResolution;
import org.apertura.appeal.AppealService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A recurso de inconformidad in the browser (LGTAIP 2025 arts. 162–175): the requester whose appeal the local
 * authority confirmed finds the way to challenge it on the appeal's page, is told why a filing without federal
 * money is refused, files; the federal authority admits it and, after the local report, modifies it; the public page
 * shows every step with its article and term and nothing of who challenged. On the way, a third party is notified
 * (art. 172), the appellant asks for more days to allege (art. 171 ¶3) and the local authority for more time for its
 * new ruling, which the federal authority grants (art. 175 ¶2). Every page passes axe-core at 360 px.
 */
class InconformityBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AppealFixtures fixtures;
    @Autowired
    AppealService appeals;
    @Autowired
    ActingAs acting;
    @Autowired
    JdbcTemplate jdbc;

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void signInAs(Account account) {
        context.clearCookies();
        signIn(account.getEmail(), TestAccounts.PASSWORD);
    }

    @Test
    void aRequesterChallengesAConfirmedReserveAndTheFederalAuthorityModifiesIt() {
        Account requester = TestAccounts.person(accounts, "Vecina Inconforme");
        Account local = TestAccounts.person(accounts, "Ponencia del IDAIP");
        Account federal = TestAccounts.person(accounts, "Ponencia Federal");
        SystemActor.run(() -> {
            accounts.grant(local.getId(), Role.GUARANTOR, "idaip", null);
            accounts.grant(federal.getId(), Role.GUARANTOR, "transparencia-para-el-pueblo", null);
        });
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(),
                AppealFixtures.Requester.account(requester.getId()));
        String[] appeal = new String[1];
        acting.run(requester.getId(), () -> appeal[0] = appeals.file(request, new AppealDraft(
                Set.of(AppealCause.CLASSIFICATION), "La reserva es genérica."), requester.getId(), null).getFolio());
        acting.run(local.getId(), () -> appeals.admit(appeal[0]));
        fixtures.termPassed(appeal[0], "allegations_due");
        acting.run(local.getId(), () -> appeals.resolve(appeal[0], AppealResolution.CONFIRMED,
                "Se confirma la reserva.", null));

        signInAs(requester);
        open("/recursos/" + appeal[0]);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Recurso de inconformidad")))
                .isVisible();
        checkPage("inconformity-appeal-panel");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Presentar un recurso de inconformidad"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Presentar un recurso de inconformidad"))).isVisible();
        checkPage("inconformity-form");
        page.getByLabel("Fracción I. La resolución confirmó o modificó la clasificación de la información.").check();
        page.getByLabel("Razones o motivos de la inconformidad").fill("Las patrullas se pagan con un fondo federal.");
        button("Presentar el recurso de inconformidad").click();
        assertThat(page.locator(".error-summary")).containsText("recursos públicos federales");
        assertThat(page.getByLabel("Razones o motivos de la inconformidad"))
                .hasValue("Las patrullas se pagan con un fondo federal.");
        checkPage("inconformity-form-refused");
        page.getByLabel("Mi solicitud se refiere a recursos públicos federales").check();
        button("Presentar el recurso de inconformidad").click();
        assertThat(page.getByText("El recurso de inconformidad quedó presentado. Guarde su folio.")).isVisible();
        String folio = page.url().replaceAll(".*/inconformidades/([^/?#]+).*", "$1");
        assertThat(folio).matches("ri-transparencia-para-el-pueblo-\\d{4}-\\d{4}");
        checkPage("inconformity-filed");

        signInAs(federal);
        open("/garante/inconformidades");
        checkPage("inconformity-queue");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(folio)).click();
        checkPage("inconformity-federal");
        button("Admitir el recurso de inconformidad").click();
        assertThat(page.getByText("Quedó registrado.")).isVisible();
        // A third party is notified of the admission (art. 172 ¶2): five days, shown with their term.
        button("Notificar a la persona tercera interesada").click();
        assertThat(page.getByText("Admisión notificada a la persona tercera interesada").first()).isVisible();
        assertThat(page.locator("#pasos")).containsText("Fundamento: LGTAIP 2025 art. 172 ¶2");
        checkPage("inconformity-third-party");

        signInAs(local);
        open("/inconformidades/" + folio);
        page.getByLabel("Informe justificado o contestación (arts. 168 y 171)").fill("La reserva se sostiene.");
        button("Rendir el informe").click();
        assertThat(page.getByText("Informe de la autoridad garante local").first()).isVisible();

        // The appellant asks for five more days to allege (art. 171 ¶3); the admission's notice is on its step.
        signInAs(requester);
        open("/inconformidades/" + folio);
        assertThat(page.locator("#pasos")).containsText("por correo electrónico");
        page.getByLabel("Días adicionales para alegar (art. 171)").fill("5");
        button("Pedir más días para alegar").click();
        assertThat(page.getByText("Quien se inconforma pidió más días para alegar").first()).isVisible();
        assertThat(page.locator("#pasos")).containsText("Fundamento: LGTAIP 2025 art. 171 ¶3");
        checkPage("inconformity-allegations-extended");

        signInAs(federal);
        open("/inconformidades/" + folio);
        page.getByLabel("Sentido de la resolución").selectOption("MODIFIED");
        button("Resolver").click();
        assertThat(page.locator("#resolve-text-error")).isVisible();
        checkPage("inconformity-resolve-refused");
        page.getByLabel("Texto de la resolución").fill("Se modifica: el número de patrullas y su costo son públicos.");
        // Art. 180: without its coercive measures it is refused, what was typed kept.
        button("Resolver").click();
        assertThat(page.locator("#resolve-measures-error")).isVisible();
        assertThat(page.getByLabel("Texto de la resolución"))
                .hasValue("Se modifica: el número de patrullas y su costo son públicos.");
        page.getByLabel("Amonestación pública (art. 196 fr. I)").check();
        button("Resolver").click();
        assertThat(page.getByText("En espera de la nueva resolución local").first()).isVisible();
        assertThat(page.getByText("Medidas de apremio que establece la resolución (art. 180)")).isVisible();
        checkPage("inconformity-measures");

        // The local authority asks for more time for its new ruling (art. 175 ¶2): refused whole without days and
        // reasons, then asked; the federal authority grants it.
        signInAs(local);
        open("/inconformidades/" + folio);
        button("Pedir más tiempo").click();
        assertThat(page.locator("#askMoreTime-reason-error")).isVisible();
        assertThat(page.locator("#askMoreTime-days-error")).isVisible();
        checkPage("inconformity-more-time-refused");
        page.getByLabel("Días más que pide").fill("5");
        page.getByLabel("Fundamento y motivos").fill("Las constancias del expediente son voluminosas.");
        button("Pedir más tiempo").click();
        assertThat(page.getByText("La autoridad garante local pidió más tiempo para su nueva resolución").first())
                .isVisible();
        signInAs(federal);
        open("/inconformidades/" + folio);
        page.getByLabel("Se concede").check();
        page.locator("#decideMoreTime-text").fill("Se concede por el volumen de las constancias.");
        button("Decidir").click();
        assertThat(page.getByText("Más tiempo para la nueva resolución concedido").first()).isVisible();
        checkPage("inconformity-more-time");

        context.clearCookies();
        open("/inconformidades/" + folio);
        assertThat(page.locator("#pasos")).containsText("Fundamento: LGTAIP 2025 art. 173 fr. III");
        assertThat(page.locator("#pasos")).containsText("Plazo: 15 días hábiles");
        assertThat(page.content()).doesNotContain("Vecina Inconforme").doesNotContain(requester.getEmail());
        assertThat(page.locator("#actuar")).hasCount(0);
        checkPage("inconformity-public");
        open("/inconformidades");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(folio))).isVisible();
        checkPage("inconformity-list");
    }

    @Test
    void theLocalAuthorityForwardsAnInconformidadFiledWithItInWriting() {
        Account requester = TestAccounts.person(accounts, "Vecino por Escrito");
        Account local = TestAccounts.person(accounts, "Oficialía del IDAIP");
        SystemActor.run(() -> accounts.grant(local.getId(), Role.GUARANTOR, "idaip", null));
        String request = fixtures.answered("poder-ejecutivo-durango", fixtures.today(),
                AppealFixtures.Requester.account(requester.getId()));
        String[] appeal = new String[1];
        acting.run(requester.getId(), () -> appeal[0] = appeals.file(request, new AppealDraft(
                Set.of(AppealCause.CLASSIFICATION), "La reserva es genérica."), requester.getId(), null).getFolio());
        acting.run(local.getId(), () -> appeals.admit(appeal[0]));
        fixtures.termPassed(appeal[0], "allegations_due");
        acting.run(local.getId(), () -> appeals.resolve(appeal[0], AppealResolution.CONFIRMED,
                "Se confirma la reserva.", null));

        signInAs(local);
        open("/recursos/" + appeal[0] + "?lang=es");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remitir un recurso presentado por escrito"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Remitir un recurso de inconformidad presentado por escrito"))).isVisible();
        checkPage("inconformity-forward-form");
        assertThat(page.locator("main")).containsText("El escrito impugna ante");
        page.getByLabel("Fracción I. La resolución confirmó o modificó la clasificación de la información.").check();
        page.getByLabel("Según el escrito, la solicitud se refiere a recursos públicos federales").check();
        page.getByLabel("Razones o motivos de la inconformidad").fill("El escrito dice que el fondo es federal.");
        button("Remitir a la autoridad garante federal").click();
        assertThat(page.locator(".error-summary")).containsText("Este dato es obligatorio.");
        assertThat(page.getByLabel("Razones o motivos de la inconformidad"))
                .hasValue("El escrito dice que el fondo es federal.");
        checkPage("inconformity-forward-refused");
        page.getByLabel("Día en que se recibió el escrito").fill(fixtures.today().toString());
        button("Remitir a la autoridad garante federal").click();
        assertThat(page.getByText("El recurso de inconformidad quedó remitido a la autoridad garante federal."))
                .isVisible();
        assertThat(page.getByText("La autoridad local remitió el recurso presentado por escrito").first()).isVisible();
        assertThat(page.locator("#pasos")).containsText("Fundamento: LGTAIP 2025 art. 164 ¶2");
        assertThat(page.content()).doesNotContain("Vecino por Escrito").doesNotContain(requester.getEmail());
        checkPage("inconformity-forwarded");
    }
}
