package org.apertura.platform;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.AccessRequestService;
import org.apertura.accessinfo.Modality;
import org.apertura.accessinfo.NotificationMedium;
import org.apertura.accessinfo.Stage;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.platform.security.Role;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Input that used to answer 500: a page number whose row offset overflows ({@code ?pagina=2147483647} on
 * pages, {@code ?page=2147483647} on the API), and an upload whose file name the database cannot hold.
 * Pages show the last page with a note; the API answers 400 naming the parameter; the file is kept under a
 * clean name.
 */
@IntegrationTest
class PagingSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    AccessRequestService requests;

    @Test
    void aHugePageNumberOnAPageShowsTheLastPageWithANote() throws Exception {
        for (String path : List.of("/historial", "/solicitudes", "/recursos")) {
            for (String page : List.of("2147483647", "100001", "99999")) {
                mvc.perform(get(path).param("pagina", page)).andExpect(status().isOk())
                        .andExpect(content().string(containsString("Esa página no existe: le mostramos la última")));
            }
            // below the first page is the first page
            mvc.perform(get(path).param("pagina", "-2147483648")).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Esa página no existe"))));
            // every list counts its pages from 1, as its pager writes them (the appeals list counted from 0)
            mvc.perform(get(path).param("pagina", "1")).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Esa página no existe"))));
        }
        mvc.perform(get("/historial").param("pagina", "2147483647").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("That page does not exist: here is the last one")));
        mvc.perform(get("/historial").param("pagina", "1")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Esa página no existe"))));
    }

    @Test
    void aHugePageNumberOnTheApiIsAClear400() throws Exception {
        for (String path : List.of("/api/v1/requests", "/api/v1/appeals")) {
            mvc.perform(get(path).param("page", "2147483647")).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("page")))
                    .andExpect(content().string(containsString("entre 0 y 100000")));
            mvc.perform(get(path).param("page", "-1").header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("from 0 to 100000")));
            mvc.perform(get(path).param("page", "100000")).andExpect(status().isOk());
        }
    }

    @Test
    void anUploadWithAMalformedNameIsKeptUnderACleanName() throws Exception {
        AccessRequest request = requests.file(new AccessRequestService.FilingRequest(List.of("idaip"),
                new AccessRequest.Filing("Los padrones de beneficiarios de 2026", Modality.ELECTRONIC, null,
                        NotificationMedium.PLATFORM, null))).requests().get(0);
        Account unit = TestAccounts.person(accounts, "Unidad de prueba");
        SystemActor.run(() -> accounts.grant(unit.getId(), Role.TRANSPARENCY_UNIT, "idaip", null));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/solicitudes/" + request.getFolio() + "/turnar").with(csrf()).with(details.signedIn(unit)))
                .andExpect(status().is3xxRedirection());
        String name = "../../" + "padrón".repeat(60) + "\u0000\r\n<b>.csv";
        MockMultipartFile file = new MockMultipartFile("archivos", name, "text/csv", "folio,monto\nA-1,10\n".getBytes());
        mvc.perform(multipart("/solicitudes/" + request.getFolio() + "/respuesta").file(file).with(csrf())
                        .with(details.signedIn(unit)).param("outcome", "DELIVERED")
                        .param("text", "Se entrega el padrón de beneficiarios."))
                .andExpect(status().is3xxRedirection());
        AccessRequest answered = requests.request(request.getFolio());
        assertThat(answered.getStage()).isEqualTo(Stage.ANSWERED);
        String kept = requests.publicFiles(answered).get(0).getFileName();
        assertThat(kept).endsWith(".csv").startsWith("padrón").hasSizeLessThanOrEqualTo(FileNamesLimit.MAX)
                .doesNotContain("/", "\u0000", "\r", "\n", "<");
    }

    /** The limit, named here so the test reads plainly. */
    private static final class FileNamesLimit {
        static final int MAX = org.apertura.platform.storage.FileNames.MAX;
    }
}
