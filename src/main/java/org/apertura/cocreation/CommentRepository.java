package org.apertura.cocreation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of comments. */
interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByProposalIdOrderByCreatedAtAscIdAsc(Long proposalId);

    /** Visible comments reported since they were last reviewed, the most reported first. */
    @Query("select c from Comment c where c.hiddenAt is null "
            + "and c.reports > c.reportsReviewed order by c.reports desc, c.createdAt asc, c.id asc")
    List<Comment> findAwaitingModeration();
}
