package org.apertura.community.web;

import org.apertura.community.CommunityNotices;
import org.apertura.platform.security.PublicActor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread notices the header counts, for a signed-in person (nothing for a visitor). */
@ControllerAdvice
class NoticeCountAdvice {

    private final CommunityNotices notices;

    NoticeCountAdvice(CommunityNotices notices) {
        this.notices = notices;
    }

    @ModelAttribute("unreadNotices")
    Long unreadNotices() {
        return PublicActor.current().map(a -> notices.unread(a.accountId())).orElse(null);
    }
}
