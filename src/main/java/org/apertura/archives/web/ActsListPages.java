package org.apertura.archives.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.archives.ArchivesPolicy;
import org.apertura.archives.Disposal;
import org.apertura.archives.Disposals;
import org.apertura.archives.Transfer;
import org.apertura.archives.Transfers;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.PublicDataset;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Each institution's public lists of its actas de baja documental (LGA art. 58, unverified: public once the Grupo
 * Interdisciplinario's dictamen and acta are recorded) and of its accepted transfers, as pages, CSV and JSON. A line
 * says what was done, when, by which acta and with how many files; it names no one (the members who signed an acta
 * are on the acta's own page), and a line's JSON is the API's ({@link ArchivesJson}).
 */
@Controller
class ActsListPages implements PublicDataset.Source {

    static final List<String> DISPOSALS = List.of("archivesDisposalNumber", "archivesDisposalStatus",
            "archivesDisposalProposedOn", "archivesDisposalDictamen", "archivesDisposalAct",
            "archivesDisposalApprovedOn", "archivesDisposalOutcomeOn", "archivesDisposalFiles");
    static final List<String> TRANSFERS = List.of("archivesTransferKind", "archivesTransferNumber",
            "archivesTransferSentOn", "archivesTransferAcceptedOn", "archivesTransferLocation",
            "archivesTransferFiles");

    private final Transfers transfers;
    private final Disposals disposals;
    private final ArchivesPolicy policy;
    private final JurisdictionService directory;
    private final CsvExport csv;

    ActsListPages(Transfers transfers, Disposals disposals, ArchivesPolicy policy, JurisdictionService directory,
            CsvExport csv) {
        this.transfers = transfers;
        this.disposals = disposals;
        this.policy = policy;
        this.directory = directory;
        this.csv = csv;
    }

    @Override
    public List<PublicDataset> datasets() {
        java.util.function.Supplier<Map<String, String>> example = () -> ArchivesExamples.anInstitution(directory);
        return List.of(PublicDataset.perRecord("archivesDisposals", "/archivos/{institucion}/bajas.csv",
                        "/archivos/{institucion}/bajas.json", DISPOSALS, example),
                PublicDataset.perRecord("archivesTransfers", "/archivos/{institucion}/transferencias.csv",
                        "/archivos/{institucion}/transferencias.json", TRANSFERS, example));
    }

    /** A disposal with how many files its inventory has. */
    record DisposalLine(Disposal disposal, long files) {
    }

    /** A transfer with how many files its inventory has. */
    record TransferLine(Transfer transfer, long files) {
    }

    /** The institution's public bajas, newest first (whoever looks: the desk lists the rest). */
    private List<DisposalLine> disposals(String slug) {
        directory.institution(slug);
        return disposals.of(slug).stream().filter(policy::published)
                .map(d -> new DisposalLine(d, disposals.size(d))).toList();
    }

    /** The institution's accepted transfers, newest first. */
    private List<TransferLine> transfers(String slug) {
        directory.institution(slug);
        return transfers.of(slug).stream().filter(policy::published)
                .map(t -> new TransferLine(t, transfers.size(t))).toList();
    }

    @GetMapping("/archivos/{slug}/bajas")
    String disposalList(@PathVariable String slug, Model model) {
        model.addAttribute("lines", disposals(slug));
        model.addAttribute("institution", directory.institution(slug));
        return "archives/disposals";
    }

    @GetMapping("/archivos/{slug}/bajas.csv")
    ResponseEntity<byte[]> disposalsCsv(@PathVariable String slug) {
        return csv.download("actas-de-baja-" + slug + ".csv", DISPOSALS, disposals(slug).stream().<List<?>>map(l -> {
            Disposal d = l.disposal();
            return java.util.Arrays.asList(d.getNumber(), d.getStatus(), d.getProposedOn(), text(d.getDictamen()),
                    text(d.getActNumber()), text(d.getApprovedOn()), text(d.getExecutedOn()), l.files());
        }).toList());
    }

    @GetMapping("/archivos/{slug}/bajas.json")
    ResponseEntity<List<Map<String, Object>>> disposalsJson(@PathVariable String slug) {
        return ResponseEntity.ok(disposals(slug).stream().map(l -> json(l.disposal(), l.files())).toList());
    }

    @GetMapping("/archivos/{slug}/transferencias")
    String transferList(@PathVariable String slug, Model model) {
        model.addAttribute("lines", transfers(slug));
        model.addAttribute("institution", directory.institution(slug));
        return "archives/transfers";
    }

    @GetMapping("/archivos/{slug}/transferencias.csv")
    ResponseEntity<byte[]> transfersCsv(@PathVariable String slug) {
        return csv.download("transferencias-" + slug + ".csv", TRANSFERS, transfers(slug).stream().<List<?>>map(l -> {
            Transfer t = l.transfer();
            return java.util.Arrays.asList(t.getKind(), t.getNumber(), t.getProposedOn(), text(t.getAcceptedOn()),
                    text(t.getLocation()), l.files());
        }).toList());
    }

    @GetMapping("/archivos/{slug}/transferencias.json")
    ResponseEntity<List<Map<String, Object>>> transfersJson(@PathVariable String slug) {
        return ResponseEntity.ok(transfers(slug).stream().map(l -> json(l.transfer(), l.files())).toList());
    }

    /** A line of the list of bajas: the acta without its inventory and signatories, with its file count and page. */
    static Map<String, Object> json(Disposal d, long files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("institution", d.getInstitutionSlug());
        m.put("number", d.getNumber());
        m.put("status", d.getStatus().name().toLowerCase());
        m.put("proposedOn", d.getProposedOn().toString());
        m.put("dictamen", d.getDictamen());
        m.put("act", d.getActNumber());
        m.put("approvedOn", iso(d.getApprovedOn()));
        m.put("groupSession", d.getSessionId() == null ? null
                : "/archivos/" + d.getInstitutionSlug() + "/grupo#sesion-" + d.getSessionId());
        m.put("executedOn", iso(d.getExecutedOn()));
        m.put("fileCount", files);
        m.put("page", "/archivos/" + d.getInstitutionSlug() + "/bajas/" + d.getNumber());
        return m;
    }

    /** A line of the list of transfers: without its inventory, with its file count and page. */
    static Map<String, Object> json(Transfer t, long files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("institution", t.getInstitutionSlug());
        m.put("kind", t.getKind().name().toLowerCase());
        m.put("number", t.getNumber());
        m.put("sentOn", t.getProposedOn().toString());
        m.put("acceptedOn", iso(t.getAcceptedOn()));
        m.put("location", t.getLocation());
        m.put("fileCount", files);
        m.put("page", MovementPages.path(t));
        return m;
    }

    private static String iso(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Object text(Object value) {
        return value == null ? "" : value;
    }
}
