package org.apertura.cocreation;

import java.util.List;
import java.util.Optional;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.HomeSection;
import org.apertura.platform.web.Summary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On the home page: the calls that take proposals or supports today, and until when. */
@Component
class OpenCalls implements HomeSection {

    private final CocreationService calls;
    private final MessageSource messages;
    private final Today today;

    OpenCalls(CocreationService calls, MessageSource messages, Today today) {
        this.calls = calls;
        this.messages = messages;
        this.today = today;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> now() {
        java.time.LocalDate day = today.date();
        List<Summary.Entry> open = calls.calls().stream()
                .filter(c -> c.stageOn(day) == Call.Stage.OPEN || c.stageOn(day) == Call.Stage.SUPPORTING)
                .map(c -> {
                    Call.Stage stage = c.stageOn(day);
                    java.time.LocalDate until = stage == Call.Stage.OPEN ? c.getSubmissionCloses() : c.getSupportCloses();
                    return new Summary.Entry(c.getTitle(), "/convocatorias/" + c.getSlug(),
                            messages.getMessage("home.now.until", new Object[] {
                                    messages.getMessage("cocreation.stage." + stage, null, LocaleContextHolder.getLocale()),
                                    today.date(until)}, LocaleContextHolder.getLocale()));
                }).toList();
        return open.isEmpty() ? Optional.empty()
                : Optional.of(new Summary("home.now.calls", List.of(), open, "/convocatorias", "home.now.calls.more"));
    }
}
