package org.apertura.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of sign-ups waiting for their address to be confirmed. */
interface PendingSignUpRepository extends JpaRepository<PendingSignUp, Long> {

    Optional<PendingSignUp> findByTokenHash(String tokenHash);

    List<PendingSignUp> findByEmailAndUsedAtIsNull(String email);
}
