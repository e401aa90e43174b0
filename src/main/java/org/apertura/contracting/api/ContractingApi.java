package org.apertura.contracting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.apertura.platform.web.ApiLocale;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apertura.contracting.ContractingReading;
import org.apertura.contracting.Indicator;
import org.apertura.contracting.ProcessRecord;
import org.apertura.contracting.ProcessSearch;
import org.apertura.contracting.StoredRedFlags;
import org.apertura.contracting.SupplierAward;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.Texts;
import org.apertura.platform.web.Paging;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stored contracting processes for programs, as the pages show them: the search, suppliers, figures and the
 * red flags (codes are the OCDS codelists' and Cardinal's; titles and explanations in the asked language).
 */
@RestController
@RequestMapping("/api/v1/ocds")
@Tag(name = "api.tag.open-contracting", description = "api.tag.open-contracting.description")
class ContractingApi {

    private final ContractingReading reading;
    private final StoredRedFlags redFlags;
    private final MessageSource messages;
    private final PublicUrl publicUrl;

    ContractingApi(ContractingReading reading, StoredRedFlags redFlags, MessageSource messages, PublicUrl publicUrl) {
        this.reading = reading;
        this.redFlags = redFlags;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    /** A process as listed. */
    record ProcessView(String ocid, String title, String buyer, String buyerName, String procurementMethod,
            String tenderStatus, String stage, Instant date, BigDecimal tenderAmount, BigDecimal awardedAmount,
            BigDecimal contractedAmount, BigDecimal paidAmount, BigDecimal amountMxn, String suppliers, int redFlags,
            String url, String record) {
    }

    record Processes(long total, int page, int totalPages, List<ProcessView> processes) {
    }

    @GetMapping("/processes")
    @Operation(summary = "api.op.contracting.processes")
    Processes processes(@RequestParam(required = false) String q, @RequestParam(required = false) String buyer,
            @RequestParam(required = false) String supplier, @RequestParam(required = false) String method,
            @RequestParam(required = false) String status, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String minAmount, @RequestParam(required = false) String maxAmount,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false, defaultValue = "false") boolean flagged,
            @Parameter(description = "Page, from 0") @RequestParam(required = false, defaultValue = "0") int page,
            @RequestParam(required = false, defaultValue = "20") int size) {
        if (size < 1 || size > 100) {
            throw new InvalidInputException("size", "contracting.api.size", 100);
        }
        List<FieldProblem> problems = new ArrayList<>();
        ProcessSearch search = new ProcessSearch.Typed(q, buyer, supplier, method, status, stage, minAmount, maxAmount,
                from, to, flagged).search(Paging.apiIndex(page, "page"), size, problems);
        InvalidInputException.throwIfAny(problems);
        Page<ProcessRecord> found = reading.search(search);
        return new Processes(found.getTotalElements(), found.getNumber(), found.getTotalPages(),
                found.getContent().stream().map(this::view).toList());
    }

    private ProcessView view(ProcessRecord r) {
        return new ProcessView(r.getOcid(), r.getTitle(), r.getBuyerSlug(), r.getBuyerName(), r.getProcurementMethod(),
                r.getTenderStatus(), r.getStage(), r.getProcessDate(), r.getTenderAmount(), r.getAwardedAmount(),
                r.getContractedAmount(), r.getPaidAmount(), r.getAmount(), r.getSupplierNames(), r.getFlagCount(),
                publicUrl.of("/contrataciones/" + r.getOcid()), publicUrl.of("/api/v1/ocds/records/" + r.getOcid()));
    }

    @GetMapping("/suppliers")
    @Operation(summary = "api.op.contracting.suppliers")
    List<ContractingReading.SupplierTotal> suppliers() {
        return reading.suppliers();
    }

    /** A buyer institution as listed: its processes, their amount in MXN, its page, feed and processes in the API. */
    record BuyerView(String slug, String name, long processes, BigDecimal amountMxn, String url, String feed,
            String processesUrl) {
    }

    @GetMapping("/buyers")
    @Operation(summary = "api.op.contracting.buyers")
    List<BuyerView> buyers() {
        return reading.buyerTotals().stream().map(b -> new BuyerView(b.slug(), b.name(), b.processes(), b.amount(),
                publicUrl.of("/contrataciones/compradores/" + b.slug()),
                publicUrl.of("/contrataciones/compradores/" + b.slug() + "/feed.atom"),
                publicUrl.of("/api/v1/ocds/processes?buyer=" + b.slug()))).toList();
    }

    record AwardView(String ocid, String title, String buyer, Integer year, String awardId, String awardStatus,
            BigDecimal amount, String currency, String url) {
    }

    record SupplierView(String key, String name, BigDecimal amountMxn, List<ContractingReading.BuyerYearTotal> totals,
            List<AwardView> awards, List<FlagView> redFlags) {
    }

    @GetMapping("/suppliers/{key}")
    @Operation(summary = "api.op.contracting.supplier")
    SupplierView supplier(@PathVariable String key, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        ContractingReading.SupplierPage page = reading.supplier(key);
        List<AwardView> awards = page.awards().stream().map((SupplierAward a) -> {
            ProcessRecord p = page.processes().get(a.getOcid());
            return new AwardView(a.getOcid(), p == null ? null : p.getTitle(), a.getBuyerSlug(), a.getAwardYear(),
                    a.getAwardId(), a.getAwardStatus(), a.getAmount(), a.getCurrency(),
                    publicUrl.of("/contrataciones/" + a.getOcid()));
        }).toList();
        return new SupplierView(page.key(), page.name(), page.amount(), page.totals(), awards,
                page.flags().stream().map(f -> flag(f, locale)).toList());
    }

    @GetMapping("/figures")
    @Operation(summary = "api.op.contracting.figures")
    ContractingReading.Figures figures(@Parameter(description = "Slug of the buyer institution")
            @RequestParam(required = false) String buyer) {
        return reading.figures(Texts.blankToNull(buyer));
    }

    record FlagView(String subjectKind, String subjectId, String subjectName, String indicator, String title,
            String explanation, double value, String buyer) {
    }

    record RedFlagList(Instant computedAt, Integer processesSeen, String disclaimer, List<FlagView> flags) {
    }

    @GetMapping("/red-flags")
    @Operation(summary = "api.op.contracting.red-flags")
    RedFlagList redFlags(@RequestParam(required = false) String buyer, @RequestParam(required = false) String supplier,
            @RequestParam(required = false) String ocid, @RequestParam(required = false) String indicator,
            HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        Indicator wanted = null;
        if (!Texts.isBlank(indicator)) {
            try {
                wanted = Indicator.valueOf(indicator.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("indicator", "contracting.api.indicator");
            }
        }
        List<FlagView> flags = reading.flags(Texts.blankToNull(buyer), Texts.blankToNull(supplier), Texts.blankToNull(ocid), wanted).stream()
                .map(f -> flag(f, locale)).toList();
        var run = redFlags.lastRun();
        return new RedFlagList(run.map(StoredRedFlags.Run::computedAt).orElse(null),
                run.map(StoredRedFlags.Run::processes).orElse(null),
                messages.getMessage("contracting.flag.disclaimer", null, locale), flags);
    }

    private FlagView flag(ContractingReading.Flag f, Locale locale) {
        return new FlagView(f.subjectKind(), f.subjectId(), f.subjectName(), f.indicator().name(),
                messages.getMessage(f.indicator().titleKey(), null, locale),
                messages.getMessage(f.indicator().explanationKey(), null, locale), f.value(), f.buyer());
    }

}
