package org.apertura.ledger.web;

import org.apertura.platform.time.Today;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/** The public history page: every public change, newest first, with the chain's verification. */
@Controller
class LedgerPages implements PublicDataset.Source, SitemapSource {

    static final List<String> COLUMNS = List.of("seq", "recorded_at", "module", "type", "subject_kind", "subject_id",
            "payload", "prev_hash", "hash");

    private static final int PAGE_SIZE = 50;

    private final LedgerService ledger;
    private final ObjectMapper json;

    private final CsvExport csv;
    private final Today today;

    LedgerPages(LedgerService ledger, ObjectMapper json, CsvExport csv, Today today) {
        this.today = today;
        this.ledger = ledger;
        this.json = json;
        this.csv = csv;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(new PublicDataset("history", "/historial.csv", "/api/v1/ledger", COLUMNS));
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        return List.of("/historial").stream().limit(limit).toList();
    }

    @GetMapping("/historial")
    String history(@RequestParam(name = "tipo", required = false) String kind,
            @RequestParam(name = "id", required = false) String id,
            @RequestParam(name = "pagina", defaultValue = "1") long page, Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        Page<LedgerEntry> entries = org.apertura.platform.web.Paging.orLast(
                org.apertura.platform.web.Paging.index(page - 1),
                index -> ledger.newestFirst(kind, id, index, PAGE_SIZE), model);
        model.addAttribute("entries", entries.getContent().stream().map(this::row).toList());
        model.addAttribute("page", entries);
        model.addAttribute("pagerBase", org.apertura.platform.web.Paging.base(request));
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("verification", ledger.verifyRecent());
        return "ledger/history";
    }

    @GetMapping("/historial.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "tipo", required = false) String kind,
            @RequestParam(name = "id", required = false) String id) {
        List<LedgerEntry> entries = ledger.newestFirst(kind, id, 0, 10_000).getContent();
        List<List<?>> rows = entries.stream()
                .<List<?>>map(e -> List.of(e.getSeq(), e.getRecordedAt().toString(), e.getModule(), e.getType(),
                        e.getSubjectKind(), e.getSubjectId(), e.getPayload(), e.getPrevHash(), e.getHash()))
                .toList();
        // entries never change and a new one is newer: the download's last change is its newest entry's
        return org.apertura.platform.web.HttpCaching.lastModified(csv.download("historial.csv", COLUMNS, rows),
                entries.isEmpty() ? null : entries.get(0).getRecordedAt(), today.now());
    }

    private Row row(LedgerEntry e) {
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = json.readValue(e.getPayload(), Map.class);
        return new Row(e.getSeq(), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(e.getRecordedAt().atZone(Today.ZONE)),
                e.getRecordedAt().toString(), e.getModule(), e.getType(), e.getSubjectKind(), e.getSubjectId(), payload,
                e.getHash());
    }

    /** One line of the history as shown to people. */
    public record Row(long seq, String localTime, String isoTime, String module, String type, String subjectKind,
            String subjectId, Map<String, Object> payload, String hash) {

        private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        public String shortHash() {
            return hash.substring(0, 12);
        }

        /** What the change was about, in words: the record's title when it has one (a dataset's), else its name. */
        public String summary() {
            Object title = payload.get("title");
            if (title instanceof String t && !t.isBlank()) {
                return t;
            }
            Object name = payload.get("name");
            return name == null ? null : name.toString();
        }

        /**
         * The subject's identifier as a reader may read it (a folio, a number), or null for a machine identifier (a
         * UUID), which the link's title keeps for whoever needs it.
         */
        public String subjectShown() {
            return subjectId == null || UUID.matcher(subjectId).matches() ? null : subjectId;
        }
    }
}
