package org.apertura.archives;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoanRepository extends JpaRepository<Loan, Long> {

    List<Loan> findByFileIdOrderByLentOnDesc(Long fileId);

    Optional<Loan> findByFileIdAndReturnedOnIsNull(Long fileId);
}
