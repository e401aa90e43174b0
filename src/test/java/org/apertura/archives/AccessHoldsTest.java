package org.apertura.archives;

import static org.apertura.archives.ArchivesTesting.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.AccessRequestService;
import org.apertura.accessinfo.Modality;
import org.apertura.accessinfo.NotificationMedium;
import org.apertura.accessinfo.Outcome;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.Role;
import org.apertura.platform.time.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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

    /** The placed holds (not those of its own dates) that apply to the file now. */
    private List<HeldFile> active(CaseFile file) {
        return holds.check(List.of(files.file(STATE, file.getId())), today.date()).stream()
                .filter(h -> h.kind() == HoldKind.ACCESS_REQUEST || h.kind() == HoldKind.APPEAL).toList();
    }
}
