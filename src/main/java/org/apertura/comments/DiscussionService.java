package org.apertura.comments;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.comments.CommentSubject;
import org.apertura.platform.comments.CommentSubjects;
import org.apertura.platform.people.PublicProfiles;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.time.Today;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comment engine (ADR 0067): people signed in comment on a subject and reply to any comment, vote comments up or
 * down (one vote each, changeable), flag them; the subject's moderators hide one with a public reason or restore it.
 * Whether the subject takes comments, whose comments are official and who moderates is the owning module's answer
 * ({@link CommentSubjects}). The ledger gets, under the subject, each comment's number (and the one it answers, and
 * whether it is official) and each moderation with its reason — never a comment's text nor who wrote, voted or flagged.
 */
@Service
@Transactional(readOnly = true)
public class DiscussionService {

    static final String MODULE = "comments";
    /** The public name of an author who chose no nickname. */
    static final String NO_NICKNAME = "Participante";

    private final ObjectProvider<CommentSubjects> subjects;
    private final ObjectProvider<PublicProfiles> profiles;
    private final DiscussionCommentRepository comments;
    private final DiscussionPolicy policy;
    private final LedgerService ledger;
    private final JdbcClient jdbc;
    private final Today today;

    DiscussionService(ObjectProvider<CommentSubjects> subjects, ObjectProvider<PublicProfiles> profiles,
            DiscussionCommentRepository comments, DiscussionPolicy policy, LedgerService ledger, JdbcClient jdbc,
            Today today) {
        this.subjects = subjects;
        this.profiles = profiles;
        this.comments = comments;
        this.policy = policy;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Whether some module describes subjects of this kind. */
    public boolean takesComments(String kind) {
        return subjects.orderedStream().anyMatch(s -> s.kinds().contains(kind));
    }

    /** The subject as its module describes it for the person signed in, if it takes comments. */
    public Optional<CommentSubject> find(String kind, String id) {
        if (kind == null || id == null) {
            return Optional.empty();
        }
        return subjects.orderedStream().filter(s -> s.kinds().contains(kind)).findFirst()
                .flatMap(s -> s.find(kind, id));
    }

    CommentSubject subject(String kind, String id) {
        return find(kind, id).orElseThrow(() -> new NotFoundException(kind + " " + id));
    }

    /** A reply as a thread shows it: the comment, and the author of the reply it answers (null: the thread's first). */
    public record Reply(DiscussionComment comment, String answers) {
    }

    /** A comment and every reply under it, at any depth, oldest first (shown two levels deep). */
    public record Thread(DiscussionComment comment, List<Reply> replies) {
    }

    /** The threads of a subject, oldest first: hidden comments stay in place (their replies too), without their text. */
    public List<Thread> threads(CommentSubject subject) {
        List<DiscussionComment> posted = comments.findBySubjectKindAndSubjectIdOrderByPostedAtAscIdAsc(subject.kind(),
                subject.id());
        Map<Long, String> names = names(posted);
        Map<Long, DiscussionComment> byId = new HashMap<>();
        posted.forEach(c -> byId.put(c.getId(), c));
        Map<Long, Thread> threads = new LinkedHashMap<>();
        for (DiscussionComment c : posted) {
            if (!c.isReply()) {
                threads.put(c.getId(), new Thread(c, new ArrayList<>()));
                continue;
            }
            Thread thread = threads.get(c.threadId());
            if (thread != null) {
                DiscussionComment parent = byId.get(c.getParentId());
                thread.replies().add(new Reply(c, parent == null || !parent.isReply() ? null
                        : names.get(parent.getAuthorAccountId())));
            }
        }
        return List.copyOf(threads.values());
    }

    /** The public name of each author of these comments: the nickname they chose, or «Participante». */
    public Map<Long, String> names(List<DiscussionComment> posted) {
        Set<Long> authors = new TreeSet<>();
        posted.forEach(c -> authors.add(c.getAuthorAccountId()));
        Map<Long, String> paths = profiles.getIfAvailable(() -> id -> Optional.empty()).pathsOf(authors);
        Map<Long, String> names = new HashMap<>();
        authors.forEach(a -> names.put(a, Optional.ofNullable(paths.get(a))
                .map(p -> p.substring(p.lastIndexOf('/') + 1)).orElse(NO_NICKNAME)));
        return names;
    }

    /** The address of each author's public profile, for those who chose a nickname. */
    public Map<Long, String> profilePaths(List<DiscussionComment> posted) {
        return profiles.getIfAvailable(() -> id -> Optional.empty())
                .pathsOf(posted.stream().map(DiscussionComment::getAuthorAccountId).toList());
    }

    /** What the person signed in may do on the subject. */
    public Allowed<DiscussionAction> allowedOn(CommentSubject subject) {
        return policy.on(subject, me().orElse(null));
    }

    /** What the person signed in may do with one comment of the subject. */
    public Allowed<DiscussionAction> allowedOn(CommentSubject subject, DiscussionComment comment) {
        return policy.on(subject, comment, me().orElse(null));
    }

    /**
     * The person signed in comments on the subject, or replies to one of its comments: refused, with nothing kept, when
     * the subject takes no comments now, the text is empty or too long, or the comment answered is hidden. Marked
     * official when the subject's module says the person answers for it.
     */
    @Transactional
    public DiscussionComment post(String kind, String id, Long replyTo, String body) {
        Long me = me().orElseThrow(() -> new AccessDeniedException("sign in to comment"));
        CommentSubject subject = subject(kind, id);
        List<FieldProblem> problems = new ArrayList<>();
        if (!subject.isOpen()) {
            problems.add(new FieldProblem("body", subject.closedKey()));
        }
        DiscussionComment parent = replyTo == null ? null : comment(subject, replyTo);
        if (parent != null && parent.isHidden()) {
            problems.add(new FieldProblem("replyTo", "discussion.error.replyHidden"));
        }
        DiscussionComment.textRefused(body).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        policy.on(subject, me).require(DiscussionAction.COMMENT);
        DiscussionComment comment = comments.save(new DiscussionComment(subject.kind(), subject.id(), parent, me,
                subject.official(), body, today.now()));
        Map<String, Object> record = record(comment);
        if (parent != null) {
            record.put("replyTo", parent.getId());
        }
        if (comment.isOfficial()) {
            record.put("official", true);
        }
        ledger.append(MODULE, "discussion.posted", subject.kind(), subject.id(), record);
        return comment;
    }

    /**
     * The person signed in votes someone else's shown comment up ({@code 1}) or down ({@code -1}) while the subject
     * takes comments: one vote each, which they may change; the same vote twice is refused. Votes are private.
     */
    @Transactional
    public void vote(long commentId, int vote) {
        Long me = me().orElseThrow(() -> new AccessDeniedException("sign in to vote"));
        DiscussionComment comment = comment(commentId);
        CommentSubject subject = subject(comment.getSubjectKind(), comment.getSubjectId());
        List<FieldProblem> problems = new ArrayList<>();
        if (!subject.isOpen()) {
            problems.add(new FieldProblem("vote", subject.closedKey()));
        }
        if (vote != 1 && vote != -1) {
            problems.add(new FieldProblem("vote", "discussion.validation.vote"));
        }
        if (comment.isBy(me)) {
            problems.add(new FieldProblem("vote", "discussion.error.voteOwn"));
        }
        if (comment.isHidden()) {
            problems.add(new FieldProblem("vote", "discussion.error.hidden"));
        }
        Optional<Integer> had = jdbc.sql("SELECT vote FROM discussion_vote WHERE comment_id = ? AND account_id = ?")
                .params(comment.getId(), me).query(Integer.class).optional();
        if (had.isPresent() && had.get() == vote) {
            problems.add(new FieldProblem("vote", "discussion.error.votedAlready"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        policy.on(subject, comment, me).require(DiscussionAction.VOTE);
        Timestamp now = Timestamp.from(today.now());
        if (had.isPresent()) {
            jdbc.sql("UPDATE discussion_vote SET vote = ?, voted_at = ? WHERE comment_id = ? AND account_id = ?")
                    .params(vote, now, comment.getId(), me).update();
            return;
        }
        try {
            jdbc.sql("INSERT INTO discussion_vote (comment_id, account_id, vote, voted_at) VALUES (?, ?, ?, ?)")
                    .params(comment.getId(), me, vote, now).update();
        } catch (DataIntegrityViolationException doubleClick) {
            throw new InvalidInputException("vote", "discussion.error.votedAlready");
        }
    }

    /** A comment's votes: how many up and how many down (never who). */
    public record Score(long up, long down) {

        public static final Score NONE = new Score(0, 0);
    }

    /** The votes of a subject's comments, by comment (those with none are absent). */
    public Map<Long, Score> scores(CommentSubject subject) {
        Map<Long, Score> scores = new HashMap<>();
        jdbc.sql("SELECT v.comment_id, SUM(CASE WHEN v.vote > 0 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN v.vote < 0 THEN 1 ELSE 0 END) FROM discussion_vote v JOIN discussion_comment c "
                + "ON c.id = v.comment_id WHERE c.subject_kind = ? AND c.subject_id = ? GROUP BY v.comment_id")
                .params(subject.kind(), subject.id())
                .query(rs -> {
                    scores.put(rs.getLong(1), new Score(rs.getLong(2), rs.getLong(3)));
                });
        return scores;
    }

    /** The votes the person signed in gave on a subject's comments, by comment. */
    public Map<Long, Integer> myVotes(CommentSubject subject) {
        Map<Long, Integer> mine = new HashMap<>();
        me().ifPresent(me -> jdbc.sql("SELECT v.comment_id, v.vote FROM discussion_vote v JOIN discussion_comment c "
                + "ON c.id = v.comment_id WHERE c.subject_kind = ? AND c.subject_id = ? AND v.account_id = ?")
                .params(subject.kind(), subject.id(), me)
                .query(rs -> {
                    mine.put(rs.getLong(1), rs.getInt(2));
                }));
        return mine;
    }

    /** The person signed in flags someone else's shown comment for the moderators; flagging twice is one flag. */
    @Transactional
    public void flag(long commentId) {
        Long me = me().orElseThrow(() -> new AccessDeniedException("sign in to flag"));
        DiscussionComment comment = comment(commentId);
        CommentSubject subject = subject(comment.getSubjectKind(), comment.getSubjectId());
        if (comment.isBy(me)) {
            throw new InvalidInputException("flag", "discussion.error.flagOwn");
        }
        if (comment.isHidden()) {
            throw new InvalidInputException("flag", "discussion.error.hidden");
        }
        policy.on(subject, comment, me).require(DiscussionAction.FLAG);
        try {
            jdbc.sql("INSERT INTO discussion_flag (comment_id, account_id, flagged_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING").params(comment.getId(), me, Timestamp.from(today.now())).update();
        } catch (DataIntegrityViolationException raceOnH2) {
            // a double click: flagging twice is one flag
        }
    }

    /** How many people flagged each flagged comment of a subject (what its moderators see; never who). */
    public Map<Long, Long> flagCounts(CommentSubject subject) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT f.comment_id, COUNT(*) FROM discussion_flag f JOIN discussion_comment c ON c.id = f.comment_id "
                + "WHERE c.subject_kind = ? AND c.subject_id = ? GROUP BY f.comment_id")
                .params(subject.kind(), subject.id())
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** A moderator of the subject hides a comment with a public reason: from then on only the reason is shown. */
    @Transactional
    public DiscussionComment hide(long commentId, String reason) {
        me().orElseThrow(() -> new AccessDeniedException("sign in to moderate"));
        DiscussionComment comment = comment(commentId);
        CommentSubject subject = subject(comment.getSubjectKind(), comment.getSubjectId());
        if (!subject.moderates()) {
            throw new AccessDeniedException("not a moderator of " + subject.kind() + " " + subject.id());
        }
        comment.hideRefused(reason).ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        policy.on(subject, comment, me().orElse(null)).require(DiscussionAction.HIDE);
        comment.hide(PublicActor.current().map(PublicActor::displayName).orElse(null), reason, today.now());
        Map<String, Object> record = record(comment);
        record.put("reason", comment.getHiddenReason());
        ledger.append(MODULE, "discussion.hidden", subject.kind(), subject.id(), record);
        return comment;
    }

    /** A moderator of the subject shows a hidden comment again (a mistake, an appeal upheld); the ledger keeps both. */
    @Transactional
    public void restore(long commentId) {
        me().orElseThrow(() -> new AccessDeniedException("sign in to moderate"));
        DiscussionComment comment = comment(commentId);
        CommentSubject subject = subject(comment.getSubjectKind(), comment.getSubjectId());
        if (!subject.moderates()) {
            throw new AccessDeniedException("not a moderator of " + subject.kind() + " " + subject.id());
        }
        comment.restoreRefused().ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        policy.on(subject, comment, me().orElse(null)).require(DiscussionAction.RESTORE);
        comment.restore();
        ledger.append(MODULE, "discussion.restored", subject.kind(), subject.id(), record(comment));
    }

    /** Whether the person signed in moderates the subject of this comment. */
    boolean moderates(long commentId) {
        return comments.findById(commentId).flatMap(c -> find(c.getSubjectKind(), c.getSubjectId()))
                .map(CommentSubject::moderates).orElse(false);
    }

    /** A comment by its number, or a 404. */
    public DiscussionComment comment(long id) {
        return comments.findById(id).orElseThrow(() -> new NotFoundException("comment " + id));
    }

    private DiscussionComment comment(CommentSubject subject, long id) {
        return comments.findById(id).filter(c -> c.getSubjectKind().equals(subject.kind())
                && c.getSubjectId().equals(subject.id())).orElseThrow(() -> new NotFoundException("comment " + id));
    }

    private static Map<String, Object> record(DiscussionComment comment) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("comment", comment.getId());
        return record;
    }

    private static Optional<Long> me() {
        return PublicActor.current().map(PublicActor::accountId);
    }
}
