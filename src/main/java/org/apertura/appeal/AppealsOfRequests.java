package org.apertura.appeal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apertura.accessinfo.AccessProceedings.Kind;
import org.apertura.accessinfo.AccessProceedings.Proceeding;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.RequestAppeals;
import org.apertura.platform.items.ItemPanel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the request side shows and asks about appeals, answered here (the interface is the request module's, so it
 * never depends on this one): the appeals panel on a request's page, the tallies of its figures (one grouped query,
 * not every appeal), and which appeals are under way for the archives' holds.
 */
@Component
@Transactional(readOnly = true)
class AppealsOfRequests implements RequestAppeals {

    /** The panel's place among the request page's sections. */
    static final int PANEL_ORDER = 10;

    private final AppealService service;
    private final AppealRepository appeals;
    private final InconformityRepository inconformities;

    AppealsOfRequests(AppealService service, AppealRepository appeals, InconformityRepository inconformities) {
        this.service = service;
        this.appeals = appeals;
        this.inconformities = inconformities;
    }

    @Override
    public List<ItemPanel> panels(AccessRequest request) {
        return List.of(new ItemPanel(PANEL_ORDER, "appeal/appeal-panel", "request",
                Map.of("appeals", service.panel(request), "forwards", service.forwardsFor(request))));
    }

    @Override
    public Tallies tallies() {
        List<String> names = Arrays.stream(AppealResolution.values()).map(Enum::name).toList();
        Map<Long, Tally> byRequest = new LinkedHashMap<>();
        for (AppealRepository.AppealCount c : appeals.countByRequestStageAndResolution()) {
            Map<String, Long> resolutions = new LinkedHashMap<>();
            AppealResolution r = c.getResolution();
            if (r != null) {
                resolutions.put(r.name(), c.getCount());
            }
            Tally t = new Tally(c.getCount(), c.getStage().isOpen() ? c.getCount() : 0,
                    r == AppealResolution.CONFIRMED ? c.getCount() : 0, r != null && r.opensCompliance() ? c.getCount() : 0,
                    resolutions);
            byRequest.merge(c.getRequestId(), t, Tally::plus);
        }
        return new Tallies(names, byRequest);
    }

    @Override
    public List<Proceeding> proceedingsOf(AccessRequest request) {
        List<Proceeding> list = new java.util.ArrayList<>(appeals.findByRequestIdOrderByIdAsc(request.getId()).stream()
                .map(AppealsOfRequests::of).toList());
        inconformities.findByRequestIdOrderByIdAsc(request.getId()).forEach(i -> list.add(of(i)));
        return list;
    }

    /** An appeal's folio, or an inconformidad's (an open one holds the files as an appeal does). */
    @Override
    public Optional<Proceeding> proceeding(String appealFolio) {
        return appeals.findByFolio(appealFolio).map(AppealsOfRequests::of)
                .or(() -> inconformities.findByFolio(appealFolio).map(AppealsOfRequests::of));
    }

    @Override
    public Map<String, List<Proceeding>> proceedingsOfFolios(java.util.Collection<String> requestFolios) {
        Map<String, List<Proceeding>> byRequest = new LinkedHashMap<>();
        appeals.findByRequestFolioInOrderByIdAsc(requestFolios).forEach(a -> byRequest
                .computeIfAbsent(a.getRequestFolio(), k -> new java.util.ArrayList<>()).add(of(a)));
        inconformities.findByRequestFolioInOrderByIdAsc(requestFolios).forEach(i -> byRequest
                .computeIfAbsent(i.getRequestFolio(), k -> new java.util.ArrayList<>()).add(of(i)));
        return byRequest;
    }

    @Override
    public Set<String> requestsWithAppealsUnderWay() {
        Set<String> folios = new TreeSet<>();
        appeals.findByStageIn(Arrays.stream(AppealStage.values()).filter(AppealStage::isOpen).toList())
                .forEach(a -> folios.add(a.getRequestFolio()));
        inconformities.findByStageIn(Arrays.stream(InconformityStage.values()).filter(InconformityStage::isOpen)
                .toList()).forEach(i -> folios.add(i.getRequestFolio()));
        return folios;
    }

    private static Proceeding of(Inconformity i) {
        return new Proceeding(Kind.INCONFORMITY, i.getFolio(), i.getRequestFolio(), i.getStage().isOpen());
    }

    private static Proceeding of(Appeal appeal) {
        return new Proceeding(Kind.APPEAL, appeal.getFolio(), appeal.getRequestFolio(), appeal.getStage().isOpen());
    }
}
