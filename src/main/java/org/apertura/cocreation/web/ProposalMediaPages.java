package org.apertura.cocreation.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.cocreation.Call;
import org.apertura.cocreation.CocreationService;
import org.apertura.cocreation.Proposal;
import org.apertura.cocreation.ProposalFile;
import org.apertura.cocreation.ProposalMedia;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.media.PointMap;
import org.apertura.platform.storage.FileSizes;
import org.apertura.platform.media.Attachments;
import org.apertura.platform.web.FlashOutcome;
import org.apertura.platform.web.MediaForms;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A proposal's pictures, documents and point on the map (docs/adr/0080): its author's forms on the proposal's page,
 * the files served (pictures inline, documents as downloads, both {@code nosniff}), and the map of a call's
 * geolocated proposals — a self-contained SVG beside the list that carries the same facts, and GeoJSON.
 */
@Controller
class ProposalMediaPages {

    private final ProposalMedia media;
    private final CocreationService service;
    private final FlashOutcome outcome;
    private final MessageSource messages;

    ProposalMediaPages(ProposalMedia media, CocreationService service, FlashOutcome outcome, MessageSource messages) {
        this.media = media;
        this.service = service;
        this.outcome = outcome;
        this.messages = messages;
    }

    /** The proposal page's point form, whose problems link to its field ({@code point-latitude}). */
    static final FlashOutcome.Form POINT_FORM = FlashOutcome.Form.of("point", "latitude");

    @PostMapping("/propuestas/{id}/imagenes")
    String addImage(@PathVariable Long id, @RequestParam(required = false) MultipartFile image,
            @RequestParam(required = false) String imageAlt, Locale locale, RedirectAttributes redirect)
            throws IOException {
        Attachments.Upload upload = MediaForms.upload(image, imageAlt);
        outcome.run(redirect, locale, MediaForms.IMAGE_FORM, "cocreation.media.imageAdded", () -> media.addImage(id, upload));
        return "redirect:/propuestas/" + id + "#archivos";
    }

    @PostMapping("/propuestas/{id}/documentos")
    String addDocument(@PathVariable Long id, @RequestParam(required = false) MultipartFile document,
            @RequestParam(required = false) String documentTitle, Locale locale, RedirectAttributes redirect)
            throws IOException {
        Attachments.Upload upload = MediaForms.upload(document, documentTitle);
        outcome.run(redirect, locale, MediaForms.DOCUMENT_FORM, "cocreation.media.documentAdded",
                () -> media.addDocument(id, upload));
        return "redirect:/propuestas/" + id + "#archivos";
    }

    @PostMapping("/propuestas/{id}/archivos/{file}/quitar")
    String remove(@PathVariable Long id, @PathVariable Long file, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, "cocreation.media.removed", () -> media.remove(id, file));
        return "redirect:/propuestas/" + id + "#archivos";
    }

    @PostMapping("/propuestas/{id}/ubicacion")
    String locate(@PathVariable Long id, @RequestParam(required = false) String latitude,
            @RequestParam(required = false) String longitude, Locale locale, RedirectAttributes redirect) {
        outcome.run(redirect, locale, POINT_FORM, "cocreation.media.located",
                () -> media.locate(id, number(latitude), number(longitude)));
        return "redirect:/propuestas/" + id + "#ubicacion";
    }

    /** A typed coordinate: blank is none; anything but a decimal number is the point's problem. */
    private static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("latitude", "media.validation.point");
        }
    }

    @GetMapping("/propuestas/{id}/archivos/{file}")
    ResponseEntity<byte[]> file(@PathVariable Long id, @PathVariable Long file) {
        Attachments.Served<ProposalFile> served = media.served(id, file)
                .orElseThrow(() -> new NotFoundException("file " + file + " of proposal " + id));
        ProposalFile f = served.file();
        return MediaForms.served(f.getContentType(), f.isImage(), "propuesta-" + id + "-documento-" + f.getId() + ".pdf",
                served.content());
    }

    // ---- the map of a call's proposals

    @GetMapping("/convocatorias/{slug}/mapa")
    String map(@PathVariable String slug, Model model, Locale locale) {
        Call call = service.call(slug);
        List<Proposal> proposals = service.proposals(call);
        List<PointMap.Placed<Proposal>> placed = PointMap.place(proposals, Proposal::getLatitude,
                Proposal::getLongitude);
        model.addAttribute("call", call);
        model.addAttribute("exercise", service.exerciseOf(call));
        model.addAttribute("proposals", proposals);
        model.addAttribute("placed", placed.size());
        model.addAttribute("mapSvg", PointMap.svg(placed.stream().map(p -> mark(p, locale)).toList()));
        model.addAttribute("mapWidth", PointMap.WIDTH);
        model.addAttribute("mapHeight", PointMap.HEIGHT);
        return "cocreation/map";
    }

    private PointMap.Mark mark(PointMap.Placed<Proposal> placed, Locale locale) {
        Proposal p = placed.item();
        String state = messages.getMessage("cocreation.disposition." + p.getDisposition(), null, locale);
        PointMap.Shape shape = p.getDisposition() == null ? PointMap.Shape.SQUARE
                : switch (p.getDisposition()) {
                    case INCORPORATED, PARTIALLY_INCORPORATED -> PointMap.Shape.CIRCLE;
                    case NOT_INCORPORATED -> PointMap.Shape.CROSS;
                };
        return new PointMap.Mark(placed.x(), placed.y(), "/propuestas/" + p.getId(),
                p.getNumber() + ". " + p.getTitle() + " — " + state, String.valueOf(p.getNumber()), shape);
    }

    /** The call's geolocated proposals as a GeoJSON FeatureCollection (the same facts as the page's list). */
    @GetMapping(path = "/convocatorias/{slug}/mapa.geojson", produces = "application/geo+json")
    @ResponseBody
    Map<String, Object> mapData(@PathVariable String slug) {
        Call call = service.call(slug);
        List<Map<String, Object>> features = new ArrayList<>();
        for (Proposal p : service.proposals(call)) {
            if (p.getLatitude() == null || p.getLongitude() == null) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("number", p.getNumber());
            properties.put("title", p.getTitle());
            properties.put("disposition", p.getDisposition() == null ? null : p.getDisposition().name());
            properties.put("url", "/propuestas/" + p.getId());
            features.add(Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates",
                    List.of(p.getLongitude(), p.getLatitude())), "properties", properties));
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }
}
