package org.apertura.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Signed checkpoints as a mirror uses them: read, checked with the published key alone, and tampering found. */
@IntegrationTest
class LedgerCheckpointsTest {

    @LocalServerPort
    int port;
    @Autowired
    LedgerService ledger;
    @Autowired
    LedgerCheckpoints checkpoints;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private LedgerCheckpoints.SignedCheckpoint signedNewHead() {
        LedgerEntry entry = transactions.execute(s -> ledger.append("jurisdiction", "calendar.day.added", "calendar",
                "firma-" + System.nanoTime(), Map.of()));
        LedgerCheckpoints.SignedCheckpoint signed = checkpoints.signHead();
        assertThat(signed.seq()).isGreaterThanOrEqualTo(entry.getSeq());
        return signed;
    }

    @Test
    void theHeadIsSignedAndAnyoneChecksItWithThePublishedKey() throws Exception {
        LedgerCheckpoints.SignedCheckpoint signed = signedNewHead();
        assertThat(checkpoints.signHead().id()).as("the same head is not signed twice").isEqualTo(signed.id());

        JsonNode published = get("/api/v1/ledger/checkpoints?limit=5");
        assertThat(published.get("algorithm").asString()).isEqualTo("Ed25519");
        assertThat(published.get("temporaryKey").asBoolean()).as("no key configured in tests").isTrue();
        String pem = published.get("publicKey").asString();
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n");
        JsonNode newest = published.get("checkpoints").get(0);
        assertThat(newest.get("seq").asLong()).isEqualTo(signed.seq());
        assertThat(newest.get("hash").asString()).isEqualTo(signed.hash());
        assertThat(newest.get("keyId").asString()).isEqualTo(published.get("keyId").asString());
        String text = "apertura-ledger-checkpoint\n" + newest.get("seq").asLong() + "\n" + newest.get("hash").asString()
                + "\n" + newest.get("signedAt").asString();
        assertThat(newest.get("signedText").asString()).isEqualTo(text);

        // what a mirror does with nothing but the published fields
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder()
                .decode(pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""))));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(text.getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(newest.get("signature").asString()))).isTrue();
        // the head the checkpoint signs is the chain's
        JsonNode entry = get("/api/v1/ledger?after=" + (signed.seq() - 1) + "&limit=1").get("entries").get(0);
        assertThat(entry.get("hash").asString()).isEqualTo(signed.hash());

        JsonNode verify = get("/api/v1/ledger/verify");
        assertThat(verify.get("valid").asBoolean()).isTrue();
        assertThat(verify.get("checkpoints").get("checked").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(verify.get("checkpoints").get("valid").asBoolean()).isTrue();
    }

    @Test
    void opensslChecksACheckpointAsDocsLedgerShows() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl is not installed");
        LedgerCheckpoints.SignedCheckpoint signed = signedNewHead();
        Path dir = Files.createTempDirectory("checkpoint");
        Files.writeString(dir.resolve("key.pem"), get("/api/v1/ledger/checkpoints?limit=1").get("publicKey").asString());
        Files.writeString(dir.resolve("checkpoint.txt"), signed.signedText());
        Files.write(dir.resolve("checkpoint.sig"), Base64.getDecoder().decode(signed.signature()));
        assertThat(openssl(dir, "checkpoint.txt")).as("openssl accepts the signature").isZero();
        Files.writeString(dir.resolve("rewritten.txt"), signed.signedText().replace(signed.hash(), "0".repeat(64)));
        assertThat(openssl(dir, "rewritten.txt")).as("openssl refuses another hash").isNotZero();
    }

    private static int openssl(Path dir, String file) throws Exception {
        Process process = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "key.pem", "-rawin",
                "-in", file, "-sigfile", "checkpoint.sig").directory(dir.toFile()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    @Test
    void aTamperedCheckpointIsReportedByVerify() throws Exception {
        LedgerCheckpoints.SignedCheckpoint signed = signedNewHead();
        jdbc.update("UPDATE ledger_signed_checkpoint SET signed_at = signed_at + INTERVAL '1' SECOND WHERE id = ?", signed.id());
        try {
            JsonNode verify = get("/api/v1/ledger/verify");
            assertThat(verify.get("valid").asBoolean()).isFalse();
            assertThat(verify.get("checkpoints").get("firstBadCheckpoint").asLong()).isEqualTo(signed.id());
            assertThat(verify.get("checkpoints").get("problem").asString()).isEqualTo("signature");
        } finally {
            jdbc.update("UPDATE ledger_signed_checkpoint SET signed_at = signed_at - INTERVAL '1' SECOND WHERE id = ?",
                    signed.id());
        }
        assertThat(checkpoints.check().valid()).isTrue();
    }

    @Test
    void aRewrittenHistoryNoLongerHoldsTheSignedHash() throws Exception {
        LedgerCheckpoints.SignedCheckpoint signed = signedNewHead();
        String rewritten = "f".repeat(64);
        jdbc.update("UPDATE ledger_entry SET hash = ? WHERE seq = ?", rewritten, signed.seq());
        try {
            LedgerCheckpoints.CheckpointCheck check = checkpoints.check();
            assertThat(check.valid()).isFalse();
            assertThat(check.firstBadCheckpoint()).isEqualTo(signed.id());
            assertThat(check.problem()).isEqualTo("history");
        } finally {
            jdbc.update("UPDATE ledger_entry SET hash = ? WHERE seq = ?", signed.hash(), signed.seq());
        }
        assertThat(checkpoints.check().valid()).isTrue();
        assertThat(ledger.verify().valid()).isTrue();
    }
}
