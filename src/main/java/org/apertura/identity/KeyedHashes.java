package org.apertura.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256 with a server key per purpose, {@link SigningKeys}) of identifiers that must be recognised
 * again but never stored, such as a voter's CURP: without the key, which never leaves the server, a hash cannot be
 * turned back into the identifier by trying every possible one.
 */
@Component
public class KeyedHashes {

    private final SigningKeys keys;

    KeyedHashes(SigningKeys keys) {
        this.keys = keys;
    }

    /** The lower-case hex HMAC-SHA256 of the text under the key of the purpose. */
    public String of(String purpose, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.key("keyed-hash:" + purpose), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
