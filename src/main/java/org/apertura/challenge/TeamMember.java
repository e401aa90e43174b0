package org.apertura.challenge;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A person (an account) in a team; at most one team per person and challenge. */
@Entity
@Table(name = "challenge_team_member")
@IdClass(TeamMember.Key.class)
class TeamMember {

    @Id
    private Long teamId;
    @Id
    private Long accountId;
    private Long challengeId;
    private Instant joinedAt;

    protected TeamMember() {
    }

    TeamMember(Team team, Long accountId, Instant now) {
        this.teamId = team.getId();
        this.challengeId = team.getChallengeId();
        this.accountId = accountId;
        this.joinedAt = now;
    }

    Long getTeamId() {
        return teamId;
    }

    Long getAccountId() {
        return accountId;
    }

    Instant getJoinedAt() {
        return joinedAt;
    }

    /** The composite key (team, account). */
    static class Key implements Serializable {
        private Long teamId;
        private Long accountId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && java.util.Objects.equals(teamId, k.teamId)
                    && java.util.Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(teamId, accountId);
        }
    }
}
