package org.apertura.comments;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of the engine's comments. */
interface DiscussionCommentRepository extends JpaRepository<DiscussionComment, Long> {

    List<DiscussionComment> findBySubjectKindAndSubjectIdOrderByPostedAtAscIdAsc(String subjectKind, String subjectId);
}
