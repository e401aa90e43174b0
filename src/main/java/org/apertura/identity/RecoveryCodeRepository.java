package org.apertura.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of recovery codes. */
interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    Optional<RecoveryCode> findByAccountIdAndCodeHash(Long accountId, String codeHash);

    List<RecoveryCode> findByAccountId(Long accountId);

    long countByAccountIdAndUsedAtIsNull(Long accountId);

    void deleteByAccountId(Long accountId);
}
