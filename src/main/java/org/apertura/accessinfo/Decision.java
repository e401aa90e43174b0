package org.apertura.accessinfo;

/** The committee confirms, modifies or revokes what the area proposed (LGTAIP 2025 art. 139 fr. I–III: confirmar, modificar o revocar). */
public enum Decision {
    CONFIRM, MODIFY, REVOKE;

    public boolean upholds() {
        return this != REVOKE;
    }
}
