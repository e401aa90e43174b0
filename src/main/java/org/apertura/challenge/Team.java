package org.apertura.challenge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;

/**
 * A team registered in a challenge. Its name is public; its join code is shown only to its members, who
 * pass it on to the people they want in the team.
 */
@Entity
@Table(name = "challenge_team")
public class Team {

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long challengeId;
    private String name;
    private String nameKey;
    private String joinCode;
    private Instant registeredAt;

    protected Team() {
    }

    Team(Long challengeId, String name, Instant now) {
        if (Texts.isBlank(name) || name.strip().length() < 2 || name.strip().length() > 80 || name.contains("@")) {
            throw new InvalidInputException("name", "challenge.error.teamName");
        }
        this.challengeId = challengeId;
        this.name = name.strip().replaceAll("\\s+", " ");
        this.nameKey = key(this.name);
        this.joinCode = newCode();
        this.registeredAt = now;
    }

    /** Two names that differ only in case or spacing are the same team name. */
    static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A join code as people type it: case and spaces do not matter. */
    static String normalizeCode(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    public Long getId() {
        return id;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public String getName() {
        return name;
    }

    String getNameKey() {
        return nameKey;
    }

    /** The code that lets someone join: show it only to the team's members. */
    public String getJoinCode() {
        return joinCode;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
