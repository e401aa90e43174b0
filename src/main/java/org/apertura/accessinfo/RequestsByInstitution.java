package org.apertura.accessinfo;

import java.util.List;
import java.util.Optional;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.InstitutionSection;
import org.apertura.platform.web.Summary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On an institution's page: the access requests it received, how many it answered in time, the newest. */
@Component
class RequestsByInstitution implements InstitutionSection {

    private static final int NEWEST = 5;

    private final AccessRequestRepository requests;
    private final JurisdictionService jurisdictions;
    private final MessageSource messages;
    private final Today today;

    RequestsByInstitution(AccessRequestRepository requests, JurisdictionService jurisdictions, MessageSource messages,
            Today today) {
        this.requests = requests;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
        this.today = today;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> of(String institutionSlug) {
        Institution institution = jurisdictions.institution(institutionSlug);
        List<AccessRequest> all = requests.findByInstitutionId(institution.getId());
        RequestFigures figures = RequestFigures.of(institution.getSlug(), all, today.date());
        List<Summary.Entry> newest = all.stream()
                .sorted(java.util.Comparator.comparing(AccessRequest::getReceivedOn).thenComparing(AccessRequest::getId)
                        .reversed())
                .limit(NEWEST)
                .map(r -> new Summary.Entry(r.getDescription(), "/solicitudes/" + r.getFolio(),
                        messages.getMessage("accessinfo.stage." + r.getStage(), null, LocaleContextHolder.getLocale())
                                + " · " + today.date(r.getReceivedOn())))
                .toList();
        List<Summary.Figure> numbers = new java.util.ArrayList<>(List.of(
                new Summary.Figure("institution.requests.received", figures.received()),
                new Summary.Figure("institution.requests.answered", figures.answered()),
                new Summary.Figure("institution.requests.open", figures.open()),
                new Summary.Figure("institution.requests.overdue", figures.overdue())));
        if (figures.shareOnTime() != null) {
            numbers.add(1, new Summary.Figure("institution.requests.onTime", figures.shareOnTime().stripTrailingZeros().toPlainString() + " %"));
        }
        return Optional.of(new Summary("institution.requests.title", numbers, newest,
                "/solicitudes/institucion/" + institution.getSlug(), "institution.requests.more"));
    }
}
