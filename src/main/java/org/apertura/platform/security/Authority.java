package org.apertura.platform.security;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a person may act as: a role held in one scope, e.g. the transparency unit of the institution
 * {@code idaip}, or a civil-society member of the secretariat {@code stl-durango}. Spring Security carries it
 * as a string ({@link #value()}); modules build and compare it only through this type, never by hand.
 *
 * @param role the role
 * @param scopeId the scope's identifier (an institution, secretariat or guarantor authority slug); none for ADMIN
 * @param sector the sector a secretariat member speaks for (only with STL_MEMBER), or none
 */
public record Authority(Role role, String scopeId, String sector) {

    private static final String ADMIN_VALUE = "ROLE_ADMIN";

    /** The platform administrator. */
    public static final Authority ADMIN = new Authority(Role.ADMIN, null, null);

    public Authority {
        Objects.requireNonNull(role, "role");
        if (role == Role.ADMIN) {
            if (scopeId != null || sector != null) {
                throw new IllegalArgumentException("the administrator holds no scope");
            }
        } else if (scopeId == null || scopeId.isBlank()) {
            throw new IllegalArgumentException(role + " needs a scope");
        }
        if (sector != null && !role.needsSector()) {
            throw new IllegalArgumentException(role + " has no sector");
        }
    }

    /** The role in one scope, e.g. {@code of(Role.LIAISON, "idaip")}. */
    public static Authority of(Role role, String scopeId) {
        return role == Role.ADMIN ? ADMIN : new Authority(role, scopeId, null);
    }

    /** A secretariat member speaking for a sector, e.g. civil society. */
    public static Authority ofSector(Role role, String sector, String scopeId) {
        return new Authority(role, scopeId, sector);
    }

    /** The string Spring Security carries: {@code LIAISON@INSTITUTION:idaip}, {@code ROLE_ADMIN}. */
    public String value() {
        if (role == Role.ADMIN) {
            return ADMIN_VALUE;
        }
        return role + (sector == null ? "" : "/" + sector) + "@" + role.scopeKind() + ":" + scopeId;
    }

    /** Reads a value written by {@link #value()}; empty for strings that are not authorities (e.g. ROLE_USER). */
    public static Optional<Authority> parse(String value) {
        if (ADMIN_VALUE.equals(value)) {
            return Optional.of(ADMIN);
        }
        int at = value == null ? -1 : value.indexOf('@');
        int colon = value == null ? -1 : value.indexOf(':', at + 1);
        if (at <= 0 || colon < 0 || colon == value.length() - 1) {
            return Optional.empty();
        }
        String head = value.substring(0, at);
        int slash = head.indexOf('/');
        try {
            Role role = Role.valueOf(slash < 0 ? head : head.substring(0, slash));
            if (!role.scopeKind().name().equals(value.substring(at + 1, colon))) {
                return Optional.empty();
            }
            return Optional.of(new Authority(role, value.substring(colon + 1), slash < 0 ? null : head.substring(slash + 1)));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value();
    }
}
