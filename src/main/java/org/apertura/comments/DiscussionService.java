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
import org.apertura.platform.Hashing;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.comments.CommentLedger;
import org.apertura.platform.comments.CommentSubject;
import org.apertura.platform.comments.CommentSubjects;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.AuditAction;
import org.apertura.platform.security.AuditTrail;
import org.apertura.platform.people.PublicProfiles;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.PersonRateLimits;
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
    /** How many comments one person may post in an hour, on every subject (a flood is refused, not queued). */
    static final int PER_HOUR = 10;
    /** The longest reason a person gives when flagging a comment. */
    public static final int MAX_FLAG_REASON = 500;
    /** How many of the latest flag reasons the moderation queue shows for a comment. */
    static final int REASONS_SHOWN = 5;

    private final ObjectProvider<CommentSubjects> subjects;
    private final ObjectProvider<PublicProfiles> profiles;
    private final DiscussionCommentRepository comments;
    private final DiscussionPolicy policy;
    private final LedgerService ledger;
    private final JdbcClient jdbc;
    private final Today today;
    private final AuditTrail audit;
    private final PersonRateLimits limits;
    private final DiscussionPageChanges pageChanges;

    DiscussionService(ObjectProvider<CommentSubjects> subjects, ObjectProvider<PublicProfiles> profiles,
            DiscussionCommentRepository comments, DiscussionPolicy policy, LedgerService ledger, JdbcClient jdbc,
            Today today, AuditTrail audit, PersonRateLimits limits, DiscussionPageChanges pageChanges) {
        this.pageChanges = pageChanges;
        this.audit = audit;
        this.limits = limits;
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

    /**
     * The subject whose comment an entry of a module's kept ledger types names when the entry is written under
     * something else (a budget's process): asked of every module that describes subjects.
     */
    public Optional<CommentSubject> ofEntry(String subjectKind, String subjectId, Map<String, Object> record) {
        return subjects.orderedStream().map(s -> s.ofEntry(subjectKind, subjectId, record)).flatMap(Optional::stream)
                .findFirst();
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

    /** Every comment of a subject, oldest first (hidden ones too: pages and files show them by their reason). */
    public List<DiscussionComment> posted(CommentSubject subject) {
        return comments.findBySubjectKindAndSubjectIdOrderByPostedAtAscIdAsc(subject.kind(), subject.id());
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
                        : shownName(parent, names)));
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

    /** The name a comment is shown under: the institution's on an official comment that names one, else the author's. */
    public static String shownName(DiscussionComment comment, Map<Long, String> names) {
        return comment.byline(names.getOrDefault(comment.getAuthorAccountId(), NO_NICKNAME));
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
        return post(kind, id, replyTo, null, body);
    }

    /**
     * As {@link #post(String, String, Long, String)}; on a subject whose comments take sides, a thread's first comment
     * may stand for ({@code FOR}) or against ({@code AGAINST}), or neither (null or blank); a reply takes no side. On a
     * subject with a per-minute limit, a person's comments past it in a minute are refused too, nothing kept.
     */
    @Transactional
    public DiscussionComment post(String kind, String id, Long replyTo, String stance, String body) {
        Long me = me().orElseThrow(() -> new AccessDeniedException("sign in to comment"));
        CommentSubject subject = subject(kind, id);
        List<FieldProblem> problems = new ArrayList<>();
        if (!subject.isOpen()) {
            problems.add(new FieldProblem("body", subject.closedKey(), subject.closedArgs().toArray()));
        }
        String side = stance == null || stance.isBlank() || replyTo != null ? null : stance.strip();
        if (side != null && (!subject.stances() || !CommentSubject.STANCES.contains(side))) {
            problems.add(new FieldProblem("stance", "discussion.validation.stance"));
        }
        DiscussionComment parent = replyTo == null ? null : comment(subject, replyTo);
        if (parent != null && parent.isHidden()) {
            problems.add(new FieldProblem("replyTo", "discussion.error.replyHidden"));
        }
        DiscussionComment.textRefused(body).ifPresent(problems::add);
        if (problems.isEmpty() && postedSince(me, today.now().minus(java.time.Duration.ofHours(1))) >= PER_HOUR) {
            problems.add(new FieldProblem("body", "discussion.error.rate", PER_HOUR));
        }
        if (problems.isEmpty() && subject.perMinute() > 0
                && !limits.tryHit("discussion." + subject.kind(), me, subject.perMinute())) {
            problems.add(new FieldProblem("body", "discussion.error.minuteRate", subject.perMinute()));
        }
        InvalidInputException.throwIfAny(problems);
        policy.on(subject, me).require(DiscussionAction.COMMENT);
        DiscussionComment comment = comments.save(new DiscussionComment(subject.kind(), subject.id(), parent, me,
                subject.official(), subject.officialName(), side, body, today.now()));
        Map<String, Object> record = new LinkedHashMap<>();
        if (parent != null) {
            record.put("replyTo", parent.getId());
        }
        if (comment.getStance() != null) {
            record.put("stance", comment.getStance());
        }
        if (comment.isOfficial()) {
            record.put("official", true);
        }
        if (subject.ledger() != null && subject.ledger().detailed()) {
            record.put("author", shownName(comment, names(List.of(comment))));
            record.put("textSha256", Hashing.sha256Hex(comment.publicBody().orElseThrow()));
        }
        write(subject, "posted", comment, record);
        return comment;
    }

    /** How many comments this person posted, on any subject, after this instant. */
    private long postedSince(Long accountId, java.time.Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM discussion_comment WHERE author_account_id = ? AND posted_at > ?")
                .params(accountId, Timestamp.from(since)).query(Long.class).single();
    }

    /**
     * Writes a public change of a comment to the ledger: the engine's {@code discussion.*} entry under the subject, or
     * the entry type and subject its owning module keeps ({@link CommentLedger}), so its history reads the same.
     */
    private void write(CommentSubject subject, String change, DiscussionComment comment, Map<String, Object> details) {
        CommentLedger kept = subject.ledger();
        Map<String, Object> record = new LinkedHashMap<>();
        if (kept != null) {
            record.putAll(kept.context());
        }
        record.put("comment", comment.getId());
        record.putAll(details);
        if (kept == null) {
            ledger.append(MODULE, "discussion." + change, subject.kind(), subject.id(), record);
        } else {
            ledger.append(kept.module(), kept.type(change), kept.subjectKind(), kept.subjectId(), record);
        }
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
            problems.add(new FieldProblem("vote", subject.closedKey(), subject.closedArgs().toArray()));
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
        InvalidInputException.throwIfAny(problems);
        policy.on(subject, comment, me).require(DiscussionAction.VOTE);
        Timestamp now = Timestamp.from(today.now());
        pageChanges.voted();
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

    /** The person signed in flags someone else's shown comment for the moderators, once. */
    @Transactional
    public void flag(long commentId) {
        flag(commentId, null);
    }

    /**
     * The person signed in flags someone else's shown comment for the moderators, once, saying why if they wish (at
     * most {@link #MAX_FLAG_REASON} characters; the moderators read it, never who gave it).
     */
    @Transactional
    public void flag(long commentId, String reason) {
        Long me = me().orElseThrow(() -> new AccessDeniedException("sign in to flag"));
        DiscussionComment comment = comment(commentId);
        CommentSubject subject = subject(comment.getSubjectKind(), comment.getSubjectId());
        if (comment.isBy(me)) {
            throw new InvalidInputException("flag", "discussion.error.flagOwn");
        }
        if (comment.isHidden()) {
            throw new InvalidInputException("flag", "discussion.error.hidden");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_FLAG_REASON) {
            throw new InvalidInputException("reason", "validation.max", MAX_FLAG_REASON);
        }
        if (jdbc.sql("SELECT COUNT(*) FROM discussion_flag WHERE comment_id = ? AND account_id = ?")
                .params(comment.getId(), me).query(Long.class).single() > 0) {
            throw new InvalidInputException("flag", "discussion.error.flaggedAlready");
        }
        policy.on(subject, comment, me).require(DiscussionAction.FLAG);
        try {
            jdbc.sql("INSERT INTO discussion_flag (comment_id, account_id, flagged_at, reason) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING").params(comment.getId(), me, Timestamp.from(today.now()), why).update();
        } catch (DataIntegrityViolationException raceOnH2) {
            // a double click: flagging twice is one flag
        }
    }

    /** A comment about to be moderated and its subject. */
    private record Moderated(DiscussionComment comment, CommentSubject subject) {
    }

    /** The comment someone signed in is about to moderate, refused unless they moderate its subject. */
    private Moderated moderated(long commentId) {
        me().orElseThrow(() -> new AccessDeniedException("sign in to moderate"));
        DiscussionComment comment = comment(commentId);
        CommentSubject subject = subject(comment.getSubjectKind(), comment.getSubjectId());
        if (!subject.moderates()) {
            throw new AccessDeniedException("not a moderator of " + subject.kind() + " " + subject.id());
        }
        return new Moderated(comment, subject);
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
        Moderated moderated = moderated(commentId);
        DiscussionComment comment = moderated.comment();
        CommentSubject subject = moderated.subject();
        InvalidInputException.throwIf(comment.hideRefused(reason));
        policy.on(subject, comment, me().orElse(null)).require(DiscussionAction.HIDE);
        comment.hide(PublicActor.current().map(PublicActor::displayName).orElse(null), reason, today.now());
        Map<String, Object> record = new LinkedHashMap<>();
        if (subject.ledger() != null && subject.ledger().detailed()) {
            record.put("by", comment.getHiddenBy());
        }
        record.put("reason", comment.getHiddenReason());
        write(subject, "hidden", comment, record);
        return comment;
    }

    /** A moderator of the subject shows a hidden comment again (a mistake, an appeal upheld); the ledger keeps both. */
    @Transactional
    public void restore(long commentId) {
        Moderated moderated = moderated(commentId);
        DiscussionComment comment = moderated.comment();
        CommentSubject subject = moderated.subject();
        InvalidInputException.throwIf(comment.restoreRefused());
        policy.on(subject, comment, me().orElse(null)).require(DiscussionAction.RESTORE);
        comment.restore();
        Map<String, Object> record = new LinkedHashMap<>();
        if (subject.ledger() != null && subject.ledger().detailed()) {
            record.put("by", PublicActor.current().map(PublicActor::displayName).orElse(null));
        }
        write(subject, "restored", comment, record);
    }

    /** A comment waiting for moderation: its subject, how many flagged it (all, and since the last review), and why. */
    public record Flagged(DiscussionComment comment, CommentSubject subject, long flags, long newFlags,
            List<String> reasons) {
    }

    /** Whether the person signed in moderates the comments of some subject (the moderation queue is theirs). */
    public boolean moderatesSome(Actor actor) {
        return subjects.orderedStream().anyMatch(s -> s.moderatesSome(actor));
    }

    /**
     * The moderation queue of the person signed in: shown comments flagged since their moderators last reviewed them,
     * on subjects of every kind the person moderates, the most flagged first, each with the latest reasons given
     * (never who gave them). Refused to anyone who moderates none.
     */
    public List<Flagged> moderationQueue() {
        if (!moderatesSome(Actor.current())) {
            throw new AccessDeniedException("moderates no comments");
        }
        Map<String, Optional<CommentSubject>> seen = new HashMap<>();
        List<Flagged> queue = new ArrayList<>();
        jdbc.sql("SELECT c.id, COUNT(*) FROM discussion_comment c JOIN discussion_flag f ON f.comment_id = c.id "
                + "WHERE c.hidden_at IS NULL GROUP BY c.id, c.flags_reviewed, c.posted_at "
                + "HAVING COUNT(*) > c.flags_reviewed ORDER BY COUNT(*) DESC, c.posted_at, c.id")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().forEach(row -> {
                    DiscussionComment comment = comment(row.getKey());
                    seen.computeIfAbsent(comment.getSubjectKind() + " " + comment.getSubjectId(),
                            k -> find(comment.getSubjectKind(), comment.getSubjectId()))
                            .filter(CommentSubject::moderates)
                            .ifPresent(s -> queue.add(new Flagged(comment, s, row.getValue(),
                                    row.getValue() - comment.getFlagsReviewed(), reasons(comment.getId()))));
                });
        return queue;
    }

    private List<String> reasons(long commentId) {
        return jdbc.sql("SELECT reason FROM discussion_flag WHERE comment_id = ? AND reason IS NOT NULL "
                + "ORDER BY flagged_at DESC LIMIT " + REASONS_SHOWN).param(commentId).query(String.class).list();
    }

    /**
     * A moderator of its subject reviewed a flagged comment and keeps it shown: it leaves the queue until flagged
     * again. Not a public change (the comment stays as it was), so it goes to the staff audit log, not the ledger.
     */
    @Transactional
    public void keep(long commentId) {
        Moderated moderated = moderated(commentId);
        DiscussionComment comment = moderated.comment();
        CommentSubject subject = moderated.subject();
        long flags = jdbc.sql("SELECT COUNT(*) FROM discussion_flag WHERE comment_id = ?").param(commentId)
                .query(Long.class).single();
        if (comment.isHidden() || flags <= comment.getFlagsReviewed()) {
            throw new InvalidInputException("comment", "discussion.error.nothingToReview");
        }
        comment.keep(flags, PublicActor.current().map(PublicActor::displayName).orElse(null), today.now());
        audit.record(AuditAction.REPORTED_COMMENT_KEPT, null, "comment " + commentId + " of " + subject.kind() + " "
                + subject.id() + " (" + flags + " reports)");
    }

    /**
     * A comment of a subject by the number a ledger entry of the subject gives: its engine number, or the number it had
     * before the move onto the engine (the two never meet within a subject kind).
     */
    public Optional<DiscussionComment> byNumber(String kind, String subjectId, long number) {
        return comments.findBySubjectKindAndSubjectIdOrderByPostedAtAscIdAsc(kind, subjectId).stream()
                .filter(c -> c.getId() == number || Long.valueOf(number).equals(c.getLegacyId())).findFirst();
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

    private static Optional<Long> me() {
        return PublicActor.current().map(PublicActor::accountId);
    }
}
