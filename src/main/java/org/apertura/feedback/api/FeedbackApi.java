package org.apertura.feedback.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apertura.feedback.Capacity;
import org.apertura.platform.intake.Channel;
import org.apertura.feedback.Feedback;
import org.apertura.feedback.FeedbackFigures;
import org.apertura.feedback.FeedbackService;
import org.apertura.feedback.FeedbackService.Filter;
import org.apertura.feedback.Registration;
import org.apertura.platform.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feedback for machines: the public fields of every piece of feedback and the figures, filtered; writes with
 * a personal token, through the same rules as the pages. Never the author's account, e-mail or contact.
 */
@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "api.tag.feedback", description = "api.tag.feedback.description")
class FeedbackApi {

    private final FeedbackService service;

    FeedbackApi(FeedbackService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "api.op.feedback.list")
    List<FeedbackView> list(@Parameter(description = "api.param.feedback.kind") @RequestParam(required = false) String kind,
            @Parameter(description = "api.param.feedback.id") @RequestParam(required = false) String id,
            @RequestParam(required = false) String institution, @RequestParam(required = false) Channel channel) {
        return service.all(filter(kind, id, institution, channel)).stream().map(FeedbackView::of).toList();
    }

    @GetMapping("/figures")
    @Operation(summary = "api.op.feedback.figures")
    FiguresReport figures(@RequestParam(required = false) String kind, @RequestParam(required = false) String id,
            @RequestParam(required = false) String institution, @RequestParam(required = false) Channel channel) {
        Filter filter = filter(kind, id, institution, channel);
        List<Feedback> list = service.all(filter);
        return new FiguresReport(filter, FiguresView.of(FeedbackService.figures(list)),
                groups(FeedbackService.groups(list, f -> f.getChannel().name(), false)),
                groups(FeedbackService.groups(list, Feedback::getInstitutionSlug, true)),
                groups(FeedbackService.groups(list, Feedback::getItemKind, true)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.feedback.give", security = @SecurityRequirement(name = "bearer"))
    FeedbackView give(@RequestBody NewFeedback body) {
        Feedback f = body.channel() == null || body.channel() == Channel.ONLINE
                ? service.give(body.kind(), body.id(), body.useful(), body.comment(), null)
                : service.register(body.kind(), body.id(), new Registration(body.channel(), body.receivedOn(),
                        body.place(), body.useful(), body.comment(), body.contact()));
        return FeedbackView.of(f);
    }

    @PostMapping("/{id}/reply")
    @Operation(summary = "api.op.feedback.reply", security = @SecurityRequirement(name = "bearer"))
    FeedbackView reply(@PathVariable Long id, @RequestBody NewReply body) {
        return FeedbackView.of(service.reply(id, body.text()));
    }

    private static Filter filter(String kind, String id, String institution, Channel channel) {
        return new Filter(Texts.blankToNull(kind), Texts.blankToNull(id), Texts.blankToNull(institution), channel);
    }

    private static List<GroupView> groups(List<FeedbackService.Group> groups) {
        return groups.stream().map(g -> new GroupView(g.key(), g.channel(), FiguresView.of(g.figures()))).toList();
    }

    record NewFeedback(String kind, String id, Channel channel, Boolean useful, String comment, LocalDate receivedOn,
            String place, String contact) {
    }

    record NewReply(String text) {
    }

    record FeedbackView(Long id, String itemKind, String itemId, String institution, Channel channel, boolean useful,
            Instant receivedAt, String comment, Instant commentedAt, String author, String registeredBy, String place,
            Reply reply, boolean awaitingReply) {

        static FeedbackView of(Feedback f) {
            return new FeedbackView(f.getId(), f.getItemKind(), f.getItemId(), f.getInstitutionSlug(), f.getChannel(),
                    f.isUseful(), f.getReceivedAt(), f.getComment(), f.getCommentedAt(), f.getAuthorName(),
                    f.getRegisteredBy(), f.getPlace(), f.getReply() == null ? null
                            : new Reply(f.getReply(), f.getRepliedAt(), f.getRepliedBy(), f.getRepliedAs()),
                    f.isAwaitingReply());
        }
    }

    record Reply(String text, Instant repliedAt, String repliedBy, Capacity repliedAs) {
    }

    record FiguresReport(Filter filter, FiguresView total, List<GroupView> byChannel, List<GroupView> byInstitution,
            List<GroupView> byKind) {
    }

    /** {@code key} is the channel, institution or kind; {@code channel} null means all channels. */
    record GroupView(String key, Channel channel, FiguresView figures) {
    }

    record FiguresView(long received, long useful, BigDecimal shareUsefulPercent, long comments, long answered,
            BigDecimal shareAnsweredPercent, long awaitingReply, BigDecimal medianHoursToAnswer,
            Long medianSecondsToAnswer) {

        static FiguresView of(FeedbackFigures f) {
            return new FiguresView(f.received(), f.useful(), f.shareUseful(), f.comments(), f.answered(),
                    f.shareAnswered(), f.awaitingReply(), f.medianHoursToAnswer(),
                    f.medianTimeToAnswer() == null ? null : f.medianTimeToAnswer().getSeconds());
        }
    }
}
