package org.apertura.identity;

import java.time.Clock;
import org.apertura.platform.security.AuditAction;
import org.apertura.platform.security.AuditTrail;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The staff audit log: records what people with roles did (from every module, through {@link AuditTrail}) and lets
 * administrators read it. It holds account ids and network addresses, so it is never public.
 */
@Service
public class AuditLog implements AuditTrail {

    static final int PAGE_SIZE = 50;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(AuditAction action, Long subjectAccountId, String detail) {
        Long actor = PublicActor.currentId();
        record(actor, action, subjectAccountId, detail);
    }

    /** Records an action of a known person (e.g. at sign-in, before the session holds them). */
    @Transactional
    public void record(Long actorAccountId, AuditAction action, Long subjectAccountId, String detail) {
        events.save(new AuditEvent(clock.instant(), actorAccountId, subjectAccountId, action, detail, address()));
    }

    /** Records a role given or taken away (by the person of the request, or the system). */
    @Transactional
    public void recordRole(AuditAction action, Long subjectAccountId, Role role, String scopeId) {
        Long actor = PublicActor.currentId();
        events.save(new AuditEvent(clock.instant(), actor, subjectAccountId, action, null, address())
                .withRole(role, scopeId));
    }

    /** The log, newest first, optionally about one account (acting or acted upon) and one kind of action. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AuditEvent> search(Long account, AuditAction action, int page) {
        return events.search(account, action, PageRequest.of(Math.max(0, page), PAGE_SIZE));
    }

    private static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
