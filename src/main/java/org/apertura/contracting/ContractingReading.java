package org.apertura.contracting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the stored processes, for people and programs: the search, a process with its history, a supplier's
 * and a buyer's contracts and figures, the figures of everything, and the red flags of the last run.
 */
@Service
public class ContractingReading {

    public static final int TOP_SUPPLIERS = 10;

    /** Processes and the amount they are counted by (MXN), for a group (a method, a year, a buyer). */
    public record Tally(String group, long processes, BigDecimal amount) {
    }

    /** A supplier's total: its key and name, processes awarded and the amount (MXN). */
    /** A buyer institution with its published processes and their amount in MXN (the page's list, CSV and API). */
    public record BuyerTotal(String slug, String name, long processes, BigDecimal amount) {
    }

    public record SupplierTotal(String key, String name, long processes, BigDecimal amount) {
    }

    /** A supplier's total with one buyer in one year. */
    public record BuyerYearTotal(String buyer, String buyerName, Integer year, long processes, BigDecimal amount) {
    }

    /**
     * Figures of a set of processes: per method, per year and method, the share of direct awards (by count and by
     * amount, in percent, one decimal; null without processes) and the top suppliers.
     */
    public record Figures(List<Tally> byMethod, List<Tally> byYear, Map<Integer, List<Tally>> byYearAndMethod,
            long processes, BigDecimal amount, BigDecimal directShareOfProcesses, BigDecimal directShareOfAmount,
            List<SupplierTotal> topSuppliers) {
    }

    /** A flag as pages and the API show it. */
    public record Flag(String subjectKind, String subjectId, String subjectName, Indicator indicator, double value,
            String buyer) {
    }

    /** A supplier's page: its name, every award with its process, totals by buyer and year, and its flags. */
    public record SupplierPage(String key, String name, List<SupplierAward> awards, Map<String, ProcessRecord> processes,
            List<BuyerYearTotal> totals, BigDecimal amount, List<Flag> flags) {
    }

    /** A buyer's page: the institution, its figures and flags (its own and its processes', per indicator). */
    public record BuyerPage(Institution institution, Figures figures, List<Flag> flags, Map<Indicator, Long> processFlags) {
    }

    private final ProcessRecordRepository records;
    private final StoredReleaseRepository releases;
    private final SupplierAwardRepository awards;
    private final StoredFlagRepository flags;
    private final JurisdictionService directory;
    /** The scheme of the identifiers that name an institution of this directory by its slug. */
    private final String institutionScheme;

    ContractingReading(ProcessRecordRepository records, StoredReleaseRepository releases,
            SupplierAwardRepository awards, StoredFlagRepository flags, JurisdictionService directory,
            OcdsProperties settings) {
        this.institutionScheme = settings.institutionScheme();
        this.records = records;
        this.releases = releases;
        this.awards = awards;
        this.flags = flags;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public Page<ProcessRecord> search(ProcessSearch search) {
        return records.findAll(search.specification(), search.pageable());
    }

    /** The process as its page shows it; 404 if nothing of it was published. */
    @Transactional(readOnly = true)
    public ProcessDetail detail(String ocid) {
        ProcessRecord record = records.findById(ocid).orElseThrow(() -> new NotFoundException("ocds process " + ocid));
        return ProcessDetail.of(record, OcdsJson.MAPPER.readTree(record.getCompiledJson()),
                OcdsJson.MAPPER.readTree(record.getVersionedJson()),
                releases.findByOcidOrderByReleaseDateAscIdAsc(ocid),
                new ProcessDetail.Institutions(institutionScheme, buyerNames()));
    }

    /** The releases of a process as published, oldest first. */
    @Transactional(readOnly = true)
    public List<StoredRelease> releases(String ocid) {
        return releases.findByOcidOrderByReleaseDateAscIdAsc(ocid);
    }

    /** A release and the title of its process. */
    public record ReleaseOf(StoredRelease release, String title) {
    }

    /** A buyer's newest releases (by arrival), with their processes' titles, for its feed. */
    @Transactional(readOnly = true)
    public List<ReleaseOf> newestReleases(String buyer, int limit) {
        List<StoredRelease> newest = releases.findByInstitutionSlugOrderByIdDesc(buyer, Limit.of(limit));
        Map<String, String> titles = new HashMap<>();
        records.findAllById(newest.stream().map(StoredRelease::getOcid).distinct().toList())
                .forEach(r -> titles.put(r.getOcid(), r.getTitle()));
        return newest.stream().map(r -> new ReleaseOf(r, titles.get(r.getOcid()))).toList();
    }

    /** The flags of a process and of its suppliers. */
    @Transactional(readOnly = true)
    public List<Flag> processFlags(String ocid) {
        List<Flag> found = new ArrayList<>(views(flags.findBySubjectKindAndSubjectIdInOrderByIndicatorAsc(
                StoredFlag.PROCESS, List.of(ocid))));
        Set<String> suppliers = new LinkedHashSet<>();
        awards.findByOcidOrderByIdAsc(ocid).forEach(a -> suppliers.add(a.getSupplierKey()));
        if (!suppliers.isEmpty()) {
            found.addAll(views(flags.findBySubjectKindAndSubjectIdInOrderByIndicatorAsc(StoredFlag.SUPPLIER,
                    suppliers)));
        }
        return found;
    }

    /** Every supplier's page; 404 for a key no award names. */
    @Transactional(readOnly = true)
    public SupplierPage supplier(String key) {
        List<SupplierAward> list = awards.findBySupplierKeyOrderByAwardYearDescOcidAsc(key);
        if (list.isEmpty()) {
            throw new NotFoundException("supplier " + key);
        }
        Map<String, ProcessRecord> processes = new LinkedHashMap<>();
        records.findAllById(list.stream().map(SupplierAward::getOcid).distinct().toList())
                .forEach(r -> processes.put(r.getOcid(), r));
        Map<String, String> names = buyerNames();
        List<BuyerYearTotal> totals = new ArrayList<>();
        BigDecimal amount = BigDecimal.ZERO;
        for (Object[] row : awards.supplierTotals(key)) {
            BigDecimal sum = (BigDecimal) row[3];
            totals.add(new BuyerYearTotal((String) row[0], names.getOrDefault((String) row[0], (String) row[0]),
                    (Integer) row[1], ((Number) row[2]).longValue(), sum));
            amount = amount.add(sum == null ? BigDecimal.ZERO : sum);
        }
        String name = awards.findTop1BySupplierKeyOrderByIdDesc(key).get(0).getSupplierName();
        return new SupplierPage(key, name, list, processes, totals, amount,
                views(flags.findBySubjectKindAndSubjectIdInOrderByIndicatorAsc(StoredFlag.SUPPLIER, List.of(key))));
    }

    /** Every supplier with its totals, by name. */
    @Transactional(readOnly = true)
    public List<SupplierTotal> suppliers() {
        return awards.allSuppliers().stream().map(ContractingReading::supplierTotal).toList();
    }

    /** A buyer's page; 404 if the institution is not in the directory. */
    @Transactional(readOnly = true)
    public BuyerPage buyer(String slug) {
        Institution institution = directory.institution(slug);
        List<Flag> own = views(flags.find(null, null, slug, null)).stream()
                .filter(f -> !f.subjectKind().equals(StoredFlag.PROCESS)).toList();
        Map<Indicator, Long> perIndicator = new TreeMap<>();
        for (Object[] row : flags.processCounts(slug)) {
            perIndicator.put(Indicator.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return new BuyerPage(institution, figures(slug), own, perIndicator);
    }

    /** The buyers that published processes, by name. */
    @Transactional(readOnly = true)
    public List<Institution> buyers() {
        List<Institution> buyers = new ArrayList<>();
        for (String slug : records.buyerSlugs()) {
            try {
                buyers.add(directory.institution(slug));
            } catch (NotFoundException e) {
                // an institution removed from the directory keeps its processes, without a buyer page
            }
        }
        buyers.sort(Comparator.comparing(Institution::getName));
        return buyers;
    }

    /** The buyers that published processes, by name, each with its processes and their amount (MXN). */
    @Transactional(readOnly = true)
    public List<BuyerTotal> buyerTotals() {
        Map<String, Tally> tallies = new HashMap<>();
        byBuyer().forEach(t -> tallies.put(t.group(), t));
        return buyers().stream().map(i -> {
            Tally t = tallies.get(i.getSlug());
            return new BuyerTotal(i.getSlug(), i.getName(), t == null ? 0 : t.processes(),
                    t == null || t.amount() == null ? BigDecimal.ZERO : t.amount());
        }).toList();
    }

    /** The ocids alone, the newest processes first, at most {@code limit} (the sitemap: no record is loaded). */
    @Transactional(readOnly = true)
    public List<String> latestOcids(int limit) {
        return limit <= 0 ? List.of() : records.ocidsNewestFirst(Limit.of(limit));
    }

    /** The keys alone of the suppliers listed, the latest awarded first, at most {@code limit} (the sitemap). */
    @Transactional(readOnly = true)
    public List<String> latestSupplierKeys(int limit) {
        return limit <= 0 ? List.of() : awards.supplierKeysLatestFirst(Limit.of(limit));
    }

    /** Institution names by slug. */
    public Map<String, String> buyerNames() {
        Map<String, String> names = new HashMap<>();
        directory.allInstitutions().forEach(i -> names.put(i.getSlug(), i.getName()));
        return names;
    }

    /** Per buyer: processes and amount. */
    @Transactional(readOnly = true)
    public List<Tally> byBuyer() {
        Map<String, String> names = buyerNames();
        return records.byBuyer().stream().map(r -> new Tally((String) r[0], ((Number) r[1]).longValue(),
                        (BigDecimal) r[2]))
                .sorted(Comparator.comparing(t -> names.getOrDefault(t.group(), t.group()))).toList();
    }

    /** The figures of one buyer's processes, or of all (null). */
    @Transactional(readOnly = true)
    public Figures figures(String buyer) {
        List<Tally> byMethod = new ArrayList<>();
        long processes = 0;
        BigDecimal amount = BigDecimal.ZERO;
        long direct = 0;
        BigDecimal directAmount = BigDecimal.ZERO;
        Map<String, Tally> methods = new HashMap<>();
        for (Object[] row : records.byMethod(buyer)) {
            Tally tally = new Tally((String) row[0], ((Number) row[1]).longValue(), orZero((BigDecimal) row[2]));
            methods.put(tally.group(), tally);
            processes += tally.processes();
            amount = amount.add(tally.amount());
            if ("direct".equals(tally.group())) {
                direct = tally.processes();
                directAmount = tally.amount();
            }
        }
        for (String method : ProcessSearch.METHODS) {
            if (methods.containsKey(method)) {
                byMethod.add(methods.remove(method));
            }
        }
        byMethod.addAll(methods.values()); // no method stated (null), last
        Map<Integer, List<Tally>> byYearAndMethod = new TreeMap<>(Comparator.nullsLast(Comparator.reverseOrder()));
        Map<Integer, long[]> yearCounts = new TreeMap<>(Comparator.nullsLast(Comparator.reverseOrder()));
        Map<Integer, BigDecimal> yearAmounts = new HashMap<>();
        for (Object[] row : records.byYearAndMethod(buyer)) {
            Integer year = (Integer) row[0];
            Tally tally = new Tally((String) row[1], ((Number) row[2]).longValue(), orZero((BigDecimal) row[3]));
            byYearAndMethod.computeIfAbsent(year, y -> new ArrayList<>()).add(tally);
            yearCounts.computeIfAbsent(year, y -> new long[1])[0] += tally.processes();
            yearAmounts.merge(year, tally.amount(), BigDecimal::add);
        }
        byYearAndMethod.values().forEach(list -> list.sort(Comparator.comparing(t -> t.group() == null ? 99
                : ProcessSearch.METHODS.indexOf(t.group()))));
        List<Tally> byYear = new ArrayList<>();
        yearCounts.forEach((year, count) -> byYear.add(new Tally(year == null ? null : year.toString(), count[0],
                yearAmounts.get(year))));
        List<SupplierTotal> top = awards.topSuppliers(buyer, Limit.of(TOP_SUPPLIERS)).stream()
                .map(ContractingReading::supplierTotal).toList();
        return new Figures(byMethod, byYear, byYearAndMethod, processes, amount, percent(direct, processes),
                percent(directAmount, amount), top);
    }

    /** The flags of the last run, by subject: filters by buyer, supplier, process and indicator (null: all). */
    @Transactional(readOnly = true)
    public List<Flag> flags(String buyer, String supplier, String ocid, Indicator indicator) {
        String code = indicator == null ? null : indicator.name();
        List<StoredFlag> found;
        if (ocid != null) {
            return processFlags(ocid).stream().filter(f -> code == null || f.indicator() == indicator)
                    .filter(f -> supplier == null || !f.subjectKind().equals(StoredFlag.SUPPLIER)
                            || f.subjectId().equals(supplier)).toList();
        } else if (supplier != null) {
            found = flags.find(StoredFlag.SUPPLIER, supplier, null, code);
        } else {
            found = flags.find(null, null, buyer, code);
        }
        return views(found);
    }

    private List<Flag> views(List<StoredFlag> stored) {
        Map<String, String> buyers = buyerNames();
        Map<String, String> supplierNames = new HashMap<>();
        List<Flag> views = new ArrayList<>();
        for (StoredFlag flag : stored) {
            String name = switch (flag.getSubjectKind()) {
                case StoredFlag.PROCESS -> records.findById(flag.getSubjectId()).map(ProcessRecord::getTitle)
                        .orElse(flag.getSubjectId());
                case StoredFlag.BUYER -> buyers.getOrDefault(flag.getSubjectId(), flag.getSubjectId());
                case StoredFlag.SUPPLIER -> supplierNames.computeIfAbsent(flag.getSubjectId(), key -> awards
                        .findTop1BySupplierKeyOrderByIdDesc(key).stream().findFirst()
                        .map(SupplierAward::getSupplierName).orElse(key));
                default -> flag.getSubjectId();
            };
            views.add(new Flag(flag.getSubjectKind(), flag.getSubjectId(), name, flag.getIndicator(),
                    flag.getFlagValue(), flag.getBuyerSlug()));
        }
        return views;
    }

    private static SupplierTotal supplierTotal(Object[] row) {
        return new SupplierTotal((String) row[0], (String) row[1], ((Number) row[2]).longValue(),
                orZero((BigDecimal) row[3]));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
