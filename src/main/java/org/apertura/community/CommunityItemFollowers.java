package org.apertura.community;

import java.util.List;
import org.apertura.platform.people.ItemFollowers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The followers of a public item (community_item_follow), for the module that owns it (docs/adr/0073). */
@Component
class CommunityItemFollowers implements ItemFollowers {

    private final JdbcClient jdbc;

    CommunityItemFollowers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> followersOf(String kind, String id) {
        return jdbc.sql("SELECT account_id FROM community_item_follow WHERE item_kind = ? AND item_id = ? "
                + "ORDER BY account_id").params(kind, id).query(Long.class).list();
    }
}
