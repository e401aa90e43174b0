package org.apertura.contracting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The record of one contracting process (one ocid): its compiled and versioned releases, kept up to date release
 * by release, and the figures people search by, taken from the compiled release.
 */
@Entity
@Table(name = "ocds_record")
public class ProcessRecord {

    @Id
    private String ocid;
    private String ocdsVersion;
    private String buyerSlug;
    private String compiledJson;
    private String versionedJson;
    private int releaseCount;
    private String lastReleaseDate;
    private String title;
    private String buyerName;
    private String procurementMethod;
    private String tenderStatus;
    private BigDecimal tenderAmount;
    private String tenderCurrency;
    private BigDecimal awardedAmount;
    private String awardedCurrency;
    private BigDecimal contractedAmount;
    private String contractedCurrency;
    private BigDecimal paidAmount;
    private String paidCurrency;
    private String supplierNames;
    private Instant tenderStart;
    private Instant tenderEnd;
    private Instant awardDate;
    private Instant contractSigned;
    private Instant updatedAt;
    private String searchText;
    private String stage;
    private Instant processDate;
    private Integer processYear;
    private BigDecimal amount;
    private int flagCount;
    @Version
    private long version;

    protected ProcessRecord() {
    }

    ProcessRecord(String ocid, OcdsVersion ocdsVersion, String buyerSlug) {
        this.ocid = ocid;
        this.ocdsVersion = ocdsVersion.label();
        this.buyerSlug = buyerSlug;
    }

    /** Keeps the record as merged so far and takes its figures again from the compiled release. */
    void update(String compiled, String versioned, JsonNode compiledRelease, int releaseCount, String lastDate,
            Instant now) {
        this.compiledJson = compiled;
        this.versionedJson = versioned;
        this.releaseCount = releaseCount;
        this.lastReleaseDate = lastDate;
        this.updatedAt = now;
        JsonNode tender = compiledRelease.path("tender");
        this.title = cut(text(tender.get("title")), 1000);
        this.buyerName = cut(text(compiledRelease.path("buyer").get("name")), 400);
        this.procurementMethod = cut(text(tender.get("procurementMethod")), 40);
        this.tenderStatus = cut(text(tender.get("status")), 40);
        Sum tendered = new Sum();
        tendered.add(tender.path("value"));
        this.tenderAmount = tendered.amount();
        this.tenderCurrency = tendered.currency();
        Sum awarded = new Sum();
        Set<String> suppliers = new LinkedHashSet<>();
        Instant latestAward = null;
        for (JsonNode award : compiledRelease.path("awards")) {
            if (!"cancelled".equals(text(award.get("status"))) && !"unsuccessful".equals(text(award.get("status")))) {
                awarded.add(award.path("value"));
            }
            award.path("suppliers").forEach(s -> {
                String name = text(s.get("name"));
                if (name != null) {
                    suppliers.add(name);
                }
            });
            latestAward = latest(latestAward, instant(award.get("date")));
        }
        this.awardedAmount = awarded.amount();
        this.awardedCurrency = awarded.currency();
        Sum contracted = new Sum();
        Sum paid = new Sum();
        Instant signed = null;
        for (JsonNode contract : compiledRelease.path("contracts")) {
            if (!"cancelled".equals(text(contract.get("status")))) {
                contracted.add(contract.path("value"));
            }
            for (JsonNode transaction : contract.path("implementation").path("transactions")) {
                paid.add(transaction.has("value") ? transaction.path("value") : transaction.path("amount"));
            }
            Instant date = instant(contract.get("dateSigned"));
            signed = signed == null || date != null && date.isBefore(signed) ? date : signed;
        }
        this.contractedAmount = contracted.amount();
        this.contractedCurrency = contracted.currency();
        this.paidAmount = paid.amount();
        this.paidCurrency = paid.currency();
        this.supplierNames = cut(suppliers.isEmpty() ? null : String.join("; ", suppliers), 2000);
        this.tenderStart = instant(tender.path("tenderPeriod").get("startDate"));
        this.tenderEnd = instant(tender.path("tenderPeriod").get("endDate"));
        this.awardDate = latestAward;
        this.contractSigned = signed;
        ProcessFacts facts = ProcessFacts.of(compiledRelease);
        this.searchText = facts.searchText();
        this.stage = facts.stage().code();
        this.processDate = firstNonNull(tenderStart, latestAward, signed, facts.firstDate());
        this.processYear = processDate == null ? null : processDate.atZone(ProcessFacts.ZONE).getYear();
        this.amount = mxn(contractedAmount, contractedCurrency) != null ? contractedAmount
                : mxn(awardedAmount, awardedCurrency) != null ? awardedAmount : mxn(tenderAmount, tenderCurrency);
    }

    /**
     * The columns of {@link #row}: every column of {@code ocds_record} this entity maps, for a new record written
     * with PostgreSQL's COPY (the import), whose compiled and versioned releases never become Java strings.
     */
    static final java.util.List<String> COLUMNS = java.util.List.of("ocid", "ocds_version", "buyer_slug",
            "compiled_json", "versioned_json", "release_count", "last_release_date", "title", "buyer_name",
            "procurement_method", "tender_status", "tender_amount", "tender_currency", "awarded_amount",
            "awarded_currency", "contracted_amount", "contracted_currency", "paid_amount", "paid_currency",
            "supplier_names", "tender_start", "tender_end", "award_date", "contract_signed", "updated_at",
            "search_text", "stage", "process_date", "process_year", "amount", "flag_count", "version");

    /** This new record as a row of {@link #COLUMNS}, with its compiled and versioned releases as UTF-8 JSON. */
    Object[] row(ReleaseRows.Buffer compiled, ReleaseRows.Buffer versioned) {
        return new Object[] {ocid, ocdsVersion, buyerSlug, compiled, versioned, releaseCount, lastReleaseDate, title,
            buyerName, procurementMethod, tenderStatus, tenderAmount, tenderCurrency, awardedAmount, awardedCurrency,
            contractedAmount, contractedCurrency, paidAmount, paidCurrency, supplierNames, tenderStart, tenderEnd,
            awardDate, contractSigned, updatedAt, searchText, stage, processDate, processYear, amount, flagCount,
            version};
    }

    /** Takes the figures again from the stored compiled release (a record stored before they existed). */
    void reindex() {
        update(compiledJson, versionedJson, OcdsJson.MAPPER.readTree(compiledJson), releaseCount, lastReleaseDate,
                updatedAt);
    }

    private static BigDecimal mxn(BigDecimal amount, String currency) {
        return amount != null && ProcessFacts.CURRENCY.equals(currency) ? amount : null;
    }

    private static Instant firstNonNull(Instant... instants) {
        for (Instant instant : instants) {
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }

    /** A sum of values in one currency; values in another currency make it unknown (null), not wrong. */
    private static final class Sum {
        private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);
        private BigDecimal amount;
        private String currency;
        private boolean mixed;

        void add(JsonNode value) {
            JsonNode a = value.get("amount");
            if (a == null || !a.isNumber()) {
                return;
            }
            String c = text(value.get("currency"));
            if (amount == null) {
                amount = a.decimalValue();
                currency = c;
            } else if (c != null && c.equals(currency)) {
                amount = amount.add(a.decimalValue());
            } else {
                mixed = true;
            }
        }

        /** The sum, unless it mixes currencies or does not fit the column (NUMERIC(24, 6)). */
        BigDecimal amount() {
            return mixed || amount == null || amount.abs().compareTo(LIMIT) >= 0 ? null : amount;
        }

        String currency() {
            return mixed ? null : currency;
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || b != null && b.isAfter(a) ? b : a;
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.isNull() ? null : node.asString();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static Instant instant(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return OcdsDate.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getOcid() {
        return ocid;
    }

    public String getOcdsVersion() {
        return ocdsVersion;
    }

    public String getBuyerSlug() {
        return buyerSlug;
    }

    public String getCompiledJson() {
        return compiledJson;
    }

    public String getVersionedJson() {
        return versionedJson;
    }

    public int getReleaseCount() {
        return releaseCount;
    }

    public String getLastReleaseDate() {
        return lastReleaseDate;
    }

    public String getTitle() {
        return title;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public String getProcurementMethod() {
        return procurementMethod;
    }

    public String getTenderStatus() {
        return tenderStatus;
    }

    public BigDecimal getTenderAmount() {
        return tenderAmount;
    }

    public String getTenderCurrency() {
        return tenderCurrency;
    }

    public BigDecimal getAwardedAmount() {
        return awardedAmount;
    }

    public String getAwardedCurrency() {
        return awardedCurrency;
    }

    public BigDecimal getContractedAmount() {
        return contractedAmount;
    }

    public String getContractedCurrency() {
        return contractedCurrency;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public String getPaidCurrency() {
        return paidCurrency;
    }

    public String getSupplierNames() {
        return supplierNames;
    }

    public Instant getTenderStart() {
        return tenderStart;
    }

    public Instant getTenderEnd() {
        return tenderEnd;
    }

    public Instant getAwardDate() {
        return awardDate;
    }

    public Instant getContractSigned() {
        return contractSigned;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getSearchText() {
        return searchText;
    }

    /** The furthest stage the process reached, as its OCDS word (planning, tender, award, contract, implementation). */
    public String getStage() {
        return stage;
    }

    /** The process's date: tender start, else its award, else its contract's signature, else its first release. */
    public Instant getProcessDate() {
        return processDate;
    }

    public Integer getProcessYear() {
        return processYear;
    }

    /** The amount the process is counted by: contracted, else awarded, else tendered; MXN only, else null. */
    public BigDecimal getAmount() {
        return amount;
    }

    public int getFlagCount() {
        return flagCount;
    }
}
