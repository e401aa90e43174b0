package org.apertura.archives;

import static org.apertura.archives.ArchivesTesting.as;
import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Every refusal of the archive's forms, sent as an archivist sends them from the browser (the form's fields, its
 * token, signed in): the page it returns to says why in Spanish and, for a reader in English, in English, and nothing
 * changed (the institution's instruments, files, documents, transfers, loans, bajas and ledger entries are as before).
 * One refusal cannot come from a form: a document over the archive's 20 MB, because every form's upload limit
 * (12 MB, {@code UploadLimits}) refuses it first; its domain guard is tested directly.
 */
@IntegrationTest
class ArchivesRefusalsTest {

    static final byte[] PDF = "%PDF-1.4\n% oficio\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Today today;
    @Autowired
    JurisdictionService directory;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    Instruments instruments;
    @Autowired
    ValuationSheets sheets;
    @Autowired
    CaseFiles files;
    @Autowired
    Transfers transfers;
    @Autowired
    Disposals disposals;
    @Autowired
    ArchivalDescriptions descriptions;

    String slug;
    RequestPostProcessor archivist;
    RequestPostProcessor coordinator;

    @BeforeEach
    void anInstitutionWithItsCatalogInForce() {
        slug = institution();
        Instrument draft = as(Role.ARCHIVIST, slug, () -> instruments.importFile(slug, "c.csv",
                ArchivesTesting.bytes(ArchivesTesting.CATALOG)));
        ArchivesTesting.fichas(sheets, draft);
        as(Role.COORDINATING_ARCHIVIST, slug, () -> instruments.approve(slug, draft.getNumber(), "GI-1",
                today.date(), "Coordinación de archivos\nÓrgano Interno de Control"));
        archivist = person("Archivista de trámite", Role.ARCHIVIST);
        coordinator = person("Coordinadora de archivos", Role.COORDINATING_ARCHIVIST);
    }

    @Test
    void openingAndClosingAFileRefuseBadInput() throws Exception {
        String desk = "/archivos/" + slug + "/gestion/expedientes";
        refused(post(desk).param("serie", "CDG.1C.2").param("titulo", " ").param("asunto", "x".repeat(2001))
                .param("apertura", ""), "openProblems", "archives.file.error.title", "archives.file.error.subject",
                "archives.file.error.openedOn");
        refused(post(desk).param("serie", "CDG.1C.2").param("titulo", "Oficios").param("apertura",
                today.date().plusDays(1).toString()), "openProblems", "archives.file.error.openedFuture");

        CaseFile empty = open("CDG.1C.2", today.date().minusDays(10));
        String close = "/archivos/" + slug + "/expedientes/" + empty.getId() + "/cierre";
        refused(post(close).param("cierre", ""), "closeProblems", "archives.file.error.closedOn",
                "archives.file.error.noDocuments");
        refused(post(close).param("cierre", today.date().plusDays(1).toString()), "closeProblems",
                "archives.file.error.closedFuture", "archives.file.error.noDocuments");

        CaseFile closed = closedYearsAgo("CDG.1C.2", 0);
        refused(post("/archivos/" + slug + "/expedientes/" + closed.getId() + "/cierre").param("cierre",
                today.date().toString()), "closeProblems", "archives.file.error.closed");
    }

    @Test
    void addingADocumentRefusesBadInputAndAClosedFile() throws Exception {
        CaseFile file = open("CDG.1C.2", today.date().minusDays(10));
        String path = "/archivos/" + slug + "/expedientes/" + file.getId() + "/documentos";
        refused(multipart(path).file(new MockMultipartFile("documento", "vacio.pdf", "application/pdf", new byte[0]))
                .param("titulo", " ").param("fecha", ""), "documentProblems", "archives.document.error.title",
                "archives.document.error.date", "archives.document.error.empty");
        refused(multipart(path).file(new MockMultipartFile("documento", "programa.exe", "application/octet-stream",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0})).param("titulo", "Oficio").param("fecha",
                        today.date().plusDays(1).toString()), "documentProblems", "archives.document.error.future",
                "archives.document.error.type");
        refused(multipart(path).param("titulo", "Oficio").param("fecha", today.date().toString()).param("enlace",
                "https://ejemplo.org/oficio"), "documentProblems", "archives.document.error.link");

        CaseFile closed = closedYearsAgo("CDG.1C.2", 0);
        refused(multipart("/archivos/" + slug + "/expedientes/" + closed.getId() + "/documentos")
                .file(new MockMultipartFile("documento", "tarde.pdf", "application/pdf", PDF))
                .param("titulo", "Oficio tardío").param("fecha", today.date().toString()), "documentProblems",
                "archives.document.error.closed");
    }

    /** Unreachable from the form: the 12 MB limit of every form's upload refuses it first (UploadLimits). */
    @Test
    void aDocumentOverTheArchivesLimitIsRefusedByTheDomainGuard() {
        CaseFile file = open("CDG.1C.2", today.date().minusDays(10));
        String before = state();
        byte[] large = new byte[CaseFiles.MAX_DOCUMENT + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThatThrownBy(() -> as(Role.ARCHIVIST, slug, () -> files.addUpload(slug, file.getId(), "Planos",
                today.date(), "planos.pdf", large))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                        worded(e.problems(), "archives.document.error.tooLarge"));
        assertThat(state()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void transfersRefuseNoFilesAnOpenFileABajaSeriesToTheHistoricalArchiveAndABadAcceptance() throws Exception {
        String send = "/archivos/" + slug + "/gestion/transferencias";
        refused(post(send).param("tipo", "primaria"), "movementProblems", "archives.transfer.error.empty");
        CaseFile open = open("CDG.1C.2", today.date().minusYears(3));
        refused(post(send).param("tipo", "primaria").param("expediente", open.getId().toString()),
                "movementProblems", "archives.transfer.error.open");
        CaseFile bajaSeries = inConcentration("CDG.1C.2", 5);
        refused(post(send).param("tipo", "secundaria").param("expediente", bajaSeries.getId().toString()),
                "movementProblems", "archives.transfer.error.baja");

        CaseFile old = closedYearsAgo("CDG.1C.2", 3);
        Transfer sent = as(Role.ARCHIVIST, slug, () -> transfers.send(slug, TransferKind.PRIMARY,
                List.of(old.getId())));
        String accept = "/archivos/" + slug + "/transferencias/primarias/" + sent.getNumber() + "/aceptacion";
        refused(post(accept).param("ubicacion", "  "), "movementProblems", "archives.transfer.error.location");
        as(Role.ARCHIVIST, slug, () -> transfers.accept(slug, TransferKind.PRIMARY, sent.getNumber(), "Caja 1"));
        refused(post(accept).param("ubicacion", "Caja 2"), "movementProblems", "archives.transfer.error.accepted");
    }

    @Test
    void loansRefuseAFileInTramiteAMissingUnitAPastDueDateAndAFileAlreadyLent() throws Exception {
        CaseFile inTramite = closedYearsAgo("CDG.1C.2", 0);
        refused(post("/archivos/" + slug + "/expedientes/" + inTramite.getId() + "/prestamo").param("unidad", " ")
                .param("vence", today.date().minusDays(1).toString()), "loanProblems", "archives.loan.error.stage",
                "archives.loan.error.borrower", "archives.loan.error.due");
        CaseFile lent = inConcentration("CDG.1C.2", 5);
        as(Role.ARCHIVIST, slug, () -> transfers.lend(slug, lent.getId(), "Tesorería", today.date().plusDays(5)));
        refused(post("/archivos/" + slug + "/expedientes/" + lent.getId() + "/prestamo").param("unidad",
                "Secretaría").param("vence", today.date().plusDays(10).toString()), "loanProblems",
                "archives.loan.error.lent");
    }

    @Test
    void aBajaRefusesNoFilesFilesOutOfConcentracionOrKeptAndEachStepOutOfOrderOrBadlyFilled() throws Exception {
        String propose = "/archivos/" + slug + "/gestion/bajas";
        refused(post(propose), "movementProblems", "archives.disposal.error.empty");
        CaseFile inTramite = closedYearsAgo("CDG.1C.2", 0);
        CaseFile kept = inConcentration("CDG.1C.1", 5);
        refused(post(propose).param("expediente", inTramite.getId().toString()).param("expediente",
                kept.getId().toString()), "movementProblems", "archives.disposal.error.stage",
                "archives.disposal.error.kept");

        CaseFile doomed = inConcentration("CDG.1C.2", 5);
        Disposal proposed = as(Role.ARCHIVIST, slug, () -> disposals.propose(slug, List.of(doomed.getId())));
        String base = "/archivos/" + slug + "/bajas/" + proposed.getNumber();
        refused(coordinator, post(base + "/aprobacion").param("dictamen", " ").param("acta", "").param("fecha", "")
                .param("integrantes", "Solo una persona"), "movementProblems", "archives.disposal.error.notConfirmed",
                "archives.disposal.error.dictamen", "archives.approve.error.act", "archives.disposal.error.date",
                "archives.approve.error.members");
        refused(post(base + "/ejecucion"), "movementProblems", "archives.disposal.error.notApproved");
        refused(post(base + "/confirmacion").param("confirma", " ").param("fecha",
                today.date().plusDays(1).toString()), "movementProblems", "archives.disposal.error.confirmedBy",
                "archives.disposal.error.date");
        as(Role.ARCHIVIST, slug, () -> disposals.confirm(slug, proposed.getNumber(), "Titular de la unidad",
                today.date()));
        refused(post(base + "/confirmacion").param("confirma", "Otra vez").param("fecha", today.date().toString()),
                "movementProblems", "archives.disposal.error.step");
    }

    @Test
    void theGruposApprovalOfInstrumentsRefusesBadActsDatesAndMembersAndAVersionNoLongerADraft() throws Exception {
        Instrument draft = as(Role.ARCHIVIST, slug, () -> instruments.importFile(slug, "c2.csv",
                ArchivesTesting.bytes(ArchivesTesting.CATALOG)));
        ArchivesTesting.fichas(sheets, draft);
        String approve = "/archivos/" + slug + "/instrumentos/" + draft.getNumber() + "/aprobacion";
        refusedInPlace(() -> post(approve).param("acta", " ").param("fecha", "").param("integrantes", "Una persona"),
                "approvalProblems", "archives.approve.error.act", "archives.approve.error.date",
                "archives.approve.error.members");
        refusedInPlace(() -> post(approve).param("acta", "GI-2").param("fecha", today.date().plusDays(1).toString())
                .param("integrantes", "Coordinación de archivos\n" + "Órgano Interno de Control ".repeat(10)),
                "approvalProblems", "archives.approve.error.future", "archives.approve.error.membersLong");
        refusedInPlace(() -> post(approve).param("acta", "GI-2").param("fecha", today.date().minusDays(1).toString())
                .param("integrantes", "Coordinación de archivos\nÓrgano Interno de Control"), "approvalProblems",
                "archives.approve.error.beforeImport");
        refusedInPlace(() -> post("/archivos/" + slug + "/instrumentos/1/aprobacion").param("acta", "GI-3")
                .param("fecha", today.date().toString()).param("integrantes",
                        "Coordinación de archivos\nÓrgano Interno de Control"), "approvalProblems",
                "archives.approve.error.notDraft");
    }

    @Test
    void importingWithoutAFileIsRefused() throws Exception {
        String path = "/archivos/" + slug + "/gestion/instrumentos";
        List<Supplier<AbstractMockHttpServletRequestBuilder<?>>> uploads = List.of(() -> multipart(path),
                () -> multipart(path).file(new MockMultipartFile("archivo", "vacio.csv", "text/csv", new byte[0])));
        for (Supplier<AbstractMockHttpServletRequestBuilder<?>> upload : uploads) {
            String before = state();
            for (Locale locale : List.of(Today.LOCALE, Locale.ENGLISH)) {
                MvcResult result = mvc.perform(upload.get().with(archivist).with(csrf())
                        .cookie(language(locale))).andExpect(status().isOk()).andReturn();
                @SuppressWarnings("unchecked")
                List<CatalogProblem> problems = (List<CatalogProblem>) result.getModelAndView().getModel()
                        .get("problems");
                assertThat(problems).extracting(CatalogProblem::messageKey)
                        .containsExactly("archives.import.error.noFile");
                assertThat(text(result)).contains(messages.getMessage("archives.import.error.noFile", null, locale));
            }
            assertThat(state()).as("nothing changed").isEqualTo(before);
        }
        assertThat(messages.getMessage("archives.import.error.noFile", null, Today.LOCALE))
                .isNotEqualTo(messages.getMessage("archives.import.error.noFile", null, Locale.ENGLISH));
    }

    @Test
    void theEadExportOfAnInstitutionWithoutInstrumentsIsRefusedSayingWhy() throws Exception {
        String bare = institution();
        for (Locale locale : List.of(Today.LOCALE, Locale.ENGLISH)) {
            MvcResult result = mvc.perform(get("/archivos/" + bare + "/ead.xml").cookie(language(locale)))
                    .andExpect(status().isBadRequest()).andReturn();
            assertThat(text(result)).contains(messages.getMessage("archives.ead.error.noInstruments", null, locale))
                    .doesNotContain("<ead");
        }
        // the service refuses as the page does, for callers other than the page
        assertThatThrownBy(() -> descriptions.writeEad(bare, java.io.OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> worded(e.problems(),
                        "archives.ead.error.noInstruments"));
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Sent as the archivist: refused, shown on the page it returns to in both languages, nothing changed. */
    private void refused(AbstractMockHttpServletRequestBuilder<?> form, String attribute, String... keys)
            throws Exception {
        refused(archivist, form, attribute, keys);
    }

    private void refused(RequestPostProcessor who, AbstractMockHttpServletRequestBuilder<?> form, String attribute,
            String... keys) throws Exception {
        String before = state();
        MvcResult result = mvc.perform(form.with(who).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn();
        @SuppressWarnings("unchecked")
        List<FieldProblem> problems = (List<FieldProblem>) result.getFlashMap().get(attribute);
        worded(problems, keys);
        String target = result.getResponse().getRedirectedUrl().replaceFirst("#.*$", "");
        for (Locale locale : List.of(Today.LOCALE, Locale.ENGLISH)) {
            String page = text(mvc.perform(get(target).with(who).flashAttrs(result.getFlashMap())
                    .cookie(language(locale))).andExpect(status().isOk()).andReturn());
            for (FieldProblem p : problems) {
                assertThat(page).as(p.messageKey() + " shown in " + locale)
                        .contains(messages.getMessage(p.messageKey(), p.args(), locale));
            }
        }
        assertThat(state()).as("nothing changed").isEqualTo(before);
    }

    /** A form whose page is shown again at once with its problems (no redirect), in each language. */
    private void refusedInPlace(Supplier<AbstractMockHttpServletRequestBuilder<?>> form, String attribute,
            String... keys) throws Exception {
        String before = state();
        for (Locale locale : List.of(Today.LOCALE, Locale.ENGLISH)) {
            MvcResult result = mvc.perform(form.get().with(coordinator).with(csrf()).cookie(language(locale)))
                    .andExpect(status().isOk()).andReturn();
            @SuppressWarnings("unchecked")
            List<FieldProblem> problems = (List<FieldProblem>) result.getModelAndView().getModel().get(attribute);
            worded(problems, keys);
            String page = text(result);
            for (FieldProblem p : problems) {
                assertThat(page).as(p.messageKey() + " shown in " + locale)
                        .contains(messages.getMessage(p.messageKey(), p.args(), locale));
            }
        }
        assertThat(state()).as("nothing changed").isEqualTo(before);
    }

    /** Refused with exactly these keys, each worded in Spanish and English (different words, no placeholder left). */
    private void worded(List<FieldProblem> problems, String... keys) {
        assertThat(problems).as("the refusal's problems").isNotNull().extracting(FieldProblem::messageKey)
                .containsExactlyInAnyOrder(keys);
        for (FieldProblem p : problems) {
            String es = messages.getMessage(p.messageKey(), p.args(), Today.LOCALE);
            String en = messages.getMessage(p.messageKey(), p.args(), Locale.ENGLISH);
            assertThat(es).as(p.messageKey()).isNotBlank().doesNotContain("{0}").isNotEqualTo(en);
            assertThat(en).as(p.messageKey()).isNotBlank().doesNotContain("{0}");
        }
    }

    /** The reader's choice of language, as the language switch keeps it. */
    private static jakarta.servlet.http.Cookie language(Locale locale) {
        return new jakarta.servlet.http.Cookie("APERTURA_LANG", locale.toLanguageTag());
    }

    private static String text(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Everything of the institution a refusal could have changed, as rows. */
    private String state() {
        List<Object> rows = new ArrayList<>();
        for (String sql : List.of("SELECT * FROM archives_instrument WHERE institution_slug = ? ORDER BY id",
                "SELECT * FROM archives_file WHERE institution_slug = ? ORDER BY id",
                "SELECT d.* FROM archives_document d JOIN archives_file f ON f.id = d.file_id "
                        + "WHERE f.institution_slug = ? ORDER BY d.id",
                "SELECT * FROM archives_transfer WHERE institution_slug = ? ORDER BY id",
                "SELECT i.* FROM archives_transfer_item i JOIN archives_transfer t ON t.id = i.transfer_id "
                        + "WHERE t.institution_slug = ? ORDER BY i.id",
                "SELECT l.* FROM archives_loan l JOIN archives_file f ON f.id = l.file_id "
                        + "WHERE f.institution_slug = ? ORDER BY l.id",
                "SELECT * FROM archives_disposal WHERE institution_slug = ? ORDER BY id",
                "SELECT i.* FROM archives_disposal_item i JOIN archives_disposal d ON d.id = i.disposal_id "
                        + "WHERE d.institution_slug = ? ORDER BY i.id")) {
            rows.add(jdbc.queryForList(sql, slug));
        }
        rows.add(jdbc.queryForList("SELECT seq, type FROM ledger_entry WHERE payload LIKE ? ORDER BY seq",
                "%" + slug + "%"));
        return rows.toString();
    }

    private String institution() {
        String name = "archivo-rechazos-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> directory.createInstitution(new InstitutionDraft(name, "Instituto de prueba " + name,
                null, "durango", Branch.AUTONOMOUS, false, null, null)));
        return name;
    }

    private RequestPostProcessor person(String name, Role role) {
        Account account = TestAccounts.person(accounts, name);
        SystemActor.run(() -> accounts.grant(account.getId(), role, slug, null));
        return details.signedIn(account);
    }

    private CaseFile open(String series, LocalDate on) {
        return as(Role.ARCHIVIST, slug, () -> files.open(slug, new CaseFiles.Opening(series, "Expediente " + on,
                null, null, on)));
    }

    private CaseFile closedYearsAgo(String series, int years) {
        LocalDate closed = today.date().minusYears(years);
        return as(Role.ARCHIVIST, slug, () -> {
            CaseFile f = files.open(slug, new CaseFiles.Opening(series, "Expediente cerrado", null, null,
                    closed.minusMonths(2)));
            files.addUpload(slug, f.getId(), "Oficio", closed.minusMonths(1), "o.pdf", PDF);
            return files.close(slug, f.getId(), closed);
        });
    }

    private CaseFile inConcentration(String series, int years) {
        CaseFile file = closedYearsAgo(series, years);
        Transfer transfer = as(Role.ARCHIVIST, slug, () -> transfers.send(slug, TransferKind.PRIMARY,
                List.of(file.getId())));
        as(Role.ARCHIVIST, slug, () -> transfers.accept(slug, TransferKind.PRIMARY, transfer.getNumber(), "Caja 3"));
        return files.file(slug, file.getId());
    }
}
