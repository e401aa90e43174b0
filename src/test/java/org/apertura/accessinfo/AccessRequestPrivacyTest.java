package org.apertura.accessinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apertura.identity.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Who asked never leaves through a public output: a unique marker planted in a requester's account e-mail and
 * pseudonym (the link between the pseudonym and the request is private too), in another requester's contact
 * e-mail, and the private follow-up key, appears in no page, download, feed, acuse, API response or history
 * entry — while those outputs do show the requests.
 */
@IntegrationTest
class AccessRequestPrivacyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    AccessRequestService service;

    @Test
    void noPublicOutputCarriesTheRequesterOrTheirKey() throws Exception {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Account requester = accounts.signUp(marker + ".solicita@ejemplo.mx", TestAccounts.PASSWORD, "Seudónimo " + marker);
        Account unit = TestAccounts.person(accounts, "Unidad del Poder Judicial");
        SystemActor.run(() -> accounts.grant(unit.getId(), Role.TRANSPARENCY_UNIT, "poder-judicial-durango", null));

        // One request by an account with a pseudonym, one by e-mail without an account.
        mvc.perform(post("/solicitudes").with(csrf()).with(details.signedIn(requester))
                .param("institutions", "poder-judicial-durango").param("description", "Estadística de amparos " + 2025)
                .param("modality", "ELECTRONIC").param("medium", "PLATFORM")).andExpect(status().is3xxRedirection());
        MvcResult byMail = mvc.perform(post("/solicitudes").with(csrf()).param("institutions", "poder-judicial-durango")
                        .param("description", "Número de jueces por distrito judicial").param("modality", "ELECTRONIC")
                        .param("medium", "EMAIL").param("contactEmail", marker + "@correo.mx"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String key = (String) byMail.getFlashMap().get("followKey");
        String filing = byMail.getResponse().getRedirectedUrl().substring("/acuses/".length());
        AccessRequest mine = service.mine().isEmpty() ? null : service.mine().get(0);
        assertThat(mine).as("nobody is signed in here").isNull();
        AccessRequest first = service.search(new RequestSearch.Query("amparos", "poder-judicial-durango", null, null,
                null, null, null, service.today(), 0)).getContent().get(0);
        AccessRequest second = service.filing(filing).get(0);

        // The unit asks the account holder to clarify; they reply signed in; the unit answers the other.
        mvc.perform(post("/solicitudes/" + first.getFolio() + "/aclaracion").with(csrf()).with(details.signedIn(unit))
                .param("question", "¿De qué juzgados?")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/solicitudes/" + first.getFolio() + "/aclaracion/respuesta").with(csrf())
                .with(details.signedIn(requester)).param("reply", "De los juzgados de distrito de la capital"))
                .andExpect(status().is3xxRedirection());
        assertThat(service.request(first.getFolio()).getStage()).isEqualTo(Stage.IN_PROCESS);
        mvc.perform(post("/solicitudes/" + second.getFolio() + "/respuesta").with(csrf()).with(details.signedIn(unit))
                .param("outcome", "ALREADY_PUBLIC").param("text", "Está en el portal.")
                .param("publicSource", "Portal de transparencia, artículo 65"))
                .andExpect(status().is3xxRedirection());

        List<String> outputs = List.of("/solicitudes", "/solicitudes?q=amparos", "/solicitudes?institucion=poder-judicial-durango",
                "/solicitudes.csv", "/solicitudes.csv?idioma=en", "/solicitudes/" + first.getFolio(),
                "/solicitudes/" + first.getFolio() + "?lang=en", "/solicitudes/" + second.getFolio(), "/acuses/" + filing,
                "/solicitudes/cifras", "/solicitudes/cifras.csv", "/solicitudes/institucion/poder-judicial-durango/feed.atom",
                "/api/v1/requests", "/api/v1/requests?q=jueces", "/api/v1/requests/" + first.getFolio(),
                "/api/v1/requests/" + second.getFolio(), "/api/v1/requests/figures", "/recursos", "/recursos.csv",
                "/api/v1/appeals", "/historial", "/historial.csv", "/datos", "/datos/diccionario", "/");
        for (String path : outputs) {
            var response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(path).isNotBlank().doesNotContain(marker).doesNotContain(key);
        }
        byte[] pdf = mvc.perform(get("/acuses/" + filing + ".pdf")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains(second.getFolio()).doesNotContain(marker);
        }
        String after = "0";
        while (after != null) {
            String body = mvc.perform(get("/api/v1/ledger?limit=1000&after=" + after)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as("ledger after " + after).doesNotContain(marker).doesNotContain(key);
            var next = java.util.regex.Pattern.compile("\"next\":(\\d+)").matcher(body);
            after = next.find() ? next.group(1) : null;
        }
        // The outputs do carry the requests, so a page that showed nothing would be noticed.
        String page = mvc.perform(get("/solicitudes/" + first.getFolio())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("De los juzgados de distrito de la capital", "quien pidió", "Unidad del Poder Judicial");
        String api = mvc.perform(get("/api/v1/requests/" + second.getFolio())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("ALREADY_PUBLIC", "Portal de transparencia");
        // The requester sees their own requests, signed in; nobody else does.
        String own = mvc.perform(get("/mis-solicitudes").with(details.signedIn(requester))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(own).contains(first.getFolio()).doesNotContain(second.getFolio());
    }
}
