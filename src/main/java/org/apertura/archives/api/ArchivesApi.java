package org.apertura.archives.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.archives.ArchivalDescriptions;
import org.apertura.archives.ArchiveAreas;
import org.apertura.archives.ArchivesPolicy;
import org.apertura.archives.CaseFile;
import org.apertura.archives.CaseFiles;
import org.apertura.archives.Disposal;
import org.apertura.archives.Disposals;
import org.apertura.archives.Instrument;
import org.apertura.archives.Instruments;
import org.apertura.archives.Transfer;
import org.apertura.archives.TransferKind;
import org.apertura.archives.Transfers;
import org.apertura.archives.ValuationSheets;
import org.apertura.archives.web.ArchivesJson;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The archives' public data for machines, read only: what {@code /archivos} publishes and nothing more. Approved
 * versions of the instruments (cuadro, catálogo, fichas; never a draft, whoever asks), the guía with its archives and
 * their responsible public servants, and the inventories (general, of accepted transfers, of public disposals), paged.
 * The bodies are those of the pages' {@code .json} downloads ({@link ArchivesJson}). What is public is
 * {@link ArchivesPolicy}'s to say (ADR 0028), for the pages and the API alike; the API answers only what the public
 * reads, whoever asks.
 */
@RestController
@RequestMapping("/api/v1/archives")
@Tag(name = "api.tag.archives", description = "api.tag.archives.description")
class ArchivesApi {

    /** Files per page of an inventory. */
    static final int PAGE_SIZE = 100;

    private final Instruments instruments;
    private final ValuationSheets sheets;
    private final ArchivalDescriptions descriptions;
    private final ArchiveAreas areas;
    private final CaseFiles files;
    private final Transfers transfers;
    private final Disposals disposals;
    private final JurisdictionService directory;
    private final ArchivesPolicy policy;

    ArchivesApi(Instruments instruments, ValuationSheets sheets, ArchivalDescriptions descriptions, ArchiveAreas areas,
            CaseFiles files, Transfers transfers, Disposals disposals, JurisdictionService directory,
            ArchivesPolicy policy) {
        this.policy = policy;
        this.instruments = instruments;
        this.sheets = sheets;
        this.descriptions = descriptions;
        this.areas = areas;
        this.files = files;
        this.transfers = transfers;
        this.disposals = disposals;
        this.directory = directory;
    }

    @GetMapping("/institutions")
    @Operation(summary = "api.op.archives.institutions", description = "api.op.archives.institutions.description")
    List<InstitutionJson> institutions() {
        return instruments.allInForce().stream().map(i -> new InstitutionJson(i.getInstitutionSlug(),
                directory.institution(i.getInstitutionSlug()).getName(), version(i))).toList();
    }

    @GetMapping("/institutions/{slug}/versions")
    @Operation(summary = "api.op.archives.versions", description = "api.op.archives.versions.description")
    List<VersionJson> versions(@PathVariable String slug) {
        directory.institution(slug);
        return instruments.versions(slug).stream().filter(policy::published).map(ArchivesApi::version).toList();
    }

    @GetMapping("/institutions/{slug}/versions/{number}/catalog")
    @Operation(summary = "api.op.archives.catalog", description = "api.op.archives.catalog.description")
    Map<String, Object> catalog(@PathVariable String slug, @PathVariable int number) {
        Instrument instrument = approved(slug, number);
        return body(slug, instrument, "levels", ArchivesJson.catalog(instruments.nodes(instrument)));
    }

    @GetMapping("/institutions/{slug}/versions/{number}/chart")
    @Operation(summary = "api.op.archives.chart", description = "api.op.archives.chart.description")
    Map<String, Object> chart(@PathVariable String slug, @PathVariable int number) {
        Instrument instrument = approved(slug, number);
        List<Map<String, Object>> levels = ArchivesJson.catalog(instruments.nodes(instrument)).stream()
                .map(m -> {
                    Map<String, Object> level = new LinkedHashMap<>(m);
                    level.keySet().retainAll(CHART);
                    return level;
                }).toList();
        return body(slug, instrument, "levels", levels);
    }

    /** The columns of the cuadro itself (the catálogo adds the values, vigencias and destino of each series). */
    private static final List<String> CHART = List.of("level", "code", "parentCode", "name", "producingUnit",
            "attribution");

    @GetMapping("/institutions/{slug}/versions/{number}/fichas")
    @Operation(summary = "api.op.archives.fichas", description = "api.op.archives.fichas.description")
    Map<String, Object> fichas(@PathVariable String slug, @PathVariable int number) {
        Instrument instrument = approved(slug, number);
        return body(slug, instrument, "fichas", ArchivesJson.fichas(sheets.of(instrument)));
    }

    @GetMapping("/institutions/{slug}/guide")
    @Operation(summary = "api.op.archives.guide", description = "api.op.archives.guide.description")
    Map<String, Object> guide(@PathVariable String slug) {
        directory.institution(slug);
        ArchivalDescriptions.Fonds fonds = descriptions.fonds(slug)
                .orElseThrow(() -> new NotFoundException("instruments in force"));
        return ArchivesJson.guide(slug, fonds, areas.of(slug));
    }

    @GetMapping("/institutions/{slug}/inventories/general")
    @Operation(summary = "api.op.archives.general", description = "api.op.archives.general.description")
    FilePage general(@PathVariable String slug, @RequestParam(defaultValue = "0") int page) {
        int index = Paging.apiIndex(page, "page");
        directory.institution(slug);
        long total = files.inventorySize(slug);
        return new FilePage(slug, total, index, pages(total), files.inventory(slug, (long) index * PAGE_SIZE, PAGE_SIZE)
                .stream().map(ArchivesJson::line).toList());
    }

    @GetMapping("/institutions/{slug}/transfers")
    @Operation(summary = "api.op.archives.transfers", description = "api.op.archives.transfers.description")
    List<Map<String, Object>> transfers(@PathVariable String slug) {
        directory.institution(slug);
        return transfers.of(slug).stream().filter(policy::published)
                .map(t -> ArchivesJson.transferLine(t, transfers.size(t))).toList();
    }

    @GetMapping("/institutions/{slug}/transfers/{kind}/{number}")
    @Operation(summary = "api.op.archives.transfer", description = "api.op.archives.transfer.description")
    Map<String, Object> transfer(@PathVariable String slug, @PathVariable String kind, @PathVariable int number,
            @RequestParam(defaultValue = "0") int page) {
        int index = Paging.apiIndex(page, "page");
        directory.institution(slug);
        TransferKind k = switch (kind) {
            case "primary" -> TransferKind.PRIMARY;
            case "secondary" -> TransferKind.SECONDARY;
            default -> throw new NotFoundException("transfer kind");
        };
        Transfer transfer = transfers.transfer(slug, k, number);
        if (!policy.published(transfer)) {
            throw new NotFoundException("transfer");
        }
        List<CaseFile> all = transfers.inventory(transfer);
        return paged(ArchivesJson.transfer(transfer, part(all, index), index * PAGE_SIZE + 1), all.size(), index);
    }

    @GetMapping("/institutions/{slug}/disposals")
    @Operation(summary = "api.op.archives.disposals", description = "api.op.archives.disposals.description")
    List<Map<String, Object>> disposals(@PathVariable String slug) {
        directory.institution(slug);
        return disposals.of(slug).stream().filter(policy::published)
                .map(d -> ArchivesJson.disposalLine(d, disposals.size(d))).toList();
    }

    @GetMapping("/institutions/{slug}/disposals/{number}")
    @Operation(summary = "api.op.archives.disposal", description = "api.op.archives.disposal.description")
    Map<String, Object> disposal(@PathVariable String slug, @PathVariable int number,
            @RequestParam(defaultValue = "0") int page) {
        int index = Paging.apiIndex(page, "page");
        directory.institution(slug);
        Disposal disposal = disposals.disposal(slug, number);
        if (!policy.published(disposal)) {
            throw new NotFoundException("disposal");
        }
        List<CaseFile> all = disposals.inventory(disposal);
        return paged(ArchivesJson.disposal(disposal, part(all, index), index * PAGE_SIZE + 1), all.size(), index);
    }

    /** An approved (in force or superseded) version; a draft is not found, whoever asks. */
    private Instrument approved(String slug, int number) {
        directory.institution(slug);
        Instrument instrument = instruments.version(slug, number);
        if (!policy.published(instrument)) {
            throw new NotFoundException("instrument");
        }
        return instrument;
    }

    private static VersionJson version(Instrument i) {
        return new VersionJson(i.getNumber(), i.getStatus().name().toLowerCase(), i.getSeriesCount(),
                i.getActNumber(), i.getApprovedOn() == null ? null : i.getApprovedOn().toString(), i.getMemberList());
    }

    private static Map<String, Object> body(String slug, Instrument instrument, String name, Object list) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("institution", slug);
        body.put("version", version(instrument));
        body.put(name, list);
        return body;
    }

    private static Map<String, Object> paged(Map<String, Object> json, int total, int index) {
        List<?> part = (List<?>) json.remove("files");
        json.put("total", total);
        json.put("page", index);
        json.put("pages", pages(total));
        json.put("files", part);
        return json;
    }

    private static List<CaseFile> part(List<CaseFile> all, int index) {
        int from = (int) Math.min((long) index * PAGE_SIZE, all.size());
        return all.subList(from, Math.min(from + PAGE_SIZE, all.size()));
    }

    private static int pages(long total) {
        return (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    record InstitutionJson(String slug, String name, VersionJson inForce) {
    }

    /** An approved version: its number, status (approved: in force; superseded), the Grupo's act, date, members. */
    record VersionJson(int number, String status, int series, String act, String approvedOn, List<String> members) {
    }

    record FilePage(String institution, long total, int page, int pages, List<Map<String, Object>> files) {
    }
}
