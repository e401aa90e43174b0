package org.apertura.challenge;

import java.util.List;
import java.util.Optional;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.HomeSection;
import org.apertura.platform.web.Summary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On the home page: the challenges that take teams or submissions today. */
@Component
class ChallengesUnderway implements HomeSection {

    private final ChallengeService challenges;
    private final MessageSource messages;
    private final Today today;

    ChallengesUnderway(ChallengeService challenges, MessageSource messages, Today today) {
        this.challenges = challenges;
        this.messages = messages;
        this.today = today;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> now() {
        java.time.LocalDate day = today.date();
        List<Summary.Entry> underway = challenges.challenges().stream()
                .filter(c -> c.phaseOn(day) == ChallengePhase.REGISTRATION || c.phaseOn(day) == ChallengePhase.SUBMISSIONS)
                .map(c -> {
                    ChallengePhase phase = c.phaseOn(day);
                    java.time.LocalDate until = phase == ChallengePhase.REGISTRATION ? c.getRegistrationCloses()
                            : c.getSubmissionsClose();
                    return new Summary.Entry(c.getTitle(), "/retos/" + c.getSlug(),
                            messages.getMessage("home.now.until", new Object[] {
                                    messages.getMessage("challenge.phase." + phase, null, LocaleContextHolder.getLocale()),
                                    today.date(until)}, LocaleContextHolder.getLocale()));
                }).toList();
        return underway.isEmpty() ? Optional.empty()
                : Optional.of(new Summary("home.now.challenges", List.of(), underway, "/retos", "home.now.challenges.more"));
    }
}
