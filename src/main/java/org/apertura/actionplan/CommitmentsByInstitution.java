package org.apertura.actionplan;

import java.util.List;
import java.util.Optional;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.web.InstitutionSection;
import org.apertura.platform.web.Summary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On an institution's page: the commitments it leads and how far each has come. */
@Component
class CommitmentsByInstitution implements InstitutionSection {

    private final CommitmentRepository commitments;
    private final ActionPlanService plans;
    private final JurisdictionService jurisdictions;
    private final MessageSource messages;

    CommitmentsByInstitution(CommitmentRepository commitments, ActionPlanService plans,
            JurisdictionService jurisdictions, MessageSource messages) {
        this.commitments = commitments;
        this.plans = plans;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> of(String institutionSlug) {
        Institution institution = jurisdictions.institution(institutionSlug);
        List<Commitment> led = commitments.findByLeadInstitutionIdOrderByCodeAsc(institution.getId());
        if (led.isEmpty()) {
            return Optional.empty();
        }
        List<Summary.Entry> entries = led.stream().map(c -> {
            Progress progress = plans.progress(c);
            String note = messages.getMessage("institution.commitments.progress",
                    new Object[] {progress.percent().stripTrailingZeros().toPlainString(),
                            messages.getMessage("completion." + progress.completion(), null, LocaleContextHolder.getLocale())},
                    LocaleContextHolder.getLocale());
            return new Summary.Entry(c.getCode() + " " + c.getTitle(), "/compromisos/" + c.getId(), note);
        }).toList();
        long complete = led.stream().filter(c -> plans.progress(c).completion() == Completion.COMPLETE).count();
        return Optional.of(new Summary("institution.commitments.title",
                List.of(new Summary.Figure("institution.commitments.led", led.size()),
                        new Summary.Figure("institution.commitments.complete", complete)),
                entries, null, null));
    }
}
