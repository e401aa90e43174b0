package org.apertura.feedback;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of feedback. */
interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    List<Feedback> findByItemKindAndItemIdOrderByReceivedAtDescIdDesc(String itemKind, String itemId);

    Optional<Feedback> findByAccountIdAndItemKindAndItemId(Long accountId, String itemKind, String itemId);

    List<Feedback> findAllByOrderByIdAsc();
}
