package org.apertura.archives;

import static org.apertura.archives.ArchivesTesting.as;
import static org.apertura.archives.ArchivesTesting.asPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apertura.IntegrationTest;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.AccessRequestService;
import org.apertura.appeal.Appeal;
import org.apertura.appeal.AppealCause;
import org.apertura.appeal.AppealDraft;
import org.apertura.appeal.AppealResolution;
import org.apertura.appeal.AppealService;
import org.apertura.appeal.Inconformity;
import org.apertura.appeal.InconformityCause;
import org.apertura.appeal.InconformityDraft;
import org.apertura.appeal.InconformityService;
import org.apertura.appeal.DismissalGround;
import org.apertura.accessinfo.Modality;
import org.apertura.accessinfo.NotificationMedium;
import org.apertura.accessinfo.Outcome;
import org.apertura.platform.ClusterLocks;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.Role;
import org.apertura.platform.time.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Holds that follow access to information: a request filed to the demo executive is filed in its own case file, which
 * is held while the request is under way; an archivist links another file to it by its folio (a folio that does not
 * exist is refused); proposing that file's baja is refused naming the request; when the unit answers, both holds are
 * lifted by themselves and a concluded request can no longer hold a file.
 */
@IntegrationTest
class AccessHoldsTest {

    static final String STATE = ArchivesDemo.STATE;

    @Autowired
    AccessRequestService requests;
    @Autowired
    CaseFiles files;
    @Autowired
    Holds holds;
    @Autowired
    Disposals disposals;
    @Autowired
    CaseFileRepository repository;
    @Autowired
    Today today;
    @Autowired
    AppealService appeals;
    @Autowired
    InconformityService inconformities;
    @Autowired
    AccessHolds access;
    @Autowired
    ClusterLocks locks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void aFileLinkedToARequestUnderWayIsHeldUntilTheRequestIsAnswered() {
        AccessRequest request = requests.file(new AccessRequestService.FilingRequest(List.of(STATE),
                new AccessRequest.Filing("Correspondencia con dependencias federales de 2020", Modality.ELECTRONIC,
                        null, NotificationMedium.PLATFORM, null))).requests().get(0);
        String folio = request.getFolio();
        CaseFile own = repository.findByInstitutionSlugAndAutoKey(STATE, "access_request:" + folio).orElseThrow();
        assertThat(active(own)).extracting(HeldFile::kind, HeldFile::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(HoldKind.ACCESS_REQUEST, "Solicitud de acceso " + folio
                        + " en trámite"));

        // a correspondence file in concentración whose vigencias ended (the demo's baja refused at execution)
        CaseFile old = repository.findByInstitutionSlugOrderByIdDesc(STATE, org.springframework.data.domain
                .PageRequest.of(0, 500)).stream().filter(f -> f.getStage() == Stage.CONCENTRACION)
                .filter(f -> f.getSeriesCode().equals("PEED.1C.2")).findFirst().orElseThrow();
        assertThatThrownBy(() -> as(Role.ARCHIVIST, STATE, () -> holds.place(STATE, old.getId(),
                HoldKind.ACCESS_REQUEST, "folio-que-no-existe"))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("archives.hold.error.requestFolio"));
        as(Role.ARCHIVIST, STATE, () -> holds.place(STATE, old.getId(), HoldKind.ACCESS_REQUEST, folio));
        assertThatThrownBy(() -> as(Role.ARCHIVIST, STATE, () -> disposals.propose(STATE, List.of(old.getId()))))
                .isInstanceOfSatisfying(HeldFilesException.class, e -> assertThat(e.held())
                        .anySatisfy(h -> {
                            assertThat(h.kind()).isEqualTo(HoldKind.ACCESS_REQUEST);
                            assertThat(h.reason()).contains(folio);
                        }));

        as(Role.TRANSPARENCY_UNIT, STATE, () -> requests.answer(folio, new AccessRequest.Answer(Outcome.DELIVERED,
                "Se entrega la relación de oficios.", null, null, 3, null), List.of()));

        assertThat(active(own)).as("the request's own file, once answered").isEmpty();
        assertThat(active(old)).noneMatch(h -> h.reason() != null && h.reason().contains(folio));
        assertThatThrownBy(() -> as(Role.ARCHIVIST, STATE, () -> holds.place(STATE, old.getId(),
                HoldKind.ACCESS_REQUEST, folio))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("archives.hold.error.concluded"));
    }

    @Test
    void aFileUnderAnAppealCannotBeDisposedOfAndIsReleasedWhenTheAppealEnds() {
        AccessRequestService.Filed filed = requests.file(new AccessRequestService.FilingRequest(List.of(STATE),
                new AccessRequest.Filing("Oficios de la Oficialía de Partes de 2019", Modality.ELECTRONIC, null,
                        NotificationMedium.PLATFORM, null)));
        String folio = filed.requests().get(0).getFolio();
        CaseFile old = concluded(1);
        as(Role.ARCHIVIST, STATE, () -> holds.place(STATE, old.getId(), HoldKind.ACCESS_REQUEST, folio));
        as(Role.TRANSPARENCY_UNIT, STATE, () -> requests.answer(folio, new AccessRequest.Answer(Outcome.DELIVERED,
                "Se entrega la relación.", null, null, 2, null), List.of()));
        assertThat(active(old)).noneMatch(h -> h.reason().contains(folio));

        // the requester appeals: the same files are held again, by the appeal
        Appeal appeal = appeals.file(folio, new AppealDraft(Set.of(AppealCause.INCOMPLETE),
                "Faltan oficios de diciembre."), null, filed.followKey());
        assertThat(active(old)).extracting(HeldFile::kind, HeldFile::reason).contains(
                org.assertj.core.groups.Tuple.tuple(HoldKind.APPEAL, "Recurso de revisión " + appeal.getFolio()
                        + " en trámite"));
        assertThatThrownBy(() -> as(Role.ARCHIVIST, STATE, () -> disposals.propose(STATE, List.of(old.getId()))))
                .isInstanceOfSatisfying(HeldFilesException.class, e -> assertThat(e.held()).anySatisfy(h -> {
                    assertThat(h.kind()).isEqualTo(HoldKind.APPEAL);
                    assertThat(h.reason()).contains(appeal.getFolio());
                }));

        // the guarantor dismisses it: the appeal ends and its hold is lifted by itself
        asPerson("Comisionada ponente", Role.GUARANTOR, appeal.getGuarantorSlug(),
                () -> appeals.dismiss(appeal.getFolio(),
                DismissalGround.NO_CAUSE, "No se actualiza causal alguna."));
        assertThat(active(old)).noneMatch(h -> h.reason().contains(appeal.getFolio()));
    }

    @Test
    void anOpenInconformidadHoldsTheFilesAsAnAppealDoesUntilItEnds() {
        AccessRequestService.Filed filed = requests.file(new AccessRequestService.FilingRequest(List.of(STATE),
                new AccessRequest.Filing("Convenios con la federación de 2015", Modality.ELECTRONIC, null,
                        NotificationMedium.PLATFORM, null)));
        String folio = filed.requests().get(0).getFolio();
        CaseFile old = concluded(4);
        as(Role.ARCHIVIST, STATE, () -> holds.place(STATE, old.getId(), HoldKind.ACCESS_REQUEST, folio));
        as(Role.TRANSPARENCY_UNIT, STATE, () -> requests.answer(folio, new AccessRequest.Answer(Outcome.DELIVERED,
                "Se entregan los convenios.", null, null, 2, null), List.of()));
        Appeal appeal = appeals.file(folio, new AppealDraft(Set.of(AppealCause.INCOMPLETE),
                "Faltan los anexos."), null, filed.followKey());
        // the local authority admits and, once the allegations ended, confirms: the appeal's hold is lifted
        asPerson("Comisionada ponente", Role.GUARANTOR, appeal.getGuarantorSlug(),
                () -> appeals.admit(appeal.getFolio()));
        // the day after the allegations' term ran out, the rest happens
        LocalDate afterAllegations = appeals.byFolio(appeal.getFolio()).getAllegationsDue().plusDays(1);
        today.on(afterAllegations, () -> {
            asPerson("Comisionada ponente", Role.GUARANTOR, appeal.getGuarantorSlug(),
                    () -> appeals.resolve(appeal.getFolio(), AppealResolution.CONFIRMED, "Se confirma.", null));
            assertThat(active(old)).noneMatch(h -> h.reason().contains(appeal.getFolio()));

            // the requester challenges it before the federal authority: the same files are held by the inconformidad
            Inconformity challenge = inconformities.file(appeal.getFolio(), new InconformityDraft(
                    Set.of(InconformityCause.INEXISTENCE_OR_REFUSAL), true, null, "Los anexos existen."), null,
                    filed.followKey());
            assertThat(active(old)).extracting(HeldFile::kind, HeldFile::reason).contains(
                    org.assertj.core.groups.Tuple.tuple(HoldKind.APPEAL, "Recurso de inconformidad "
                            + challenge.getFolio() + " en trámite"));
            assertThatThrownBy(() -> as(Role.ARCHIVIST, STATE, () -> disposals.propose(STATE, List.of(old.getId()))))
                    .isInstanceOf(HeldFilesException.class);
            // an archivist may name it by its folio as an appeal's
            CaseFile other = concluded(5);
            as(Role.ARCHIVIST, STATE, () -> holds.place(STATE, other.getId(), HoldKind.APPEAL, challenge.getFolio()));
            assertThat(active(other)).extracting(HeldFile::reason).contains("Recurso de inconformidad "
                    + challenge.getFolio() + " en trámite");

            // withdrawn, it ends and its holds are lifted by themselves
            inconformities.withdraw(challenge.getFolio(), null, null, filed.followKey());
            assertThat(active(old)).noneMatch(h -> h.reason().contains(challenge.getFolio()));
            assertThat(active(other)).noneMatch(h -> h.reason().contains(challenge.getFolio()));
        });
    }

    @Test
    void theNightlyReconcilePlacesAndLiftsWhatEventsMissed() {
        String folio = requests.file(new AccessRequestService.FilingRequest(List.of(STATE),
                new AccessRequest.Filing("Actas de entrega-recepción de 2018", Modality.ELECTRONIC, null,
                        NotificationMedium.PLATFORM, null))).requests().get(0).getFolio();
        CaseFile old = concluded(2);
        CaseFile own = repository.findByInstitutionSlugAndAutoKey(STATE, "access_request:" + folio).orElseThrow();
        // events missed: the request's own file lost its hold, and a file linked by hand had its hold lifted,
        // although the request is under way
        jdbc.update("DELETE FROM archives_hold WHERE source_key = ? AND file_id = ?", "request:" + folio,
                own.getId());
        as(Role.ARCHIVIST, STATE, () -> holds.place(STATE, old.getId(), HoldKind.ACCESS_REQUEST, folio));
        jdbc.update("UPDATE archives_hold SET lifted_on = ?, active_source_key = NULL WHERE source_key = ?",
                java.sql.Date.valueOf(today.date()), "request:" + folio);
        assertThat(active(own)).isEmpty();
        assertThat(active(old)).noneMatch(h -> h.reason().contains(folio));
        // and a hold of a request that ended long ago was never lifted
        String ended = requests.file(new AccessRequestService.FilingRequest(List.of(STATE),
                new AccessRequest.Filing("Bitácoras de vehículos de 2017", Modality.ELECTRONIC, null,
                        NotificationMedium.PLATFORM, null))).requests().get(0).getFolio();
        as(Role.TRANSPARENCY_UNIT, STATE, () -> requests.answer(ended, new AccessRequest.Answer(Outcome.DELIVERED,
                "Se entregan las bitácoras.", null, null, 1, null), List.of()));
        jdbc.update("INSERT INTO archives_hold (file_id, kind, reason, source_key, active_source_key, placed_on)"
                + " VALUES (?, ?, ?, ?, ?, ?)", old.getId(), "ACCESS_REQUEST", "Solicitud de acceso " + ended
                + " en trámite", "request:" + ended, "request:" + ended,
                java.sql.Date.valueOf(today.date()));

        assertThat(locks.runOnce("AccessHolds.nightly", access::nightly)).contains(true);

        assertThat(active(own)).extracting(HeldFile::reason).containsExactly("Solicitud de acceso " + folio
                + " en trámite");
        assertThat(active(old)).extracting(HeldFile::reason).contains("Solicitud de acceso " + folio
                + " en trámite").doesNotContain("Solicitud de acceso " + ended + " en trámite");
        assertThat(access.reconcile()).as("nothing left to reconcile").isZero();
    }

    @Test
    void aChangeOfMoreRequestsThanOneLookUpStillPlacesTheHoldOfTheOneLinked() {
        // a calendar change tells of tens of thousands of requests' steps at once: the linked ones are then found from
        // the files' and holds' side
        String folio = requests.file(new AccessRequestService.FilingRequest(List.of(STATE),
                new AccessRequest.Filing("Padrones de proveedores de 2015", Modality.ELECTRONIC, null,
                        NotificationMedium.PLATFORM, null))).requests().get(0).getFolio();
        CaseFile own = repository.findByInstitutionSlugAndAutoKey(STATE, "access_request:" + folio).orElseThrow();
        jdbc.update("DELETE FROM archives_hold WHERE source_key = ? AND file_id = ?", "request:" + folio, own.getId());
        assertThat(active(own)).as("a hold an event missed").isEmpty();

        // as the listener hears them after the commit (the other requests' steps are not in the shared ledger)
        List<org.apertura.ledger.LedgerEntryAppended> steps = new java.util.ArrayList<>();
        for (int i = 0; i < AccessHolds.LOOKUP_CHUNK; i++) {
            steps.add(new org.apertura.ledger.LedgerEntryAppended(i + 1, "accessinfo", "request.deadline.recomputed",
                    "request", "sin-expediente-" + i, "{\"stage\":\"IN_PROCESS\"}", null));
        }
        steps.add(new org.apertura.ledger.LedgerEntryAppended(AccessHolds.LOOKUP_CHUNK + 1, "accessinfo",
                "request.deadline.recomputed", "request", folio, "{\"stage\":\"RECEIVED\"}", null));
        access.onChange(new org.apertura.ledger.LedgerEntriesAppended(steps));

        assertThat(active(own)).extracting(HeldFile::reason).containsExactly("Solicitud de acceso " + folio
                + " en trámite");
    }

    @Test
    void aHoldThatCannotBePlacedIsRefusedWithItsReasonInSpanishAndEnglish() {
        String folio = requests.file(new AccessRequestService.FilingRequest(List.of(STATE),
                new AccessRequest.Filing("Minutarios de 2016", Modality.ELECTRONIC, null, NotificationMedium.PLATFORM,
                        null))).requests().get(0).getFolio();
        CaseFile old = concluded(3);
        refused(() -> holds.place(STATE, old.getId(), HoldKind.VIGENCIA, "Vigencia"), "archives.hold.error.kind",
                "Elija litigio, auditoría, solicitud de acceso o recurso de revisión.",
                "Choose litigation, audit, access request or appeal.");
        refused(() -> holds.place(STATE, old.getId(), HoldKind.LITIGATION, "   "), "archives.hold.error.reason",
                "Escriba el motivo de la retención (hasta 1,000 caracteres).",
                "Write the reason for the hold (up to 1,000 characters).");
        refused(() -> holds.place(STATE, old.getId(), HoldKind.APPEAL, "RR-NO-EXISTE"),
                "archives.hold.error.appealFolio", "No hay un recurso de revisión con el folio RR-NO-EXISTE.",
                "There is no appeal with folio RR-NO-EXISTE.");
        as(Role.ARCHIVIST, STATE, () -> holds.place(STATE, old.getId(), HoldKind.ACCESS_REQUEST, folio));
        refused(() -> holds.place(STATE, old.getId(), HoldKind.ACCESS_REQUEST, folio), "archives.hold.error.already",
                "El expediente ya está retenido por " + folio + ".", "The case file is already held by " + folio + ".");
    }

    private void refused(Runnable work, String key, String spanish, String english) {
        assertThatThrownBy(() -> as(Role.ARCHIVIST, STATE, () -> {
            work.run();
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.messageKey()).isEqualTo(key);
                assertThat(messages.getMessage(key, p.args(), Today.LOCALE)).isEqualTo(spanish);
                assertThat(messages.getMessage(key, p.args(), java.util.Locale.ENGLISH)).isEqualTo(english);
            });
        });
    }

    /** A file in concentración, the n-th (round the list: tests that ran before may have disposed of some). */
    private CaseFile concluded(int n) {
        List<CaseFile> list = repository.findByInstitutionSlugOrderByIdDesc(STATE,
                org.springframework.data.domain.PageRequest.of(0, 500)).stream()
                .filter(f -> f.getStage() == Stage.CONCENTRACION && !f.isDisposed()).toList();
        assertThat(list).as("files in concentración in the demo").isNotEmpty();
        return list.get(n % list.size());
    }

    /** The placed holds (not those of its own dates) that apply to the file now. */
    private List<HeldFile> active(CaseFile file) {
        return holds.check(List.of(files.file(STATE, file.getId())), today.date()).stream()
                .filter(h -> h.kind() == HoldKind.ACCESS_REQUEST || h.kind() == HoldKind.APPEAL).toList();
    }
}
