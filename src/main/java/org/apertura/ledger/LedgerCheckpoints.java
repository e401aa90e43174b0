package org.apertura.ledger;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apertura.platform.time.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed checkpoints: the instance signs its ledger head (sequence, hash, time) with its Ed25519 key every hour (on one
 * node: the job is cluster-locked), at start-up and whenever asked, when the head has moved since the last one. A
 * mirror that keeps the checkpoints it read can later prove that the history it saw was not rewritten: the signed hash
 * must still be the hash of the entry at that sequence. The signed text is
 * {@code apertura-ledger-checkpoint\n<seq>\n<hash>\n<signedAt ISO-8601>}, in UTF-8 (docs/LEDGER.md shows how to check
 * it with openssl).
 */
@Service
public class LedgerCheckpoints {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerCheckpoints.class);
    static final String PREFIX = "apertura-ledger-checkpoint";
    /** A checkpoint by an unknown key newer than this at start-up means another node signs with another key. */
    static final Duration OTHER_NODE_WINDOW = Duration.ofHours(2);
    public static final String PUBLIC_KEY_ALGORITHM = LedgerSigningKey.ALGORITHM;

    private final JdbcTemplate jdbc;
    private final LedgerSigningKey key;
    private final Today today;
    private final LedgerService ledger;
    private final LedgerPolicy policy;
    private final TransactionTemplate transactions;

    LedgerCheckpoints(JdbcTemplate jdbc, LedgerSigningKey key, Today today, LedgerService ledger, LedgerPolicy policy,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.key = key;
        this.today = today;
        this.ledger = ledger;
        this.policy = policy;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** One signed checkpoint, as published. */
    public record SignedCheckpoint(long id, long seq, String hash, Instant signedAt, String keyId, String publicKey,
            String signature, String signedText) {
    }

    /** The outcome of checking every checkpoint: its signature, and that the chain still holds its hash. */
    public record CheckpointCheck(boolean valid, long checked, long byUnknownKeys, Long firstBadCheckpoint,
            String problem) {
    }

    /** The text signed for a checkpoint; anyone rebuilds it from the published fields. */
    public static String signedText(long seq, String hash, Instant signedAt) {
        return PREFIX + "\n" + seq + "\n" + hash + "\n" + signedAt;
    }

    /**
     * Whether a checkpoint another instance published is signed by the key it names (X.509 DER in base64, as
     * {@code /api/v1/ledger/checkpoints} gives it): the text is rebuilt from the published sequence, hash and time,
     * never taken from the answer. Anything malformed is simply not valid.
     */
    public static boolean signatureHolds(String publicKeyBase64, long seq, String hash, Instant signedAt,
            String signatureBase64) {
        try {
            PublicKey publicKey = java.security.KeyFactory.getInstance(LedgerSigningKey.ALGORITHM).generatePublic(
                    new java.security.spec.X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            return LedgerSigningKey.verify(publicKey, signedText(seq, hash, signedAt).getBytes(StandardCharsets.UTF_8),
                    Base64.getDecoder().decode(signatureBase64));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The key checkpoints are signed with now: id and public key (PEM). */
    public String keyId() {
        return key.keyId();
    }

    public String publicKeyPem() {
        return key.publicKeyPem();
    }

    /** Whether the key was generated at start-up (no key configured): its checkpoints outlive it unverifiable. */
    public boolean temporaryKey() {
        return key.generated();
    }

    /** Signs the head now, unless the newest checkpoint already signs this very head with this key. */
    @Transactional
    public SignedCheckpoint signHead() {
        var head = jdbc.queryForMap("SELECT last_seq, last_hash FROM ledger_head WHERE id = 1");
        long seq = ((Number) head.get("last_seq")).longValue();
        String hash = ((String) head.get("last_hash")).trim();
        List<SignedCheckpoint> newest = newestFirst(1);
        if (!newest.isEmpty() && newest.get(0).seq() == seq && newest.get(0).hash().equals(hash)
                && newest.get(0).keyId().equals(key.keyId())) {
            return newest.get(0);
        }
        Instant at = today.now().truncatedTo(ChronoUnit.MILLIS);
        String signature = Base64.getEncoder().encodeToString(
                key.sign(signedText(seq, hash, at).getBytes(StandardCharsets.UTF_8)));
        jdbc.update("INSERT INTO ledger_signed_checkpoint (seq, hash, signed_at, key_id, public_key, signature)"
                + " VALUES (?, ?, ?, ?, ?, ?)", seq, hash, Timestamp.from(at), key.keyId(), key.publicKeyBase64(),
                signature);
        return newestFirst(1).get(0);
    }

    /**
     * An administrator's "sign now" (policy: {@link LedgerAction#SIGN_CHECKPOINT}): the request is recorded in the
     * public history first ({@code ledger.checkpoint-requested}, with the key's id), in its own transaction, and the
     * head that is then signed includes that entry, so the history says when a checkpoint was asked for outside the
     * hourly rhythm and the signature vouches for that too.
     */
    public SignedCheckpoint signOnRequest() {
        policy.allowedNow().require(LedgerAction.SIGN_CHECKPOINT);
        transactions.executeWithoutResult(status -> ledger.append("ledger", "ledger.checkpoint-requested", "ledger",
                "head", Map.of("keyId", key.keyId())));
        return transactions.execute(status -> signHead());
    }

    /** Every hour, on one node. */
    @Scheduled(cron = "${apertura.ledger.checkpoint-cron:0 23 * * * *}")
    public void signHourly() {
        signHead();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void signAtStart() {
        warnIfAnotherNodeSignsWithAnotherKey();
        signHead();
    }

    /**
     * Every node must sign with the same key (docs/OPERATIONS.md, "Keys"). At start-up, a checkpoint signed less than
     * {@link #OTHER_NODE_WINDOW} ago by a key this node does not know (neither its own nor a listed previous one) means
     * another node runs with another key, or this node was given a new key without listing the old one: the log says
     * so, loudly, and the administrators' page shows those checkpoints as by another key. It does not stop the node:
     * the first start after a trial run without a configured key looks the same, and must go on.
     */
    void warnIfAnotherNodeSignsWithAnotherKey() {
        List<SignedCheckpoint> newest = newestFirst(1);
        if (newest.isEmpty() || key.trusted(newest.get(0).keyId()) != null) {
            return;
        }
        SignedCheckpoint other = newest.get(0);
        if (other.signedAt().isAfter(today.now().minus(OTHER_NODE_WINDOW))) {
            LOG.warn("The newest signed ledger checkpoint ({}, {}) was signed with key {}, which this node does not know"
                    + " (this node signs with {}{}). Every node must be given the same APERTURA_LEDGER_SIGNING_KEY and"
                    + " APERTURA_LEDGER_PUBLIC_KEY; after a rotation, list the old public key in"
                    + " APERTURA_LEDGER_PREVIOUS_PUBLIC_KEYS (docs/OPERATIONS.md, Keys).", other.id(), other.signedAt(),
                    other.keyId(), key.keyId(), key.generated() ? ", a key generated for this run" : "");
        }
    }

    @Transactional(readOnly = true)
    public List<SignedCheckpoint> newestFirst(int limit) {
        return jdbc.query("SELECT id, seq, hash, signed_at, key_id, public_key, signature FROM ledger_signed_checkpoint"
                + " ORDER BY id DESC LIMIT ?", (rs, n) -> {
                    Instant at = rs.getTimestamp("signed_at").toInstant();
                    long seq = rs.getLong("seq");
                    String hash = rs.getString("hash").trim();
                    return new SignedCheckpoint(rs.getLong("id"), seq, hash, at, rs.getString("key_id").trim(),
                            rs.getString("public_key"), rs.getString("signature"), signedText(seq, hash, at));
                }, limit);
    }

    /**
     * Checks every checkpoint signed by a key this instance vouches for: the signature over its sequence, hash and
     * time, and that the entry at that sequence still has that hash (sequence 0: the empty chain). Checkpoints of keys
     * it does not know (a key generated for an earlier run) are counted, not judged. The first bad one is named.
     */
    @Transactional(readOnly = true)
    public CheckpointCheck check() {
        long[] checked = {0};
        long[] unknown = {0};
        Long[] firstBad = {null};
        String[] problem = {null};
        jdbc.query("SELECT c.id, c.seq, c.hash, c.signed_at, c.key_id, c.public_key, c.signature, e.hash AS entry_hash"
                + " FROM ledger_signed_checkpoint c LEFT JOIN ledger_entry e ON e.seq = c.seq ORDER BY c.id", rs -> {
                    if (firstBad[0] != null) {
                        return;
                    }
                    long id = rs.getLong("id");
                    long seq = rs.getLong("seq");
                    String hash = rs.getString("hash").trim();
                    PublicKey trusted = key.trusted(rs.getString("key_id").trim());
                    if (trusted == null || !Base64.getEncoder().encodeToString(trusted.getEncoded())
                            .equals(rs.getString("public_key"))) {
                        unknown[0]++;
                        return;
                    }
                    checked[0]++;
                    byte[] signature;
                    try {
                        signature = Base64.getDecoder().decode(rs.getString("signature"));
                    } catch (IllegalArgumentException e) {
                        signature = new byte[0];
                    }
                    String text = signedText(seq, hash, rs.getTimestamp("signed_at").toInstant());
                    if (!LedgerSigningKey.verify(trusted, text.getBytes(StandardCharsets.UTF_8), signature)) {
                        firstBad[0] = id;
                        problem[0] = "signature";
                        return;
                    }
                    String entryHash = rs.getString("entry_hash");
                    boolean holds = seq == 0 ? LedgerEntry.GENESIS.equals(hash)
                            : entryHash != null && entryHash.trim().equals(hash);
                    if (!holds) {
                        firstBad[0] = id;
                        problem[0] = "history";
                    }
                });
        return new CheckpointCheck(firstBad[0] == null, checked[0], unknown[0], firstBad[0], problem[0]);
    }
}
