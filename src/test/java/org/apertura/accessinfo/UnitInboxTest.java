package org.apertura.accessinfo;

import static org.assertj.core.api.Assertions.assertThat;

import org.apertura.accessinfo.UnitInbox.Urgency;
import org.junit.jupiter.api.Test;

/** How urgent an open request is, from its stage and business days left. */
class UnitInboxTest {

    @Test
    void urgencyFollowsTheBusinessDaysLeft() {
        assertThat(Urgency.of(Stage.IN_PROCESS, -1)).isEqualTo(Urgency.OVERDUE);
        assertThat(Urgency.of(Stage.IN_PROCESS, 0)).isEqualTo(Urgency.DUE_TODAY);
        assertThat(Urgency.of(Stage.RECEIVED, 1)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(Stage.EXTENDED, UnitInbox.DUE_SOON_DAYS)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(Stage.RECEIVED, UnitInbox.DUE_SOON_DAYS + 1)).isEqualTo(Urgency.ON_TIME);
    }

    @Test
    void aStoppedTermWaitsForTheRequester() {
        assertThat(Urgency.of(Stage.CLARIFICATION_REQUESTED, 5)).isEqualTo(Urgency.WAITING_FOR_REQUESTER);
        assertThat(Urgency.of(Stage.RECEIVED, null)).isEqualTo(Urgency.WAITING_FOR_REQUESTER);
    }
}
