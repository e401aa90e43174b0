package org.apertura.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ledger's Ed25519 keys ({@code apertura.ledger.*}, PEM text): both or neither (then one is made per start),
 * and the public keys of earlier years, so their signatures still verify. {@link LedgerSigningKey} checks them.
 */
@ConfigurationProperties("apertura.ledger")
record LedgerProperties(@DefaultValue("") String signingKey, @DefaultValue("") String publicKey,
        @DefaultValue("") String previousPublicKeys) {
}
