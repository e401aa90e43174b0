package org.apertura.identity;

import org.apertura.platform.security.Authority;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apertura.platform.security.PublicActor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees it: account id, public name and authorities. */
public class AccountPrincipal implements UserDetails, PublicActor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long accountId;
    private final String email;
    private final String passwordHash;
    private final String displayName;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final int sessionEpoch;
    private final boolean secondStepRequired;
    private final List<GrantedAuthority> authorities;

    AccountPrincipal(Account account, List<Membership> memberships) {
        this.accountId = account.getId();
        this.email = account.getEmail();
        this.passwordHash = account.getPasswordHash();
        this.displayName = account.getDisplayName();
        this.enabled = account.isEnabled();
        this.mustChangePassword = account.isMustChangePassword();
        this.sessionEpoch = account.getSessionEpoch();
        // required of anyone holding a role, and of anyone who turned it on (TwoStepSignIn)
        this.secondStepRequired = account.isTwoStepEnabled() || !memberships.isEmpty();
        List<GrantedAuthority> granted = new ArrayList<>();
        granted.add(new SimpleGrantedAuthority("ROLE_USER"));
        memberships.forEach(m -> m.authorities().forEach(a -> granted.add(new SimpleGrantedAuthority(a))));
        this.authorities = List.copyOf(granted);
    }

    @Override
    public Long accountId() {
        return accountId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public boolean isAdmin() {
        return authorities.stream().anyMatch(a -> Authority.ADMIN.value().equals(a.getAuthority()));
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Whether signing in takes a code of the authenticator app after the password. */
    public boolean secondStepRequired() {
        return secondStepRequired;
    }

    int sessionEpoch() {
        return sessionEpoch;
    }

    /** Whether a principal read now grants the same as this one (same authorities, same password state). */
    boolean sameGrantsAs(AccountPrincipal now) {
        return authorities.equals(now.authorities) && mustChangePassword == now.mustChangePassword
                && secondStepRequired == now.secondStepRequired
                && java.util.Objects.equals(displayName, now.displayName);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        // no account is ever locked: repeated failures delay attempts instead (SignInThrottle)
        return true;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
