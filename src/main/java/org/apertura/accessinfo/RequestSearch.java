package org.apertura.accessinfo;

import org.apertura.platform.SpanishSearch;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apertura.platform.Texts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The public search of requests: every word of the query (reduced by {@link SpanishSearch}) must be among a
 * request's terms — description, clarification and answer — with filters by institution, outcome, stage
 * and the dates received; newest first.
 *
 * <p>Matches are counted exactly up to {@link #COUNT_LIMIT} past the page shown; beyond that the total says one
 * more ("more than"), so a common word among a million requests costs a page, not a scan of every match, and
 * paging on still knows whether a next page exists. The words go into the SQL as literals: they are only
 * {@code [a-z0-9]} (see {@link org.apertura.platform.SpanishSearch#words}), and PostgreSQL then plans each search for its words — an
 * index on (filter, received_on, id) for a common word, the trigram index for a rare one — instead of one
 * generic plan for all.
 */
@Component
public class RequestSearch {

    /** Results per page. */
    static final int PAGE_SIZE = 20;
    /** Matches counted exactly past the page's first result; a total one above means more than that. */
    public static final int COUNT_LIMIT = 1_000;

    @PersistenceContext
    private EntityManager entityManager;

    /** What people search by; every part is optional. {@code overdue} selects open requests past due. */
    public record Query(String text, String institution, Outcome outcome, Stage stage, Boolean overdue, LocalDate from,
            LocalDate to, LocalDate today, int page) {

        public Query {
            page = org.apertura.platform.web.Paging.index(page);
        }
    }

    /** Whether a page's total is only a lower bound: more than {@code getTotalElements() - 1} requests match. */
    public static boolean countCapped(Page<?> page) {
        return page.getTotalElements() > page.getPageable().getOffset() + COUNT_LIMIT;
    }

    Page<AccessRequest> find(Query q) {
        PageRequest pageable = PageRequest.of(q.page(), PAGE_SIZE,
                Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id")));
        int offset = (int) pageable.getOffset();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        // First the matches, in any order, up to the limit: a common word stops early, a rare one reads its index.
        CriteriaQuery<Tuple> matches = cb.createTupleQuery();
        Root<AccessRequest> m = matches.from(AccessRequest.class);
        matches.multiselect(m.get("id"), m.get("receivedOn")).where(where(q, m, cb));
        List<Tuple> found = entityManager.createQuery(matches).setMaxResults(offset + COUNT_LIMIT + 1).getResultList();
        List<Long> shown;
        if (found.size() <= offset + COUNT_LIMIT) {
            // Every match is known: order them here instead of matching the words again.
            shown = found.stream()
                    .sorted(Comparator.comparing((Tuple t) -> t.get(1, LocalDate.class))
                            .thenComparing(t -> t.get(0, Long.class)).reversed())
                    .skip(offset).limit(PAGE_SIZE).map(t -> t.get(0, Long.class)).toList();
        } else {
            CriteriaQuery<Long> ids = cb.createQuery(Long.class);
            Root<AccessRequest> root = ids.from(AccessRequest.class);
            ids.select(root.get("id")).where(where(q, root, cb)).orderBy(newestFirst(root, cb));
            shown = entityManager.createQuery(ids).setFirstResult(offset).setMaxResults(PAGE_SIZE).getResultList();
        }
        List<AccessRequest> content = List.of();
        if (!shown.isEmpty()) {
            CriteriaQuery<AccessRequest> select = cb.createQuery(AccessRequest.class);
            Root<AccessRequest> r = select.from(AccessRequest.class);
            select.where(r.get("id").in(shown)).orderBy(newestFirst(r, cb));
            content = entityManager.createQuery(select).getResultList();
        }
        return new PageImpl<>(content, pageable, found.size());
    }

    private static List<Order> newestFirst(Root<AccessRequest> root, CriteriaBuilder cb) {
        return List.of(cb.desc(root.get("receivedOn")), cb.desc(root.get("id")));
    }

    private static Predicate[] where(Query q, Root<AccessRequest> root, CriteriaBuilder cb) {
        List<Predicate> where = new ArrayList<>();
        for (String term : SpanishSearch.words(q.text())) {
            where.add(cb.like(root.get("searchTerms"), cb.literal("% " + escape(term) + "%"), cb.literal('\\')));
        }
        if (!Texts.isBlank(q.institution())) {
            where.add(cb.equal(root.get("institutionSlug"), q.institution().strip()));
        }
        if (q.outcome() != null) {
            where.add(cb.equal(root.get("outcome"), q.outcome()));
        }
        if (q.stage() != null) {
            where.add(cb.equal(root.get("stage"), q.stage()));
        }
        if (Boolean.TRUE.equals(q.overdue())) {
            where.add(root.get("stage").in(Stage.RECEIVED, Stage.IN_PROCESS, Stage.EXTENDED));
            where.add(cb.lessThan(root.get("dueDate"), q.today()));
        }
        if (q.from() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("receivedOn"), q.from()));
        }
        if (q.to() != null) {
            where.add(cb.lessThanOrEqualTo(root.get("receivedOn"), q.to()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static String escape(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
