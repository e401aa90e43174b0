package org.apertura.contracting.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apertura.contracting.BuyerFeed;
import org.apertura.contracting.ContractingReading;
import org.apertura.contracting.ContractingReading.Figures;
import org.apertura.contracting.ContractingReading.SupplierPage;
import org.apertura.contracting.ContractingReading.Tally;
import org.apertura.contracting.ProcessDetail;
import org.apertura.contracting.ProcessRecord;
import org.apertura.contracting.ProcessSearch;
import org.apertura.contracting.ProcessStage;
import org.apertura.contracting.StoredRedFlags;
import org.apertura.contracting.SupplierAward;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.Paging;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Open contracting for people: the search of the stored processes, a process's page (timeline, amounts, documents,
 * suppliers, history of changes, red flags), supplier and buyer pages, figures with charts and their tables, and
 * every list as CSV (the JSON is the API's, {@code api.ContractingApi}).
 */
@Controller
class ContractingPages implements PublicDataset.Source, SitemapSource {

    static final List<String> PROCESS_COLUMNS = List.of("contracting.ocid", "contracting.title", "contracting.buyer",
            "contracting.buyerName", "contracting.method", "contracting.status", "contracting.stage",
            "contracting.date", "contracting.tenderAmount", "contracting.awardedAmount", "contracting.contractedAmount",
            "contracting.paidAmount", "contracting.currency", "contracting.suppliers", "contracting.flags",
            "contracting.url");
    static final List<String> SUPPLIER_COLUMNS = List.of("contracting.supplier", "contracting.supplierName",
            "contracting.processes", "contracting.amountMxn", "contracting.url");
    static final List<String> BUYER_COLUMNS = List.of("contracting.buyer", "contracting.buyerName",
            "contracting.processes", "contracting.amountMxn", "contracting.url");
    static final List<String> AWARD_COLUMNS = List.of("contracting.ocid", "contracting.title", "contracting.buyer",
            "contracting.year", "contracting.award", "contracting.awardStatus", "contracting.amount",
            "contracting.currency", "contracting.url");
    static final List<String> FIGURE_COLUMNS = List.of("contracting.table", "contracting.group",
            "contracting.processes", "contracting.amountMxn", "contracting.share");
    /** Most rows a CSV download of the search holds; narrow the filters (or use the bulk downloads) for more. */
    static final int CSV_ROWS = 10_000;

    private final ContractingReading reading;
    private final StoredRedFlags redFlags;
    private final ContractingWords words;
    private final CsvExport csv;
    private final BuyerFeed feed;
    private final PublicUrl publicUrl;
    private final ContractingCharts contractingCharts;

    ContractingPages(ContractingReading reading, StoredRedFlags redFlags, ContractingWords words, CsvExport csv,
            BuyerFeed feed, PublicUrl publicUrl, ContractingCharts contractingCharts) {
        this.reading = reading;
        this.redFlags = redFlags;
        this.words = words;
        this.csv = csv;
        this.feed = feed;
        this.publicUrl = publicUrl;
        this.contractingCharts = contractingCharts;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(
                new PublicDataset("contracting.processes", "/contrataciones.csv", "/api/v1/ocds/processes",
                        PROCESS_COLUMNS),
                new PublicDataset("contracting.suppliers", "/contrataciones/proveedores.csv",
                        "/api/v1/ocds/suppliers", SUPPLIER_COLUMNS),
                new PublicDataset("contracting.buyers", "/contrataciones/compradores.csv", "/api/v1/ocds/buyers",
                        BUYER_COLUMNS),
                new PublicDataset("contracting.figures", "/contrataciones/cifras.csv", "/api/v1/ocds/figures",
                        FIGURE_COLUMNS),
                new PublicDataset("contracting.redFlags", "/contrataciones/alertas.csv", "/api/v1/ocds/red-flags",
                        RedFlagPages.COLUMNS));
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        List<String> paths = new ArrayList<>(List.of("/contrataciones", "/contrataciones/cifras",
                "/contrataciones/proveedores", "/contrataciones/compradores", "/contrataciones/alertas",
                "/contrataciones/descargas", "/contrataciones/politica-de-publicacion"));
        reading.buyers().forEach(b -> paths.add("/contrataciones/compradores/" + b.getSlug()));
        // then every process and supplier page, newest first (the sitemap cuts the oldest when it must)
        reading.latestOcids(limit - paths.size()).forEach(ocid -> paths.add("/contrataciones/" + segment(ocid)));
        reading.latestSupplierKeys(limit - paths.size())
                .forEach(key -> paths.add("/contrataciones/proveedores/" + segment(key)));
        return paths.stream().limit(limit).toList();
    }

    private static String segment(String key) {
        return UriUtils.encodePathSegment(key, StandardCharsets.UTF_8);
    }

    @ModelAttribute("words")
    ContractingWords words() {
        return words;
    }

    // ---- search

    @GetMapping("/contrataciones")
    String search(@ModelAttribute("filters") ProcessFilters filters,
            @RequestParam(name = "pagina", required = false, defaultValue = "1") int page, Model model) {
        List<FieldProblem> ignored = new ArrayList<>();
        Page<ProcessRecord> results = Paging.orLast(Paging.index((long) page - 1),
                index -> reading.search(filters.search(index, ProcessSearch.PAGE_SIZE, new ArrayList<>())), model);
        filters.search(0, 1, ignored);
        model.addAttribute("results", results);
        model.addAttribute("ignored", ignored.stream()
                .map(p -> new IgnoredFilter(p.field(), words.message(p.messageKey(), p.args()))).toList());
        model.addAttribute("buyers", reading.buyers());
        model.addAttribute("names", reading.buyerNames());
        model.addAttribute("methods", ProcessSearch.METHODS);
        model.addAttribute("statuses", ProcessSearch.STATUSES);
        model.addAttribute("stages", ProcessStage.values());
        model.addAttribute("parameters", filters.parameters());
        model.addAttribute("supplierName", filters.proveedor() == null || filters.proveedor().isBlank() ? null
                : supplierName(filters.proveedor()));
        redFlags.lastRun().ifPresent(run -> model.addAttribute("flagRun", run));
        return "contracting/search";
    }

    /** A filter the list is shown without: its page name and why its value was not read. */
    record IgnoredFilter(String name, String reason) {
    }

    private String supplierName(String key) {
        try {
            return reading.supplier(key.strip()).name();
        } catch (org.apertura.platform.NotFoundException e) {
            return key;
        }
    }

    @GetMapping("/contrataciones.csv")
    ResponseEntity<byte[]> searchCsv(@ModelAttribute("filters") ProcessFilters filters) {
        Map<String, String> names = reading.buyerNames();
        List<List<?>> rows = new ArrayList<>();
        ContractingWords inFile = words.in(csv.language());
        for (int page = 0; rows.size() < CSV_ROWS; page++) {
            Page<ProcessRecord> results = reading.search(filters.search(page, 500, new ArrayList<>()));
            for (ProcessRecord r : results) {
                rows.add(Arrays.asList(r.getOcid(), r.getTitle(), r.getBuyerSlug(), names.get(r.getBuyerSlug()),
                        inFile.method(r.getProcurementMethod()), inFile.status(r.getTenderStatus()),
                        inFile.stage(r.getStage()),
                        r.getProcessDate() == null ? null : words.date(r.getProcessDate()), r.getTenderAmount(),
                        r.getAwardedAmount(), r.getContractedAmount(), r.getPaidAmount(), currency(r),
                        r.getSupplierNames(), r.getFlagCount(), publicUrl.of("/contrataciones/" + r.getOcid())));
            }
            if (!results.hasNext()) {
                break;
            }
        }
        return csv.download("contrataciones.csv", PROCESS_COLUMNS, rows);
    }

    private static String currency(ProcessRecord r) {
        for (String c : new String[] {r.getContractedCurrency(), r.getAwardedCurrency(), r.getTenderCurrency(),
                r.getPaidCurrency()}) {
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    // ---- a process

    @GetMapping("/contrataciones/{ocid}")
    String process(@PathVariable String ocid, Model model) {
        ProcessDetail detail = reading.detail(ocid);
        model.addAttribute("detail", detail);
        model.addAttribute("record", detail.record());
        model.addAttribute("releases", reading.releases(ocid));
        model.addAttribute("flags", reading.processFlags(ocid));
        model.addAttribute("names", reading.buyerNames());
        model.addAttribute("stages", ProcessStage.values());
        redFlags.lastRun().ifPresent(run -> model.addAttribute("flagRun", run));
        return "contracting/process";
    }

    // ---- suppliers

    @GetMapping("/contrataciones/proveedores")
    String suppliers(Model model) {
        model.addAttribute("suppliers", reading.suppliers());
        return "contracting/suppliers";
    }

    @GetMapping("/contrataciones/proveedores.csv")
    ResponseEntity<byte[]> suppliersCsv() {
        List<List<?>> rows = new ArrayList<>();
        reading.suppliers().forEach(s -> rows.add(Arrays.asList(s.key(), s.name(), s.processes(), s.amount(),
                publicUrl.of("/contrataciones/proveedores/" + s.key()))));
        return csv.download("proveedores.csv", SUPPLIER_COLUMNS, rows);
    }

    @GetMapping("/contrataciones/proveedores/{key}")
    String supplier(@PathVariable String key, Model model) {
        model.addAttribute("supplier", reading.supplier(key));
        model.addAttribute("names", reading.buyerNames());
        return "contracting/supplier";
    }

    @GetMapping("/contrataciones/proveedores/{key}/contratos.csv")
    ResponseEntity<byte[]> supplierCsv(@PathVariable String key) {
        SupplierPage supplier = reading.supplier(key);
        List<List<?>> rows = new ArrayList<>();
        ContractingWords inFile = words.in(csv.language());
        for (SupplierAward a : supplier.awards()) {
            ProcessRecord process = supplier.processes().get(a.getOcid());
            rows.add(Arrays.asList(a.getOcid(), process == null ? null : process.getTitle(), a.getBuyerSlug(),
                    a.getAwardYear(), a.getAwardId(), inFile.awardStatus(a.getAwardStatus()), a.getAmount(),
                    a.getCurrency(),
                    publicUrl.of("/contrataciones/" + a.getOcid())));
        }
        return csv.download("proveedor-" + key + ".csv", AWARD_COLUMNS, rows);
    }

    // ---- buyers

    @GetMapping("/contrataciones/compradores")
    String buyers(Model model) {
        model.addAttribute("buyers", reading.buyerTotals());
        return "contracting/buyers";
    }

    @GetMapping("/contrataciones/compradores.csv")
    ResponseEntity<byte[]> buyersCsv() {
        List<List<?>> rows = new ArrayList<>();
        reading.buyerTotals().forEach(b -> rows.add(Arrays.asList(b.slug(), b.name(), b.processes(), b.amount(),
                publicUrl.of("/contrataciones/compradores/" + b.slug()))));
        return csv.download("compradores.csv", BUYER_COLUMNS, rows);
    }

    @GetMapping("/contrataciones/compradores/{slug}")
    String buyer(@PathVariable String slug, Model model) {
        ContractingReading.BuyerPage buyer = reading.buyer(slug);
        model.addAttribute("buyer", buyer);
        model.addAttribute("figures", buyer.figures());
        model.addAttribute("charts", contractingCharts.views(slug, buyer.figures()));
        model.addAttribute("latest", reading.search(new ProcessSearch(null, slug, null, null, null, null, null, null,
                null, null, false, 0, 10)));
        return "contracting/buyer";
    }

    @GetMapping("/contrataciones/compradores/{slug}/feed.atom")
    ResponseEntity<byte[]> buyerFeed(@PathVariable String slug) {
        return feed.of(slug);
    }

    // ---- figures

    @GetMapping("/contrataciones/cifras")
    String figures(Model model) {
        Figures figures = reading.figures(null);
        model.addAttribute("figures", figures);
        model.addAttribute("charts", contractingCharts.views(null, figures));
        model.addAttribute("tallies", reading.byBuyer());
        model.addAttribute("names", reading.buyerNames());
        return "contracting/figures";
    }

    @GetMapping("/contrataciones/cifras.csv")
    ResponseEntity<byte[]> figuresCsv(@RequestParam(name = "comprador", required = false) String buyer) {
        Figures figures = reading.figures(buyer == null || buyer.isBlank() ? null : buyer.strip());
        List<List<?>> rows = new ArrayList<>();
        ContractingWords inFile = words.in(csv.language());
        for (Tally t : figures.byMethod()) {
            rows.add(Arrays.asList(inFile.figureTable("method"), inFile.method(t.group()), t.processes(),
                    t.amount(), share(t.processes(), figures.processes())));
        }
        for (Tally t : figures.byYear()) {
            rows.add(Arrays.asList(inFile.figureTable("year"), t.group(), t.processes(), t.amount(), null));
        }
        for (ContractingReading.SupplierTotal s : figures.topSuppliers()) {
            rows.add(Arrays.asList(inFile.figureTable("supplier"), s.key(), s.processes(), s.amount(), null));
        }
        return csv.download(buyer == null || buyer.isBlank() ? "contrataciones-cifras.csv"
                : "contrataciones-cifras-" + buyer.strip() + ".csv", FIGURE_COLUMNS, rows);
    }

    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                java.math.RoundingMode.HALF_UP);
    }
}
