package org.apertura.accessinfo;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.apertura.deadlines.ProcedureStep;

/**
 * One step of a request, public ({@link ProcedureStep}): who acted is a role or a public name, never the
 * requester's; the term it started is a {@link RequestTerm}.
 */
@Entity
@Table(name = "request_event")
public class RequestEvent extends ProcedureStep {

    private Long requestId;
    @Convert(converter = RequestEventType.Column.class)
    private RequestEventType type;

    protected RequestEvent() {
    }

    RequestEvent(Long requestId, RequestEventType type, Instant at, String actor, String basis, String note) {
        super(at, actor, basis, note);
        this.requestId = requestId;
        this.type = type;
    }

    RequestEvent started(RequestTerm term, int days, LocalDate from, LocalDate due, String version) {
        start(term.getKey(), days, from, due, version);
        return this;
    }

    @Override
    public RequestEventType getType() {
        return type;
    }

    public Long getRequestId() {
        return requestId;
    }

    /** The term this step started; null if none. */
    public RequestTerm getTerm() {
        return RequestTerm.of(termName());
    }
}
