package org.apertura.secretariat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apertura.identity.Sector;

/** Inputs of the secretariat's use cases, shared by forms and the API. */
public final class Drafts {

    private Drafts() {
    }

    /** A new body. */
    public record BodyDraft(String slug, String name, BodyKind kind, String jurisdictionSlug, String description,
            Integer noticeBusinessDays, QuorumRule quorumRule) {
    }

    /** A new member. */
    public record MemberDraft(String name, Sector sector, String organisation, MemberRole role, LocalDate termStart,
            LocalDate termEnd, String accountEmail) {

        public MemberDraft(String name, Sector sector, String organisation, MemberRole role, LocalDate termStart,
                LocalDate termEnd) {
            this(name, sector, organisation, role, termStart, termEnd, null);
        }
    }

    /** A session being called; {@code startsAt} is local time in central Mexico. */
    public record SessionDraft(SessionKind kind, LocalDateTime startsAt, String place, String onlineUrl,
            LocalDate noticePublishedOn, List<String> agenda) {
    }
}
