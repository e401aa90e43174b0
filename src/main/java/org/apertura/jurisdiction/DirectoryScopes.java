package org.apertura.jurisdiction;

import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.security.RoleScopes;
import org.springframework.stereotype.Component;

/**
 * Each institution is a scope for its roles (liaison, unit, committee…); each guarantor authority (an institution
 * acting as guarantor), for its own staff.
 */
@Component
class DirectoryScopes implements RoleScopes {

    private final JurisdictionService directory;

    DirectoryScopes(JurisdictionService directory) {
        this.directory = directory;
    }

    @Override
    public List<Scope> scopes() {
        List<Scope> scopes = new ArrayList<>();
        directory.allInstitutions().forEach(i -> scopes.add(new Scope("INSTITUTION", i.getSlug(), i.getName())));
        directory.allInstitutions().stream().filter(Institution::isGuarantor)
                .forEach(i -> scopes.add(new Scope("GUARANTOR_AUTHORITY", i.getSlug(), i.getName())));
        return scopes;
    }
}
