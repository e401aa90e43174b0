package org.apertura.contracting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apertura.contracting.ContractingReading;
import org.apertura.contracting.Indicator;
import org.apertura.contracting.StoredRedFlags;
import org.apertura.platform.web.CsvExport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The red flags of the stored processes: what each indicator measures, and every flag raised, as CSV too. */
@Controller
class RedFlagPages {

    static final List<String> COLUMNS = List.of("contracting.flagSubjectKind", "contracting.flagSubject",
            "contracting.flagSubjectName", "contracting.indicatorTitle",
            "contracting.flagValue", "contracting.buyer");

    private final ContractingReading reading;
    private final StoredRedFlags redFlags;
    private final ContractingWords words;
    private final CsvExport csv;

    RedFlagPages(ContractingReading reading, StoredRedFlags redFlags, ContractingWords words, CsvExport csv) {
        this.reading = reading;
        this.redFlags = redFlags;
        this.words = words;
        this.csv = csv;
    }

    @GetMapping("/contrataciones/alertas")
    String flags(Model model) {
        List<ContractingReading.Flag> flags = reading.flags(null, null, null, null);
        Map<Indicator, List<ContractingReading.Flag>> byIndicator = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            byIndicator.put(indicator, new ArrayList<>());
        }
        flags.forEach(f -> byIndicator.get(f.indicator()).add(f));
        model.addAttribute("byIndicator", byIndicator);
        model.addAttribute("names", reading.buyerNames());
        model.addAttribute("words", words);
        redFlags.lastRun().ifPresent(run -> model.addAttribute("flagRun", run));
        return "contracting/flags";
    }

    @GetMapping("/contrataciones/alertas.csv")
    ResponseEntity<byte[]> flagsCsv() {
        List<List<?>> rows = new ArrayList<>();
        ContractingWords inFile = words.in(csv.language());
        for (ContractingReading.Flag f : reading.flags(null, null, null, null)) {
            rows.add(Arrays.asList(inFile.flagSubject(f.subjectKind()), f.subjectId(), f.subjectName(),
                    inFile.flagTitle(f.indicator()), f.value(), f.buyer()));
        }
        return csv.download("alertas-contrataciones.csv", COLUMNS, rows);
    }
}
