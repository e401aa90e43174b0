package org.apertura.accessinfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published query for other modules: which access-to-information proceedings (a request and its appeals) are under
 * way now. A request is under way while it is being answered ({@link Stage#isUnderWay()}); an appeal while the
 * guarantor or the institution still has something to do (the appeal module answers, through {@link RequestAppeals}).
 * Other modules (the archives'
 * holds: information asked for is not destroyed while it is asked for) ask here instead of reading the stages
 * themselves, so the rule lives in one place. Public facts only: folios and whether they run, never who asked.
 */
@Service
public class AccessProceedings {

    /** What a folio names. */
    public enum Kind {
        REQUEST, APPEAL,
        /** A recurso de inconformidad against one of the request's appeals (LGTAIP 2025 arts. 162–183). */
        INCONFORMITY
    }

    /** A request or an appeal, the folio of its request, and whether it is under way now. */
    public record Proceeding(Kind kind, String folio, String requestFolio, boolean underWay) {
    }

    private final AccessRequestRepository requests;
    private final org.springframework.beans.factory.ObjectProvider<RequestAppeals> appeals;

    AccessProceedings(AccessRequestRepository requests,
            org.springframework.beans.factory.ObjectProvider<RequestAppeals> appeals) {
        this.requests = requests;
        this.appeals = appeals;
    }

    private RequestAppeals appeals() {
        return appeals.getIfAvailable(() -> RequestAppeals.NONE);
    }

    /**
     * A request and then each of its appeals and inconformidades in filing order; empty when the folio names no
     * request.
     */
    @Transactional(readOnly = true)
    public List<Proceeding> ofRequest(String requestFolio) {
        Optional<AccessRequest> found = requestFolio == null ? Optional.empty() : requests.findByFolio(requestFolio);
        if (found.isEmpty()) {
            return List.of();
        }
        AccessRequest request = found.get();
        List<Proceeding> list = new ArrayList<>();
        list.add(of(request));
        list.addAll(appeals().proceedingsOf(request));
        return list;
    }

    /**
     * The appeals and inconformidades of several requests, by the request's folio, each request's in filing order (a
     * request with none, or a folio that names none, left out): a few queries for any number of folios.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, List<Proceeding>> appealsOf(java.util.Collection<String> requestFolios) {
        return requestFolios.isEmpty() ? java.util.Map.of() : appeals().proceedingsOfFolios(requestFolios);
    }

    /** The request or appeal a folio names, if it exists. */
    @Transactional(readOnly = true)
    public Optional<Proceeding> byFolio(Kind kind, String folio) {
        if (folio == null) {
            return Optional.empty();
        }
        return kind == Kind.REQUEST ? requests.findByFolio(folio).map(AccessProceedings::of)
                : appeals().proceeding(folio).filter(p -> p.kind() == kind);
    }

    /** The folios of every request under way or with an appeal under way, in folio order. */
    @Transactional(readOnly = true)
    public Set<String> requestsUnderWay() {
        Set<String> folios = new TreeSet<>();
        requests.findByStageIn(Arrays.stream(Stage.values()).filter(Stage::isUnderWay).toList())
                .forEach(r -> folios.add(r.getFolio()));
        folios.addAll(appeals().requestsWithAppealsUnderWay());
        return folios;
    }

    private static Proceeding of(AccessRequest request) {
        return new Proceeding(Kind.REQUEST, request.getFolio(), request.getFolio(), request.getStage().isUnderWay());
    }
}
