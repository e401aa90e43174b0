package org.apertura.accessinfo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apertura.deadlines.Deadlines;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.Hashing;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test helper for the proceedings that follow a request (appeals): requests answered, overdue or open, made through
 * the request domain and its repository (the request service is tested elsewhere), and a request built in memory.
 * Who asked is an account, or a private contact e-mail and a follow-up key (any may be null).
 */
@Component
public class RequestFixtures {

    private final AccessRequestRepository requests;
    private final RequestDeadlines deadlines;
    private final JurisdictionService directory;
    private final TransactionTemplate tx;
    private final Folios folios;

    RequestFixtures(AccessRequestRepository requests, RequestDeadlines deadlines, JurisdictionService directory,
            TransactionTemplate tx, Folios folios) {
        this.folios = folios;
        this.requests = requests;
        this.deadlines = deadlines;
        this.directory = directory;
        this.tx = tx;
    }

    /** A request to an institution answered (delivered) on a day; returns its folio. */
    public String answered(String institutionSlug, LocalDate answeredOn, Long accountId, String contactEmail,
            String followKey) {
        return tx.execute(s -> {
            AccessRequest r = filed(institutionSlug, answeredOn.minusDays(6), accountId, contactEmail, followKey);
            r.answer(new AccessRequest.Answer(Outcome.DELIVERED, "Se entregan los contratos solicitados.", null, null,
                    4, null), List.of(), answeredOn, Instant.now(), "Unidad de Transparencia", deadlines.of(r));
            return requests.save(r).getFolio();
        });
    }

    /** A request never answered whose due date passed a few days before {@code today}, still within the appeal term. */
    public String overdue(String institutionSlug, LocalDate today, Long accountId, String contactEmail,
            String followKey) {
        return tx.execute(s -> {
            for (int back = 28;; back++) { // the day found first, so that no folio is taken and left unused
                if (filed("sin-folio", institutionSlug, today.minusDays(back), accountId, contactEmail, followKey)
                        .isOverdue(today)) {
                    return requests.save(filed(institutionSlug, today.minusDays(back), accountId, contactEmail,
                            followKey)).getFolio();
                }
            }
        });
    }

    /** A request filed on {@code today}, open and within its term. */
    public String open(String institutionSlug, LocalDate today, Long accountId, String contactEmail, String followKey) {
        return tx.execute(s -> requests.save(filed(institutionSlug, today, accountId, contactEmail, followKey))
                .getFolio());
    }

    private AccessRequest filed(String institutionSlug, LocalDate filedOn, Long accountId, String contactEmail,
            String followKey) {
        // the institution's own counter, as a filing takes it (a random number once took the folio the counter
        // handed out next, and every later filing to that institution failed)
        Institution institution = directory.institution(institutionSlug);
        return filed(folios.next(institution.getId(), institutionSlug, filedOn.getYear()), institutionSlug, filedOn,
                accountId, contactEmail, followKey);
    }

    private AccessRequest filed(String folio, String institutionSlug, LocalDate filedOn, Long accountId,
            String contactEmail, String followKey) {
        Institution institution = directory.institution(institutionSlug);
        Deadlines d = deadlines.forAct(institution.getJurisdiction(), filedOn);
        return AccessRequest.file(folio, UUID.randomUUID().toString().substring(0, 12), institution.getId(),
                institutionSlug, institution.getJurisdiction().getId(), new AccessRequest.Filing(
                        "Contratos de obra pública de 2025 con sus anexos", Modality.ELECTRONIC, null,
                        contactEmail == null ? NotificationMedium.PLATFORM : NotificationMedium.EMAIL,
                        contactEmail), Channel.ONLINE, Instant.now(), filedOn, deadlines.calendarOf(
                        institution.getJurisdiction()), d, accountId,
                followKey == null ? null : Hashing.sha256Hex(followKey));
    }

    /** A request to the Executive of Durango filed on a day, counted under {@code d}, by account 10, in memory. */
    public static AccessRequest inMemory(LocalDate filedOn, Instant now, Deadlines d) {
        return AccessRequest.file("poder-ejecutivo-durango-2026-000001", "f1", 1L, "poder-ejecutivo-durango", 2L,
                new AccessRequest.Filing("Contratos de obra pública de 2025", Modality.ELECTRONIC, null,
                        NotificationMedium.PLATFORM, null), Channel.ONLINE, now, filedOn, "nacional", d, 10L, null);
    }

    /** {@link #inMemory} answered (delivered) on a day. */
    public static AccessRequest answeredInMemory(LocalDate filedOn, LocalDate on, Instant now, Deadlines d) {
        AccessRequest r = inMemory(filedOn, now, d);
        r.answer(new AccessRequest.Answer(Outcome.DELIVERED, "Se entregan los contratos.", null, null, 3, null),
                List.of(), on, now, "Unidad", d);
        return r;
    }
}
