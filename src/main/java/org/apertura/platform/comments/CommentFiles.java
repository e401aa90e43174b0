package org.apertura.platform.comments;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One subject's comments as a public list (issue 21, "open by default"): the same columns in the CSV of every owning
 * module and the same JSON row, built from {@link PublicComments.Shown} — so a commitment's and a proposal's comments
 * download alike. Only what the subject's page shows: the author by the public name they chose, «Participante» or the
 * institution's name; a hidden comment without its text, with the moderator's public reason and never who hid it.
 */
public final class CommentFiles {

    /** The column keys ({@code csv.<key>} and {@code csv.<key>.desc} in the comments module's bundles). */
    public static final List<String> COLUMNS = List.of("discussion.file.id", "discussion.file.formerId",
            "discussion.file.replyTo", "discussion.file.official", "discussion.file.author",
            "discussion.file.postedAt", "discussion.file.text", "discussion.file.hiddenAt", "discussion.file.reason",
            "discussion.file.votesUp", "discussion.file.votesDown");

    private CommentFiles() {
    }

    /**
     * A comment as the JSON list publishes it; {@code formerId} is its number before comments moved onto the common
     * engine (null for newer ones).
     */
    public record Row(long id, Long formerId, Long replyTo, boolean official, String author, Instant postedAt,
            String text, Instant hiddenAt, String hiddenReason, long votesUp, long votesDown) {

        public static Row of(PublicComments.Shown c) {
            return new Row(c.id(), c.legacyId(), c.replyTo(), c.official(), c.author(), c.postedAt(), c.text(),
                    c.hiddenAt(), c.hiddenReason(), c.up(), c.down());
        }

        /** The row's cells in the order of {@link #COLUMNS}. */
        public List<?> cells() {
            return Arrays.asList(id, formerId, replyTo, official, author, postedAt, text, hiddenAt, hiddenReason,
                    votesUp, votesDown);
        }
    }

    /** The subject's comments as rows, oldest first. */
    public static List<Row> rows(List<PublicComments.Shown> shown) {
        return shown.stream().map(Row::of).toList();
    }

    /** The subject's comments as CSV cells, oldest first. */
    public static List<List<?>> cells(List<PublicComments.Shown> shown) {
        return shown.stream().<List<?>>map(c -> Row.of(c).cells()).toList();
    }
}
