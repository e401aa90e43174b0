package org.apertura.contracting;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apertura.platform.web.LinkedRecords;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracting processes as records other modules link to by ocid (a milestone's evidence): the title, the public
 * page and, read live, the stage the process reached, the amount it is counted by and what was paid.
 */
@Component
@Transactional(readOnly = true)
class ProcessesAsLinkedRecords implements LinkedRecords {

    private final ProcessRecordRepository records;
    private final MessageSource messages;

    ProcessesAsLinkedRecords(ProcessRecordRepository records, MessageSource messages) {
        this.records = records;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return CONTRACTING_PROCESS;
    }

    @Override
    public Optional<LinkedRecord> find(String ocid) {
        return ocid == null || ocid.isBlank() ? Optional.empty() : records.findById(ocid.strip()).map(this::linked);
    }

    @Override
    public List<LinkedRecord> ofInstitution(String institutionSlug, int limit) {
        return records.findByBuyerSlugOrderByUpdatedAtDescOcidAsc(institutionSlug, Limit.of(limit)).stream()
                .map(this::linked).toList();
    }

    private LinkedRecord linked(ProcessRecord record) {
        Locale locale = LocaleContextHolder.getLocale();
        String stage = record.getStage() == null ? "" : messages.getMessage("contracting.stage." + record.getStage(),
                null, record.getStage(), locale);
        String kind = record.getContractedAmount() != null ? "contracted"
                : record.getAwardedAmount() != null ? "awarded" : "tender";
        String now;
        if (record.getAmount() == null) {
            now = messages.getMessage("contracting.linked.stage", new Object[] {stage}, locale);
        } else {
            Object[] args = {stage, pesos(record.getAmount()),
                messages.getMessage("contracting.amountKind." + kind, null, kind, locale),
                record.getPaidAmount() == null || !ProcessFacts.CURRENCY.equals(record.getPaidCurrency()) ? null
                        : pesos(record.getPaidAmount())};
            now = messages.getMessage(args[3] == null ? "contracting.linked.amount" : "contracting.linked.paid", args,
                    locale);
        }
        return new LinkedRecord(record.getOcid(), record.getTitle() == null ? record.getOcid() : record.getTitle(),
                "/contrataciones/" + record.getOcid(), now);
    }

    private static String pesos(BigDecimal amount) {
        return new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)).format(amount);
    }
}
