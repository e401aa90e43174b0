package org.apertura.accessinfo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.HomeSection;
import org.apertura.platform.web.Summary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On the home page: how many requests were received and answered in time, and the latest answers. */
@Component
class RequestsNow implements HomeSection {

    private final AccessRequestRepository requests;
    private final JurisdictionService jurisdictions;
    private final Today today;

    RequestsNow(AccessRequestRepository requests, JurisdictionService jurisdictions, Today today) {
        this.requests = requests;
        this.jurisdictions = jurisdictions;
        this.today = today;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> now() {
        long received = requests.count();
        if (received == 0) {
            return Optional.empty();
        }
        long answered = requests.countByStage(Stage.ANSWERED);
        List<Summary.Figure> figures = new java.util.ArrayList<>(List.of(
                new Summary.Figure("home.now.requests.received", received),
                new Summary.Figure("home.now.requests.answered", answered)));
        if (answered > 0) {
            BigDecimal share = BigDecimal.valueOf(requests.countByAnsweredOnTimeTrue() * 100)
                    .divide(BigDecimal.valueOf(answered), 0, RoundingMode.HALF_UP);
            figures.add(new Summary.Figure("home.now.requests.onTime", share.toPlainString() + " %"));
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        jurisdictions.allInstitutions().forEach(i -> names.put(i.getId(), i.getName()));
        List<Summary.Entry> latest = requests.findTop5ByStageOrderByAnsweredOnDescIdDesc(Stage.ANSWERED).stream()
                .map(r -> new Summary.Entry(r.getDescription(), "/solicitudes/" + r.getFolio(),
                        names.getOrDefault(r.getInstitutionId(), "") + " · " + today.date(r.getAnsweredOn())))
                .toList();
        return Optional.of(new Summary("home.now.requests", figures, latest, "/solicitudes", "home.now.requests.more"));
    }
}
