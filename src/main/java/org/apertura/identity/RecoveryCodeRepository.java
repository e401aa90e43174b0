package org.apertura.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of recovery codes. */
interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    Optional<RecoveryCode> findByAccountIdAndCodeHash(Long accountId, String codeHash);

    long countByAccountIdAndUsedAtIsNull(Long accountId);

    void deleteByAccountId(Long accountId);
}
