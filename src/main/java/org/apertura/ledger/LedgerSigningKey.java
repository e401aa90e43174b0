package org.apertura.ledger;

import org.springframework.beans.factory.annotation.Autowired;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apertura.platform.Hashing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The instance's Ed25519 key for signing ledger checkpoints. Configured as a PKCS#8 private key and its X.509 public key
 * ({@code APERTURA_LEDGER_SIGNING_KEY}, {@code APERTURA_LEDGER_PUBLIC_KEY}: PEM text, the PEM's base64 body, or the
 * path of a PEM file, as {@code openssl genpkey -algorithm ed25519} and {@code openssl pkey -pubout} write them); the
 * pair is checked at start-up and a mismatch stops the instance. Without them a key is generated for this run only and
 * the log says so: fine for development and tests, not for production (checkpoints signed by it can no longer be
 * checked once the instance restarts). Public keys of earlier, rotated keys are listed in
 * {@code APERTURA_LEDGER_PREVIOUS_PUBLIC_KEYS} (comma-separated base64 bodies) so their checkpoints stay verifiable.
 */
@Component
class LedgerSigningKey {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerSigningKey.class);
    static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;
    private final boolean generated;
    private final Map<String, PublicKey> trusted = new LinkedHashMap<>();

    @Autowired
    LedgerSigningKey(LedgerProperties settings) {
        this(settings.signingKey(), settings.publicKey(), settings.previousPublicKeys());
    }

    LedgerSigningKey(String privateText, String publicText, String previous) {
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            if (privateText.isBlank() != publicText.isBlank()) {
                throw new IllegalStateException("apertura.ledger.signing-key and apertura.ledger.public-key go together:"
                        + " set both (openssl genpkey -algorithm ed25519 -out key.pem; openssl pkey -in key.pem -pubout)");
            }
            if (privateText.isBlank()) {
                KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
                privateKey = pair.getPrivate();
                publicKey = pair.getPublic();
                generated = true;
            } else {
                privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(der(privateText)));
                publicKey = keys.generatePublic(new X509EncodedKeySpec(der(publicText)));
                generated = false;
                if (!verify(publicKey, "apertura: the key pair matches".getBytes(StandardCharsets.UTF_8),
                        sign("apertura: the key pair matches".getBytes(StandardCharsets.UTF_8)))) {
                    throw new IllegalStateException("apertura.ledger.public-key is not the public half of"
                            + " apertura.ledger.signing-key");
                }
            }
            keyId = idOf(publicKey);
            trusted.put(keyId, publicKey);
            for (String old : previous.split(",")) {
                if (!old.isBlank()) {
                    PublicKey key = keys.generatePublic(new X509EncodedKeySpec(der(old)));
                    trusted.putIfAbsent(idOf(key), key);
                }
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the ledger signing key cannot be read: " + e.getMessage(), e);
        }
        if (generated) {
            LOG.warn("Ledger checkpoints are signed with an Ed25519 key generated for this run only (key id {}): set"
                    + " APERTURA_LEDGER_SIGNING_KEY and APERTURA_LEDGER_PUBLIC_KEY in production (docs/OPERATIONS.md)", keyId);
        } else {
            LOG.info("Ledger checkpoints are signed with the configured Ed25519 key {}", keyId);
        }
    }

    byte[] sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    String keyId() {
        return keyId;
    }

    boolean generated() {
        return generated;
    }

    /** The public key as X.509 DER in base64: the body of its PEM. */
    String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + publicKeyBase64() + "\n-----END PUBLIC KEY-----\n";
    }

    /** The key a checkpoint names, if this instance vouches for it (the current key or a listed previous one). */
    PublicKey trusted(String id) {
        return trusted.get(id);
    }

    static String idOf(PublicKey key) {
        return Hashing.sha256Hex(key.getEncoded()).substring(0, 16);
    }

    /** PEM text, a PEM file's path, or a bare base64 body, as DER bytes. */
    private static byte[] der(String text) {
        String value = text.trim();
        if (!value.startsWith("-----BEGIN") && !value.contains("\n") && value.length() < 400 && looksLikePath(value)) {
            try {
                value = Files.readString(Path.of(value), StandardCharsets.US_ASCII).trim();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the ledger key file " + value, e);
            }
        }
        StringBuilder body = new StringBuilder();
        for (String line : value.split("\\R|\\\\n")) {
            if (!line.startsWith("-----")) {
                body.append(line.trim());
            }
        }
        return Base64.getDecoder().decode(body.toString());
    }

    private static boolean looksLikePath(String value) {
        return value.startsWith("/") || value.startsWith("./") || value.endsWith(".pem");
    }
}
