package org.apertura.ledger;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The head row of the chain. */
interface LedgerHeadRepository extends Repository<LedgerHead, Integer> {

    /** The head row, locked until the transaction ends: appends happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from LedgerHead h where h.id = 1")
    Optional<LedgerHead> lockHead();

    @Query("select h from LedgerHead h where h.id = 1")
    Optional<LedgerHead> readHead();
}
