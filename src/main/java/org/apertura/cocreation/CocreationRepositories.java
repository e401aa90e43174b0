package org.apertura.cocreation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Persistence of calls. */
interface CallRepository extends JpaRepository<Call, Long> {

    Optional<Call> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Call> findByExerciseIdOrderBySubmissionOpensAsc(Long exerciseId);

    List<Call> findAllByOrderBySubmissionOpensDesc();
}

/** Persistence of proposals. */
interface ProposalRepository extends JpaRepository<Proposal, Long> {

    List<Proposal> findByCallIdOrderByNumberAsc(Long callId);

    List<Proposal> findByCallIdInOrderByCallIdAscNumberAsc(Collection<Long> callIds);

    @Query("select coalesce(max(p.number), 0) from Proposal p where p.callId = ?1")
    int maxNumber(Long callId);

    @Query("select p from Proposal p join p.commitmentIds c where c = ?1 order by p.callId, p.number")
    List<Proposal> findFeeding(Long commitmentId);
}

/** Persistence of earlier texts of proposals. */
interface ProposalVersionRepository extends JpaRepository<ProposalVersion, Long> {

    List<ProposalVersion> findByProposalIdOrderByNumberDesc(Long proposalId);

    long countByProposalId(Long proposalId);
}

/** Persistence of comments. */
interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByProposalIdOrderByCreatedAtAscIdAsc(Long proposalId);

    /** Visible comments reported since they were last reviewed, the most reported first. */
    @Query("select c from Comment c where c.hiddenAt is null "
            + "and c.reports > c.reportsReviewed order by c.reports desc, c.createdAt asc, c.id asc")
    List<Comment> findAwaitingModeration();
}

/** Persistence of working tables. */
interface WorkingTableRepository extends JpaRepository<WorkingTable, Long> {

    List<WorkingTable> findByCallIdOrderByNumberAsc(Long callId);

    @Query("select coalesce(max(t.number), 0) from WorkingTable t where t.callId = ?1")
    int maxNumber(Long callId);

    @Query("select t from WorkingTable t join t.proposalIds p where p = ?1 order by t.heldAt")
    List<WorkingTable> findTakingUp(Long proposalId);
}
