package org.apertura.accessinfo;

import org.apertura.deadlines.Term;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds a request's page ({@link RequestPage}) for a viewer, in one transaction (panels may audit what they show). */
@Component
public class RequestPageQuery {

    private final AccessRequestService service;
    private final ObjectProvider<RequestAppeals> appeals;

    RequestPageQuery(AccessRequestService service, ObjectProvider<RequestAppeals> appeals) {
        this.service = service;
        this.appeals = appeals;
    }

    /**
     * The page of a request by folio; a follow-up key that is not its requester's finds nothing (404), as an unknown
     * folio does.
     */
    @Transactional
    public RequestPage of(String folio, RequestPage.Viewer viewer) {
        return of(service.request(folio), viewer);
    }

    /** The page of a request already read (the public page reads it first to answer a reader's cached copy). */
    @Transactional
    public RequestPage of(AccessRequest request, RequestPage.Viewer viewer) {
        String key = viewer.followKey();
        boolean requester = service.isRequester(request, key);
        if (!Texts.isBlank(key) && !requester) {
            throw new NotFoundException("follow-up key");
        }
        boolean open = request.getStage().isOpen();
        return new RequestPage(request,
                // the page is headed by what was asked, in words, as lists show it; the folio stays beside it to cite
                Texts.excerpt(request.getDescription(), 140), service.institutionOf(request), service.steps(request),
                service.resolutions(request), service.publicFiles(request), service.daysLeft(request).orElse(null),
                request.isOverdue(service.today()), viewer, requester,
                appeals.getIfAvailable(() -> RequestAppeals.NONE).panels(request), service.allowedOn(request, key),
                open ? service.dueFor(request, Outcome.NOT_COMPETENT) : null,
                open ? service.dueFor(request, Outcome.ALREADY_PUBLIC) : null, service.extendableReserves(request),
                service.guarantorAskableReserves(request), service.decidableReserves(request),
                service.today(), service.lawOf(request), service.reserveOf(request),
                service.registrationBasis(request).orElse(""), service.lawDays(request, Term.CLARIFICATION_REPLY),
                service.lawDays(request, Term.EXTENSION), service.answerTakesEffect(request).orElse(null));
    }
}
