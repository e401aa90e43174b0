package org.apertura.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of accounts. */
interface AccountRepository extends JpaRepository<Account, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<Account> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    /** Pairs of id and e-mail address of some accounts, in one statement. */
    @org.springframework.data.jpa.repository.Query("select a.id, a.email from Account a where a.id in ?1")
    List<Object[]> emailsOf(java.util.Collection<Long> ids);
}
