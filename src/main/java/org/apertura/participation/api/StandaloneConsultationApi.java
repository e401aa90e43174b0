package org.apertura.participation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.apertura.participation.ConsultationService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consultations that stand on their own (ADR 0054), read-only and public: each with its question, districts, days
 * and options, and the counts once published; the answers of each polling table with the results. Never who answered.
 */
@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "api.tag.participation", description = "api.tag.participation.description")
class StandaloneConsultationApi {

    private final ConsultationService consultations;

    StandaloneConsultationApi(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @GetMapping
    @Operation(summary = "api.op.participation.standaloneConsultations")
    List<ParticipationApi.ConsultationJson> consultations() {
        return consultations.standalone().stream().map(c -> ParticipationApi.json(consultations,
                consultations.held(ConsultationService.Ref.standalone(c.getSlug())))).toList();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "api.op.participation.standaloneConsultation")
    ParticipationApi.ConsultationJson consultation(@PathVariable String slug) {
        return ParticipationApi.json(consultations, consultations.held(ConsultationService.Ref.standalone(slug)));
    }

    @GetMapping("/{slug}/tables")
    @Operation(summary = "api.op.participation.standaloneConsultationTables")
    List<ParticipationApi.ConsultationTableJson> tables(@PathVariable String slug) {
        return ParticipationApi.tables(consultations, consultations.held(ConsultationService.Ref.standalone(slug)));
    }
}
