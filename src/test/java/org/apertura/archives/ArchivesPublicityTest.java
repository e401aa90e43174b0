package org.apertura.archives;

import static org.apertura.archives.ArchivesTesting.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * What is public, said once by {@link ArchivesPolicy} (ADR 0028) and the same on the page, its CSV/JSON/PDF and the
 * API: a draft version shows no act; a transfer the receiving archive has not accepted is only at the desk, and all
 * three publish it from its acceptance.
 */
@IntegrationTest
class ArchivesPublicityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Instruments instruments;
    @Autowired
    ValuationSheets sheets;
    @Autowired
    CaseFiles files;
    @Autowired
    Transfers transfers;
    @Autowired
    JurisdictionService directory;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    MessageSource messages;
    @Autowired
    Today today;

    private String slug;
    private RequestPostProcessor archivist;

    @BeforeEach
    void anInstitutionWithItsCatalogInForce() {
        slug = "publico-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> directory.createInstitution(new InstitutionDraft(slug, "Instituto público " + slug,
                null, "durango", Branch.AUTONOMOUS, false, null, null)));
        Instrument draft = as(Role.ARCHIVIST, slug, () -> instruments.importFile(slug, "c.csv",
                ArchivesTesting.bytes(ArchivesTesting.CATALOG)));
        ArchivesTesting.fichas(sheets, draft);
        as(Role.COORDINATING_ARCHIVIST, slug, () -> instruments.approve(slug, draft.getNumber(), "GI-P-01",
                today.date(), "Coordinación de archivos\nÓrgano Interno de Control"));
        Account account = TestAccounts.person(accounts, "Archivista del instituto público");
        SystemActor.run(() -> accounts.grant(account.getId(), Role.ARCHIVIST, slug, null));
        archivist = details.signedIn(account);
    }

    @Test
    void aDraftVersionShowsNoActToItsArchivist() throws Exception {
        Instrument draft = as(Role.ARCHIVIST, slug, () -> instruments.importFile(slug, "c2.csv",
                ArchivesTesting.bytes(ArchivesTesting.CATALOG)));
        String page = page("/archivos/" + slug + "/instrumentos/" + draft.getNumber(), archivist);
        assertThat(page).contains(words("archives.approve.waiting"))
                .doesNotContain(words("archives.act.number")).doesNotContain(words("archives.act.members"));
        assertThat(page("/archivos/" + slug + "/instrumentos/1", archivist)).contains(words("archives.act.number"))
                .contains("GI-P-01");
    }

    @Test
    void aTransferNotYetAcceptedIsPublicNowhereAndFromItsAcceptanceEverywhere() throws Exception {
        LocalDate closed = today.date().minusYears(2);
        CaseFile file = as(Role.ARCHIVIST, slug, () -> {
            CaseFile f = files.open(slug, new CaseFiles.Opening("CDG.1C.2", "Oficios de hace dos años", null, null,
                    closed.minusMonths(2)));
            files.addUpload(slug, f.getId(), "Oficio", closed.minusMonths(1), "o.pdf", CaseFilesTest.PDF);
            return files.close(slug, f.getId(), closed);
        });
        Transfer sent = as(Role.ARCHIVIST, slug, () -> transfers.send(slug, TransferKind.PRIMARY,
                List.of(file.getId())));
        String path = "/archivos/" + slug + "/transferencias/primarias/" + sent.getNumber();
        String api = "/api/v1/archives/institutions/" + slug + "/transfers";
        List<String> downloads = List.of(path, path + "/inventario.csv", path + "/inventario.json",
                path + "/inventario.pdf", api + "/primary/" + sent.getNumber());

        for (String address : downloads) {
            mvc.perform(get(address)).andExpect(status().isNotFound());
        }
        mvc.perform(get(api)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        String list = "/archivos/" + slug + "/transferencias";
        mvc.perform(get(list + ".json")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        assertThat(page(list, archivist)).as("the public list, whoever reads it").doesNotContain(path)
                .contains(words("archives.transfers.none"));
        assertThat(page("/archivos/" + slug, null)).doesNotContain(path);
        assertThat(page(path, archivist)).as("the archive's desk reads it, saying it is not public yet")
                .contains(words("archives.transfer.notPublic"));
        assertThat(page("/archivos/" + slug, archivist)).as("the public page lists what the public reads")
                .doesNotContain(path);

        as(Role.ARCHIVIST, slug, () -> transfers.accept(slug, TransferKind.PRIMARY, sent.getNumber(), "Caja 4"));
        for (String address : downloads) {
            mvc.perform(get(address)).andExpect(status().isOk());
        }
        assertThat(page(path, null)).contains("Caja 4").contains(file.getReference())
                .doesNotContain(words("archives.transfer.notPublic"));
        assertThat(mvc.perform(get(path + "/inventario.csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(file.getReference());
        mvc.perform(get(path + "/inventario.json")).andExpect(jsonPath("$.location").value("Caja 4"));
        mvc.perform(get(api)).andExpect(jsonPath("$[0].number").value(sent.getNumber()))
                .andExpect(jsonPath("$[0].location").value("Caja 4"));
        assertThat(page("/archivos/" + slug, null)).contains(path).contains(list);
        assertThat(page(list, null)).contains(path).contains("Caja 4");
        mvc.perform(get(list + ".json")).andExpect(jsonPath("$[0].page").value(path))
                .andExpect(jsonPath("$[0].fileCount").value(1));
        assertThat(mvc.perform(get(list + ".csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Caja 4").contains("Primaria");
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        var request = get(path);
        if (who != null) {
            request = request.with(who);
        }
        return HtmlUtils.htmlUnescape(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private String words(String key) {
        return messages.getMessage(key, null, Today.LOCALE);
    }
}
