package org.apertura.identity;

import org.apertura.platform.security.AuditAction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Persistence of the staff audit log. */
interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            SELECT e FROM AuditEvent e
            WHERE (:account IS NULL OR e.actorAccountId = :account OR e.subjectAccountId = :account)
              AND (:action IS NULL OR e.action = :action)
            ORDER BY e.happenedAt DESC, e.id DESC""")
    Page<AuditEvent> search(@Param("account") Long account, @Param("action") AuditAction action, Pageable page);
}
