package org.apertura.feedback;

import java.util.List;
import java.util.Optional;
import org.apertura.platform.web.InstitutionSection;
import org.apertura.platform.web.Summary;
import org.springframework.stereotype.Component;

/** On an institution's page: what people said about the things it answers for, and how much it replied. */
@Component
class FeedbackByInstitution implements InstitutionSection {

    private final FeedbackService feedback;

    FeedbackByInstitution(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Summary> of(String institutionSlug) {
        List<Feedback> received = feedback.all(new FeedbackService.Filter(null, null, institutionSlug, null));
        if (received.isEmpty()) {
            return Optional.empty();
        }
        FeedbackFigures figures = FeedbackService.figures(received);
        return Optional.of(new Summary("institution.feedback.title",
                List.of(new Summary.Figure("institution.feedback.received", figures.received()),
                        new Summary.Figure("institution.feedback.useful", figures.useful()),
                        new Summary.Figure("institution.feedback.comments", figures.comments()),
                        new Summary.Figure("institution.feedback.answered", figures.answered())),
                List.of(), "/opiniones?institucion=" + institutionSlug, "institution.feedback.more"));
    }
}
