package org.apertura.contracting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apertura.platform.web.InstitutionSection;
import org.apertura.platform.web.Summary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On an institution's page: the contracting processes it published as buyer, their amount and the newest. */
@Component
class ProcessesByInstitution implements InstitutionSection {

    private static final int NEWEST = 5;

    private final ProcessRecordRepository records;
    private final MessageSource messages;

    ProcessesByInstitution(ProcessRecordRepository records, MessageSource messages) {
        this.records = records;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> of(String institutionSlug) {
        List<ProcessRecord> bought = records.findByBuyerSlugOrderByUpdatedAtDesc(institutionSlug);
        if (bought.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = LocaleContextHolder.getLocale();
        BigDecimal total = bought.stream().map(ProcessRecord::getAmount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Summary.Entry> newest = bought.stream().limit(NEWEST)
                .map(p -> new Summary.Entry(p.getTitle() == null ? p.getOcid() : p.getTitle(), "/contrataciones/" + p.getOcid(),
                        messages.getMessage("contracting.method." + (p.getProcurementMethod() == null ? "none"
                                : p.getProcurementMethod()), null, p.getProcurementMethod(), locale)))
                .toList();
        return Optional.of(new Summary("institution.contracting.title", List.of(
                new Summary.Figure("institution.contracting.processes", bought.size()),
                new Summary.Figure("institution.contracting.amount", "$" + String.format(Locale.US, "%,.2f", total))),
                newest, "/contrataciones/compradores/" + institutionSlug, "institution.contracting.more"));
    }
}
