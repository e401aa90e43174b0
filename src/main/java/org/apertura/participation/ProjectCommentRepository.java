package org.apertura.participation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of comments on budget projects. */
interface ProjectCommentRepository extends JpaRepository<ProjectComment, Long> {

    List<ProjectComment> findByProjectIdOrderByPostedAtAscIdAsc(Long projectId);

    List<ProjectComment> findByProcessIdOrderByIdAsc(Long processId);

    List<ProjectComment> findByDebateIdOrderByPostedAtAscIdAsc(Long debateId);

    @Query("SELECT COUNT(c) FROM ProjectComment c WHERE c.authorAccountId = ?1 AND c.postedAt > ?2")
    long countByAuthorSince(Long accountId, java.time.Instant since);
}
