package org.apertura.participation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BudgetProcessRepository extends JpaRepository<BudgetProcess, Long> {

    Optional<BudgetProcess> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<BudgetProcess> findAllByOrderByVotingFromDesc();

    List<BudgetProcess> findByExerciseIdOrderByVotingFromAsc(Long exerciseId);
}

interface BudgetDistrictRepository extends JpaRepository<BudgetDistrict, Long> {

    List<BudgetDistrict> findByProcessIdOrderByPositionAsc(Long processId);
}

interface BudgetProjectRepository extends JpaRepository<BudgetProject, Long> {

    List<BudgetProject> findByProcessIdOrderByNumberAsc(Long processId);

    Optional<BudgetProject> findByProcessIdAndNumber(Long processId, int number);

    @Query("SELECT COALESCE(MAX(p.number), 0) FROM BudgetProject p WHERE p.processId = ?1")
    int maxNumber(Long processId);
}

interface ProjectCommentRepository extends JpaRepository<ProjectComment, Long> {

    List<ProjectComment> findByProjectIdOrderByPostedAtAscIdAsc(Long projectId);

    List<ProjectComment> findByProcessIdOrderByIdAsc(Long processId);

    List<ProjectComment> findByDebateIdOrderByPostedAtAscIdAsc(Long debateId);

    @Query("SELECT COUNT(c) FROM ProjectComment c WHERE c.authorAccountId = ?1 AND c.postedAt > ?2")
    long countByAuthorSince(Long accountId, java.time.Instant since);
}

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    List<Consultation> findByProcessIdOrderByNumberAsc(Long processId);

    Optional<Consultation> findByProcessIdAndNumber(Long processId, int number);

    @Query("SELECT COALESCE(MAX(c.number), 0) FROM Consultation c WHERE c.processId = ?1")
    int maxNumber(Long processId);
}

interface DebateRepository extends JpaRepository<Debate, Long> {

    List<Debate> findByProcessIdOrderByNumberAsc(Long processId);

    Optional<Debate> findByProcessIdAndNumber(Long processId, int number);

    @Query("SELECT COALESCE(MAX(d.number), 0) FROM Debate d WHERE d.processId = ?1")
    int maxNumber(Long processId);
}
