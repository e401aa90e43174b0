package org.apertura.accessinfo;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.Texts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The public search of requests: every word of the query (reduced by {@link SpanishSearch}) must be among a
 * request's terms — description, clarification and answer — with filters by institution, outcome, stage
 * and the dates received; newest first.
 */
@Component
public class RequestSearch {

    /** Results per page. */
    static final int PAGE_SIZE = 20;

    private final AccessRequestRepository requests;

    RequestSearch(AccessRequestRepository requests) {
        this.requests = requests;
    }

    /** What people search by; every part is optional. {@code overdue} selects open requests past due. */
    public record Query(String text, String institution, Outcome outcome, Stage stage, Boolean overdue, LocalDate from,
            LocalDate to, LocalDate today, int page) {

        public Query {
            page = Math.max(0, page);
        }
    }

    Page<AccessRequest> find(Query q) {
        Specification<AccessRequest> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            for (String term : SpanishSearch.words(q.text())) {
                where.add(cb.like(root.get("searchTerms"), "% " + escape(term) + "%", '\\'));
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
            return cb.and(where.toArray(Predicate[]::new));
        };
        return requests.findAll(spec, PageRequest.of(q.page(), PAGE_SIZE,
                Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id"))));
    }

    private static String escape(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
