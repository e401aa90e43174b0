package org.apertura.archives.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apertura.archives.ArchivesAction;
import org.apertura.archives.ArchivesPolicy;
import org.apertura.archives.CaseFile;
import org.apertura.archives.Disposal;
import org.apertura.archives.Disposals;
import org.apertura.archives.HeldFilesException;
import org.apertura.archives.HoldKind;
import org.apertura.archives.Holds;
import org.apertura.archives.Transfer;
import org.apertura.archives.TransferKind;
import org.apertura.archives.Transfers;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.HtmlPdf;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Texts;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.CsvExport;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Transfers (with their inventory as CSV and PDF and the receiving archive's acceptance), bajas documentales (proposal,
 * the unit's confirmation, the Grupo's dictamen and acta, execution that rechecks holds), holds and loans on a file.
 */
@Controller
class MovementPages {

    static final List<String> INVENTORY = List.of("archivesPosition", "archivesReference", "archivesSeries",
            "archivesTitle", "archivesOpenedOn", "archivesClosedOn", "archivesDocuments", "archivesLocation");

    private final Transfers transfers;
    private final Disposals disposals;
    private final Holds holds;
    private final ArchivesPolicy policy;
    private final JurisdictionService directory;
    private final CsvExport csv;
    private final MessageSource messages;
    private final Today today;

    MovementPages(Transfers transfers, Disposals disposals, Holds holds, ArchivesPolicy policy,
            JurisdictionService directory, CsvExport csv, MessageSource messages, Today today) {
        this.transfers = transfers;
        this.disposals = disposals;
        this.holds = holds;
        this.policy = policy;
        this.directory = directory;
        this.csv = csv;
        this.messages = messages;
        this.today = today;
    }

    @PostMapping("/archivos/{slug}/gestion/transferencias")
    String send(@PathVariable String slug, @RequestParam(name = "tipo", required = false) String kind,
            @RequestParam(name = "expediente", required = false) List<Long> ids, RedirectAttributes redirect) {
        keeper(slug);
        TransferKind k = "secundaria".equals(kind) ? TransferKind.SECONDARY : TransferKind.PRIMARY;
        try {
            Transfer transfer = transfers.send(slug, k, ids == null ? List.of() : ids);
            return "redirect:" + path(transfer);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("movementProblems", e.problems());
        } catch (HeldFilesException e) {
            redirect.addFlashAttribute("held", e.held());
        }
        return "redirect:/archivos/" + slug + "/gestion";
    }

    static String path(Transfer t) {
        return "/archivos/" + t.getInstitutionSlug() + "/transferencias/" + t.getKindWord() + "/" + t.getNumber();
    }

    private static TransferKind kind(String word) {
        return switch (word) {
            case "primarias" -> TransferKind.PRIMARY;
            case "secundarias" -> TransferKind.SECONDARY;
            default -> throw new NotFoundException("transfer kind");
        };
    }

    @GetMapping("/archivos/{slug}/transferencias/{kind}/{number}")
    String transfer(@PathVariable String slug, @PathVariable String kind, @PathVariable int number, Model model) {
        Transfer transfer = transfers.transfer(slug, kind(kind), number);
        model.addAttribute("institution", directory.institution(slug));
        model.addAttribute("transfer", transfer);
        model.addAttribute("files", transfers.inventory(transfer));
        model.addAttribute("allowed", policy.allowedNow(slug));
        model.addAttribute("path", path(transfer));
        return "archives/transfer";
    }

    @PostMapping("/archivos/{slug}/transferencias/{kind}/{number}/aceptacion")
    String accept(@PathVariable String slug, @PathVariable String kind, @PathVariable int number,
            @RequestParam(name = "ubicacion", required = false) String location, RedirectAttributes redirect) {
        keeper(slug);
        try {
            transfers.accept(slug, kind(kind), number, location);
            redirect.addFlashAttribute("accepted", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("movementProblems", e.problems());
        }
        return "redirect:/archivos/" + slug + "/transferencias/" + kind + "/" + number;
    }

    @GetMapping("/archivos/{slug}/transferencias/{kind}/{number}/inventario.csv")
    ResponseEntity<byte[]> transferCsv(@PathVariable String slug, @PathVariable String kind,
            @PathVariable int number) {
        Transfer transfer = transfers.transfer(slug, kind(kind), number);
        return csv.download("inventario-transferencia-" + kind + "-" + number + ".csv", INVENTORY,
                rows(transfers.inventory(transfer)));
    }

    @GetMapping("/archivos/{slug}/transferencias/{kind}/{number}/inventario.json")
    ResponseEntity<java.util.Map<String, Object>> transferJson(@PathVariable String slug, @PathVariable String kind,
            @PathVariable int number) {
        Transfer transfer = transfers.transfer(slug, kind(kind), number);
        return ResponseEntity.ok(json(transfer, transfers.inventory(transfer), 1));
    }

    @GetMapping("/archivos/{slug}/transferencias/{kind}/{number}/inventario.pdf")
    ResponseEntity<byte[]> transferPdf(@PathVariable String slug, @PathVariable String kind,
            @PathVariable int number) {
        Transfer transfer = transfers.transfer(slug, kind(kind), number);
        String title = words("archives.transfer.title." + transfer.getKind(), transfer.getNumber());
        return pdf(title, directory.institution(slug).getName(), transfers.inventory(transfer));
    }

    @PostMapping("/archivos/{slug}/gestion/bajas")
    String propose(@PathVariable String slug, @RequestParam(name = "expediente", required = false) List<Long> ids,
            RedirectAttributes redirect) {
        keeper(slug);
        try {
            Disposal disposal = disposals.propose(slug, ids == null ? List.of() : ids);
            return "redirect:/archivos/" + slug + "/bajas/" + disposal.getNumber();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("movementProblems", e.problems());
        } catch (HeldFilesException e) {
            redirect.addFlashAttribute("held", e.held());
        }
        return "redirect:/archivos/" + slug + "/gestion";
    }

    @GetMapping("/archivos/{slug}/bajas/{number}")
    String disposal(@PathVariable String slug, @PathVariable int number, Model model) {
        Disposal disposal = disposals.disposal(slug, number);
        model.addAttribute("institution", directory.institution(slug));
        model.addAttribute("disposal", disposal);
        model.addAttribute("files", disposals.inventory(disposal));
        model.addAttribute("allowed", policy.allowedNow(slug));
        model.addAttribute("todayIso", today.date().toString());
        model.addAttribute("steps", policy.allowedNow(disposal));
        return "archives/disposal";
    }

    @GetMapping("/archivos/{slug}/bajas/{number}/inventario.csv")
    ResponseEntity<byte[]> disposalCsv(@PathVariable String slug, @PathVariable int number) {
        Disposal disposal = disposals.disposal(slug, number);
        return csv.download("inventario-baja-" + number + ".csv", INVENTORY, rows(disposals.inventory(disposal)));
    }

    @GetMapping("/archivos/{slug}/bajas/{number}/inventario.json")
    ResponseEntity<java.util.Map<String, Object>> disposalJson(@PathVariable String slug, @PathVariable int number) {
        Disposal disposal = disposals.disposal(slug, number);
        return ResponseEntity.ok(json(disposal, disposals.inventory(disposal), 1));
    }

    @PostMapping("/archivos/{slug}/bajas/{number}/{step}")
    String step(@PathVariable String slug, @PathVariable int number, @PathVariable String step,
            @RequestParam(name = "confirma", required = false) String confirmedBy,
            @RequestParam(name = "fecha", required = false) String date,
            @RequestParam(name = "dictamen", required = false) String dictamen,
            @RequestParam(name = "acta", required = false) String act,
            @RequestParam(name = "integrantes", required = false) String members, RedirectAttributes redirect) {
        keeper(slug);
        if (!List.of("confirmacion", "aprobacion", "ejecucion").contains(step)) {
            throw new NotFoundException("step");
        }
        try {
            switch (step) {
                case "confirmacion" -> disposals.confirm(slug, number, confirmedBy, Texts.dayOrNull(date));
                case "aprobacion" -> {
                    if (!policy.allowedNow(slug).may(ArchivesAction.APPROVE_INSTRUMENTS)) {
                        throw new AccessDeniedException("área coordinadora only");
                    }
                    disposals.approve(slug, number, dictamen, act, Texts.dayOrNull(date), members);
                }
                default -> redirect.addFlashAttribute("held", disposals.execute(slug, number).held());
            }
            redirect.addFlashAttribute("stepDone", step);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("movementProblems", e.problems());
        }
        return "redirect:/archivos/" + slug + "/bajas/" + number;
    }

    @PostMapping("/archivos/{slug}/expedientes/{id}/retenciones")
    String hold(@PathVariable String slug, @PathVariable long id, @RequestParam(name = "tipo", required = false)
            String kind, @RequestParam(name = "motivo", required = false) String reason,
            RedirectAttributes redirect) {
        keeper(slug);
        HoldKind k = kind == null ? null : switch (kind) {
            case "litigio" -> HoldKind.LITIGATION;
            case "auditoria" -> HoldKind.AUDIT;
            case "solicitud" -> HoldKind.ACCESS_REQUEST;
            case "recurso" -> HoldKind.APPEAL;
            default -> null;
        };
        try {
            holds.place(slug, id, k, reason);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("holdProblems", e.problems());
        }
        return "redirect:/archivos/" + slug + "/expedientes/" + id + "#retenciones";
    }

    @PostMapping("/archivos/{slug}/retenciones/{holdId}/levantamiento")
    String lift(@PathVariable String slug, @PathVariable long holdId,
            @RequestParam(name = "expediente", required = false) Long fileId) {
        keeper(slug);
        holds.lift(slug, holdId);
        return fileId == null ? "redirect:/archivos/" + slug + "/gestion"
                : "redirect:/archivos/" + slug + "/expedientes/" + fileId + "#retenciones";
    }

    @PostMapping("/archivos/{slug}/expedientes/{id}/prestamo")
    String lend(@PathVariable String slug, @PathVariable long id,
            @RequestParam(name = "unidad", required = false) String borrower,
            @RequestParam(name = "vence", required = false) String due,
            @RequestParam(name = "devuelto", required = false) String returned, RedirectAttributes redirect) {
        keeper(slug);
        try {
            if (returned != null) {
                transfers.returned(slug, id);
            } else {
                transfers.lend(slug, id, borrower, Texts.dayOrNull(due));
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("loanProblems", e.problems());
        }
        return "redirect:/archivos/" + slug + "/expedientes/" + id + "#prestamos";
    }

    /** A transfer with its inventory (or a part of it whose first file is at {@code first}) for JSON. */
    static java.util.Map<String, Object> json(Transfer transfer, List<CaseFile> files, int first) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("institution", transfer.getInstitutionSlug());
        body.put("kind", transfer.getKind().name().toLowerCase());
        body.put("number", transfer.getNumber());
        body.put("sentOn", transfer.getProposedOn().toString());
        body.put("acceptedOn", transfer.getAcceptedOn() == null ? null : transfer.getAcceptedOn().toString());
        body.put("location", transfer.getLocation());
        body.put("files", json(files, first));
        return body;
    }

    /** A disposal with its inventory (or a part of it whose first file is at {@code first}) for JSON. */
    static java.util.Map<String, Object> json(Disposal disposal, List<CaseFile> files, int first) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("institution", disposal.getInstitutionSlug());
        body.put("number", disposal.getNumber());
        body.put("status", disposal.getStatus().name().toLowerCase());
        body.put("proposedOn", disposal.getProposedOn().toString());
        body.put("dictamen", disposal.getDictamen());
        body.put("act", disposal.getActNumber());
        body.put("approvedOn", disposal.getApprovedOn() == null ? null : disposal.getApprovedOn().toString());
        body.put("members", disposal.getMemberList());
        body.put("groupSession", disposal.getSessionId() == null ? null
                : "/archivos/" + disposal.getInstitutionSlug() + "/grupo#sesion-" + disposal.getSessionId());
        body.put("executedOn", disposal.getExecutedOn() == null ? null : disposal.getExecutedOn().toString());
        body.put("files", json(files, first));
        return body;
    }

    /** An inventory for JSON: a withheld title (reserved or confidential file) is null. */
    private static List<java.util.Map<String, Object>> json(List<CaseFile> files, int first) {
        List<java.util.Map<String, Object>> list = new ArrayList<>();
        int n = first;
        for (CaseFile f : files) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("position", n++);
            m.put("reference", f.getReference());
            m.put("series", f.getSeriesCode());
            m.put("title", f.isTitlePublic() ? f.getTitle() : null);
            m.put("openedOn", f.getOpenedOn().toString());
            m.put("closedOn", f.getClosedOn() == null ? null : f.getClosedOn().toString());
            m.put("documents", f.getDocumentCount());
            m.put("location", f.getLocation());
            list.add(m);
        }
        return list;
    }

    private List<List<?>> rows(List<CaseFile> files) {
        List<List<?>> rows = new ArrayList<>();
        int n = 1;
        for (CaseFile f : files) {
            rows.add(List.of(n++, f.getReference(), f.getSeriesCode(),
                    f.isTitlePublic() ? f.getTitle() : words("archives.file.withheld"), f.getOpenedOn().toString(),
                    f.getClosedOn() == null ? "" : f.getClosedOn().toString(), f.getDocumentCount(),
                    f.getLocation() == null ? "" : f.getLocation()));
        }
        return rows;
    }

    private ResponseEntity<byte[]> pdf(String title, String institution, List<CaseFile> files) {
        Locale es = Today.LOCALE;
        StringBuilder html = new StringBuilder("<h1>").append(HtmlPdf.escape(title)).append("</h1><p>")
                .append(HtmlPdf.escape(institution)).append("</p><table><tr>");
        for (String c : INVENTORY) {
            html.append("<th>").append(HtmlPdf.escape(messages.getMessage("csv." + c, null, es))).append("</th>");
        }
        html.append("</tr>");
        for (List<?> row : rows(files)) {
            html.append("<tr>");
            for (Object cell : row) {
                html.append("<td>").append(HtmlPdf.escape(String.valueOf(cell))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(HtmlPdf.render(html.toString(), title));
    }

    private String words(String key, Object... args) {
        return messages.getMessage(key, args, Today.LOCALE);
    }

    private void keeper(String slug) {
        directory.institution(slug);
        if (!policy.allowedNow(slug).may(ArchivesAction.KEEP_FILES)) {
            throw new AccessDeniedException("archivists only");
        }
    }
}
