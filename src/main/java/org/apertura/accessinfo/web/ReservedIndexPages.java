package org.apertura.accessinfo.web;

import java.util.Arrays;
import java.util.List;
import org.apertura.accessinfo.AccessRequestService;
import org.apertura.accessinfo.ReservedIndex;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;
import org.apertura.platform.web.CsvExport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The half-yearly index of files classified as reserved (LGTAIP 2025 art. 105), public, with its CSV; the JSON is the
 * API's ({@code /api/v1/requests/reserved-index}). A half-year is chosen as {@code ?semestre=2026-2}; without one, the
 * current half-year. Never who asked.
 */
@Controller
class ReservedIndexPages {

    static final List<String> COLUMNS = List.of("accessinfo.reserved.institution", "accessinfo.reserved.folio",
            "accessinfo.reserved.area", "accessinfo.reserved.document", "accessinfo.reserved.scope",
            "accessinfo.reserved.ground", "accessinfo.reserved.grounds", "accessinfo.reserved.years",
            "accessinfo.reserved.from", "accessinfo.reserved.until", "accessinfo.reserved.extensionYears",
            "accessinfo.reserved.legend");

    private final AccessRequestService service;
    private final CsvExport csv;

    ReservedIndexPages(AccessRequestService service, CsvExport csv) {
        this.service = service;
        this.csv = csv;
    }

    /** The half-year asked for, or the current one; a text that is not one is refused, naming the field. */
    static ReservedIndex.HalfYear halfYear(String text, java.time.LocalDate today, String field) {
        if (Texts.isBlank(text)) {
            return ReservedIndex.HalfYear.of(today);
        }
        return ReservedIndex.HalfYear.parse(text)
                .orElseThrow(() -> new InvalidInputException(field, "accessinfo.validation.halfYear"));
    }

    @GetMapping("/solicitudes/reservados")
    String index(@RequestParam(name = "semestre", required = false) String half, Model model) {
        ReservedIndex.HalfYear chosen;
        try {
            chosen = halfYear(half, service.today(), "semestre");
        } catch (InvalidInputException e) {
            model.addAttribute("badHalfYear", true);
            chosen = ReservedIndex.HalfYear.of(service.today());
        }
        model.addAttribute("half", chosen);
        model.addAttribute("previous", chosen.previous());
        model.addAttribute("rows", service.reservedIndex(chosen));
        return "accessinfo/reserved-index";
    }

    @GetMapping("/solicitudes/reservados.csv")
    ResponseEntity<byte[]> indexCsv(@RequestParam(name = "semestre", required = false) String half) {
        ReservedIndex.HalfYear chosen = halfYear(half, service.today(), "semestre");
        List<List<?>> rows = service.reservedIndex(chosen).stream().<List<?>>map(r -> Arrays.asList(r.institution(),
                r.folio(), r.area(), r.document(), r.scope(), r.ground(), r.grounds(), r.years(), r.from(), r.until(),
                r.extensionYears(), r.legend())).toList();
        return csv.download("indice-reservados-" + chosen + ".csv", COLUMNS, rows);
    }
}
