package org.apertura.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of password resets. */
interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    List<PasswordReset> findByAccountIdAndUsedAtIsNull(Long accountId);
}
