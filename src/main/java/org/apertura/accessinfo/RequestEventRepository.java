package org.apertura.accessinfo;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of the public steps of requests. */
interface RequestEventRepository extends JpaRepository<RequestEvent, Long> {

    List<RequestEvent> findByRequestIdOrderByIdAsc(Long requestId);

    /** The newest steps of an institution's requests, each with its request's folio. */
    @Query("select e, r.folio from RequestEvent e, AccessRequest r where e.requestId = r.id and r.institutionSlug = ?1 "
            + "order by e.id desc")
    List<Object[]> newestOf(String institutionSlug, org.springframework.data.domain.Pageable page);
}
