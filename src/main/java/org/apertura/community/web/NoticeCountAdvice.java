package org.apertura.community.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.apertura.community.CommunityNotices;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.web.LayoutAttributes;
import org.springframework.stereotype.Component;

/** The unread notices the header counts ({@code unreadNotices}), for a signed-in person (nothing for a visitor). */
@Component
class NoticeCountAdvice implements LayoutAttributes {

    private final CommunityNotices notices;

    NoticeCountAdvice(CommunityNotices notices) {
        this.notices = notices;
    }

    @Override
    public void addTo(HttpServletRequest request, Locale locale) {
        PublicActor.current().ifPresent(a -> request.setAttribute("unreadNotices", notices.unread(a.accountId())));
    }
}
