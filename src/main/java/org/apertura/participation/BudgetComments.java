package org.apertura.participation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apertura.platform.comments.PublicComments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A budget's comments as its open data publishes them (ADR 0027, 0039; kept by the comment engine since ADR 0067,
 * "Done"): every comment on its projects and every argument in its debates, with where it was posted, its side,
 * its votes; the author by the nickname they chose, «Participante» or the institution's name; a hidden comment without
 * its text, with the moderator's public reason.
 */
@Service
@Transactional(readOnly = true)
public class BudgetComments {

    private final ParticipationService service;
    private final DebateService debates;
    private final PublicComments comments;

    BudgetComments(ParticipationService service, DebateService debates, PublicComments comments) {
        this.service = service;
        this.debates = debates;
        this.comments = comments;
    }

    /**
     * A comment as published: on which project or debate (by number), the one it answers, its number before the move
     * onto the engine ({@code formerId}, null for newer ones).
     */
    public record Row(long id, Long formerId, Integer project, Integer debate, Long replyTo, String stance,
            boolean official, String author, Instant postedAt, String text, Instant hiddenAt, String hiddenReason,
            long votesUp, long votesDown) {

        static Row of(PublicComments.Shown c, Integer project, Integer debate) {
            return new Row(c.id(), c.legacyId(), project, debate, c.replyTo(), c.stance(), c.official(), c.author(),
                    c.postedAt(), c.text(), c.hiddenAt(), c.hiddenReason(), c.up(), c.down());
        }

        /**
         * A comment in a debate the moderation hid, listed as hidden too with the debate's reason: neither its text
         * nor its author shows while the debate's own page shows only its number and that reason.
         */
        static Row inHidden(PublicComments.Shown c, Debate debate) {
            return new Row(c.id(), c.legacyId(), null, debate.getNumber(), c.replyTo(), c.stance(), c.official(),
                    null, c.postedAt(), null, debate.getHiddenAt(), debate.getHiddenReason(), c.up(), c.down());
        }
    }

    /** Every comment of a process's projects and debates, in the order they were posted. */
    public List<Row> rows(BudgetProcess process) {
        List<Row> rows = new ArrayList<>();
        service.projects(process).forEach(p -> comments.of(ParticipationItems.PROJECT, p.getId().toString())
                .forEach(c -> rows.add(Row.of(c, p.getNumber(), null))));
        debates.of(process).forEach(d -> comments.of(ParticipationItems.DEBATE, d.getId().toString())
                .forEach(c -> rows.add(d.isHidden() ? Row.inHidden(c, d) : Row.of(c, null, d.getNumber()))));
        rows.sort(Comparator.comparing(Row::postedAt).thenComparingLong(Row::id));
        return rows;
    }

    /**
     * A debate as its process's list publishes it (ADR 0039): its topic and days, and how many arguments for and
     * against; a debate hidden by moderation gives only its number, days and public reason, no topic; the draft
     * commitment it gave rise to, by its id (ADR 0081: {@code /api/v1/commitments/{id}}) and in words, its code and
     * title (the CSV's columns), or none.
     */
    public record DebateRow(int number, String title, String description, java.time.LocalDate opensOn,
            java.time.LocalDate closesOn, long argumentsFor, long argumentsAgainst, long comments,
            String hiddenReason, Long commitment, String commitmentCode, String commitmentTitle) {
    }

    /** A process's debates as published, in their order. */
    public List<DebateRow> debates(BudgetProcess process) {
        return debates.of(process).stream().map(d -> {
            Sides sides = sides(d);
            var drafted = debates.drafted(d);
            return new DebateRow(d.getNumber(), d.isHidden() ? null : d.getTitle(),
                    d.isHidden() ? null : d.getDescription(), d.getOpensOn(), d.getClosesOn(), sides.argumentsFor(),
                    sides.argumentsAgainst(), sides.comments(), d.getHiddenReason(),
                    drafted.map(DebateService.Drafted::id).orElse(null),
                    drafted.map(DebateService.Drafted::code).orElse(null),
                    drafted.map(DebateService.Drafted::title).orElse(null));
        }).toList();
    }

    /** A debate's arguments in numbers: how many threads open for and against, and how many comments in all. */
    public record Sides(long argumentsFor, long argumentsAgainst, long comments) {
    }

    /** The sides of a debate (a hidden one has none shown). */
    public Sides sides(Debate debate) {
        List<PublicComments.Shown> all = comments.of(ParticipationItems.DEBATE, debate.getId().toString());
        return new Sides(ParticipationComments.arguments(all, "FOR"), ParticipationComments.arguments(all, "AGAINST"),
                all.size());
    }
}
