package org.apertura.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.cocreation.CocreationFixtures;
import org.apertura.cocreation.CocreationService;
import org.apertura.cocreation.Proposal;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Role;
import org.apertura.identity.Sector;
import org.apertura.identity.TestAccounts;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Co-creation in the browser: a citizen proposes, supports and comments; a facilitator enters a proposal
 * from a workshop; the coordinator runs a working table and answers every proposal; the trace shows on the
 * proposal and on the commitment.
 */
class CocreationBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    CocreationService service;

    @Test
    void fromProposalToReasonedResponseAndItsTrace() {
        CocreationFixtures.Open open = CocreationFixtures.openCall(secretariat, plans, service, 10);
        String call = "/convocatorias/" + open.call().getSlug();
        Account citizen = TestAccounts.person(accounts, "Vecina del kiosco");
        Account facilitator = CocreationFixtures.member(accounts, open, "Facilitador de taller", Role.STL_MEMBER,
                Sector.CIVIL_SOCIETY);
        Account coordinator = CocreationFixtures.coordinator(accounts, open, "Coordinadora del STL");

        // A citizen proposes; an empty form says what is missing.
        signIn(citizen);
        open(call);
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hacer una propuesta")).click();
        click("Enviar la propuesta");
        assertThat(page.getByText("Elija al menos un tema.").first()).isVisible();
        assertAccessible();
        page.getByLabel("Título").fill("Bebederos en la plaza principal");
        page.getByLabel("Problema que atiende").fill("En verano no hay agua para beber en la plaza.");
        page.getByLabel("Qué propone").fill("Instalar tres bebederos con agua potable.");
        page.getByLabel("g) Participación ciudadana", new Page.GetByLabelOptions().setExact(false)).check();
        click("Enviar la propuesta");
        assertThat(page.getByText("Su propuesta se publicó. Recibirá una respuesta razonada.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bebederos en la plaza principal")))
                .isVisible();
        click("Apoyar esta propuesta");
        assertThat(page.getByText("Su apoyo quedó registrado.")).isVisible();
        assertThat(page.getByText("1 apoyo", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.getByLabel("Su comentario").fill("Que uno quede a la altura de niñas y niños.");
        click("Publicar el comentario");
        assertThat(page.getByText("Que uno quede a la altura de niñas y niños.")).isVisible();
        assertAccessible();
        assertFitsThePhone();
        String proposalPath = page.url().replaceAll("^https?://[^/]+", "").replaceAll("#.*$", "");
        // Its author adds a phone's photo (its GPS is dropped) with the text that describes it, and a point (ADR 0080).
        page.getByLabel("Imagen", new Page.GetByLabelOptions().setExact(true)).setInputFiles(
                new com.microsoft.playwright.options.FilePayload("IMG_0001.jpg", "image/jpeg",
                        org.apertura.platform.media.MediaFixtures.jpegWithGps()));
        click("Agregar la imagen");
        assertThat(page.getByText("Describa la imagen para quien no puede verla", new Page.GetByTextOptions()
                .setExact(false)).first()).isVisible();
        // the summary's problem links to the description's field, which is invalid and described by it
        var altLink = page.locator(".error-summary a[href='#media-imageAlt']");
        assertThat(altLink).containsText("Describa la imagen para quien no puede verla");
        var alt = page.getByLabel("Describa la imagen (obligatorio si agrega una)");
        assertThat(alt).hasAttribute("aria-invalid", "true");
        assertThat(alt).hasAccessibleDescription(java.util.regex.Pattern.compile(
                "Describa la imagen para quien no puede verla"));
        assertAccessible();
        altLink.click();
        assertThat(page.locator(":target")).hasAccessibleName("Describa la imagen (obligatorio si agrega una)");
        page.getByLabel("Imagen", new Page.GetByLabelOptions().setExact(true)).setInputFiles(
                new com.microsoft.playwright.options.FilePayload("IMG_0001.jpg", "image/jpeg",
                        org.apertura.platform.media.MediaFixtures.jpegWithGps()));
        page.getByLabel("Describa la imagen (obligatorio si agrega una)").fill("La plaza al mediodía, sin sombra ni agua");
        click("Agregar la imagen");
        assertThat(page.getByText("La imagen se agregó a la propuesta.")).isVisible();
        assertThat(page.getByAltText("La plaza al mediodía, sin sombra ni agua")).isVisible();
        page.getByLabel("Latitud").fill("24.0243");
        page.getByLabel("Longitud").fill("-104.6708");
        click("Guardar el punto");
        assertThat(page.getByText("Se guardó el lugar de la propuesta en el mapa.")).isVisible();
        checkPage("cocreation-proposal-media");
        open(call + "/mapa");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("1. Bebederos en la plaza principal").setExact(true))).isVisible();
        checkPage("cocreation-proposals-map");
        signOut();

        // A facilitator enters a proposal received at a workshop.
        signIn(facilitator);
        open(call);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrar una propuesta de otro canal")).click();
        page.getByLabel("En persona", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByLabel("Fecha en que se recibió").fill(service.today().toString());
        page.getByLabel("Lugar", new Page.GetByLabelOptions().setExact(true)).fill("Taller en el kiosco");
        page.getByLabel("Nombre público de quien propone (opcional)").fill("Don Ramiro");
        page.getByLabel("Título").fill("Sombra para la parada del camión");
        page.getByLabel("Problema que atiende").fill("Se espera el camión bajo el sol.");
        page.getByLabel("Qué propone").fill("Un techo en la parada.");
        page.getByLabel("g) Participación ciudadana", new Page.GetByLabelOptions().setExact(false)).check();
        assertAccessible();
        click("Registrar la propuesta");
        assertThat(page.getByText("La propuesta se registró y se publicó.")).isVisible();
        assertThat(page.getByText("Propuso Don Ramiro · En persona")).isVisible();
        signOut();

        // The coordinator runs a working table and answers every proposal; the plan then has no pending response.
        signIn(coordinator);
        open(call);
        assertThat(page.getByText("2 propuestas aún no tienen respuesta razonada.")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nueva mesa de trabajo")).click();
        page.getByLabel("Título").fill("Mesa de la plaza");
        page.getByLabel("Fecha y hora").fill(service.today() + "T10:00");
        page.getByLabel("Lugar", new Page.GetByLabelOptions().setExact(true)).fill("Kiosco");
        page.getByLabel("Sociedad civil").fill("5");
        page.getByLabel("Bebederos en la plaza principal", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByLabel("C-1 · Compromiso").check();
        assertAccessible();
        click("Guardar");
        assertThat(page.getByText("La mesa de trabajo quedó registrada.")).isVisible();
        assertThat(page.getByText("Participantes (5)")).isVisible();
        assertAccessible();

        Commitment commitment = plans.commitments(open.plan()).get(0);
        for (Proposal p : service.proposals(open.call())) {
            open("/propuestas/" + p.getId());
            boolean fed = p.getTitle().startsWith("Bebederos");
            page.getByLabel("Respuesta", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(fed ? "INCORPORATED" : "NOT_INCORPORATED");
            page.getByLabel("Razón de la respuesta").fill(fed ? "Se incorporó al compromiso C-1 con tres bebederos."
                    : "El transporte no depende de las instituciones de este plan.");
            if (fed) {
                page.getByLabel("C-1 · Compromiso").check();
            }
            assertAccessible();
            click("Publicar la respuesta");
            assertThat(page.getByText("La respuesta razonada se publicó.")).isVisible();
        }
        open(proposalPath);
        assertThat(page.locator("#respuesta p").getByText("Se incorporó al compromiso C-1 con tres bebederos.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("C-1 · Compromiso"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hito"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1. Mesa de la plaza"))).isVisible();
        assertAccessible();
        open(call);
        assertThat(page.getByText("Todas las propuestas tienen respuesta razonada.")).isVisible();
        open("/compromisos/" + commitment.getId());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bebederos en la plaza principal")))
                .isVisible();
        assertAccessible();
        assertFitsThePhone();
    }

    @Test
    void theDemoCallItsProposalsAndTablesArePublicAndAccessible() {
        open("/convocatorias");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Propuestas ciudadanas para el Plan de Acción Local 2025-2026")).click();
        assertThat(page.getByText("Todas las propuestas tienen respuesta razonada.")).isVisible();
        page.getByLabel("Canal", new Page.GetByLabelOptions().setExact(true)).selectOption("IN_PERSON");
        click("Filtrar");
        assertThat(page.getByText("Propuso Vecinas de la colonia Santa Rosa · En persona")).isVisible();
        assertAccessible();
        assertFitsThePhone();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Parque con sombra y bebederos")
                .setExact(false)).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("DGO-04 · Diseño participativo del parque de Gómez Palacio"))).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2. Parque de Gómez Palacio")).click();
        assertThat(page.getByText("Participantes (31)")).isVisible();
        assertAccessible();
        open("/convocatorias?lang=en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Calls for proposals"))).isVisible();
        assertAccessible();
    }
}
