package org.apertura.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of accounts. */
interface AccountRepository extends JpaRepository<Account, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<Account> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    List<Account> findAllByOrderByCreatedAtDesc();
}
