package org.apertura.platform.people;

import java.util.List;

/**
 * Who follows a public item, as the community module keeps it (one mechanism for "follow this", docs/adr/0073): the
 * module that owns the item asks it to send the e-mails it promised its followers (a participatory budget's phases
 * and results). Accounts only, in order; who follows is never shown.
 */
public interface ItemFollowers {

    /** The accounts following the item of this kind and id (the id its {@code PublicItemSource} gives it). */
    List<Long> followersOf(String kind, String id);
}
