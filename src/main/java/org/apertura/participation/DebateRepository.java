package org.apertura.participation;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Persistence of debates. */
interface DebateRepository extends JpaRepository<Debate, Long> {

    List<Debate> findByProcessIdOrderByNumberAsc(Long processId);

    Optional<Debate> findByProcessIdAndNumber(Long processId, int number);

    /** The debates that gave rise to this draft commitment (ADR 0081): one at most, as the database keeps it. */
    List<Debate> findByCommitmentId(Long commitmentId);

    @Query("SELECT COALESCE(MAX(d.number), 0) FROM Debate d WHERE d.processId = ?1")
    int maxNumber(Long processId);

    /** The debates whose last day is before the day and that were not marked closed yet, oldest first. */
    @Query("SELECT d.id FROM Debate d WHERE d.closesOn < ?1 AND d.closedAt IS NULL ORDER BY d.id")
    List<Long> idsToClose(LocalDate day);

    /**
     * Marks the debate closed if nobody did yet: 1 for the one caller that claims it, 0 for every other (another run,
     * another node: the row's lock makes the second wait for the first and then find it closed).
     */
    @Modifying
    @Query(value = "UPDATE pd_debate SET closed_at = ?2 WHERE id = ?1 AND closed_at IS NULL", nativeQuery = true)
    int claimClose(Long id, Timestamp at);
}
