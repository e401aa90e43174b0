package org.apertura.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The codes are the ones every authenticator app computes: RFC 6238's own test vectors, and the rules of acceptance. */
class TotpTest {

    /** RFC 6238 appendix B's SHA-1 key, "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void theCodesAreThoseOfRfc6238() {
        // appendix B gives eight digits; six-digit codes are their last six (the same value modulo 10^6)
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void base32RoundTripsAndTheSecretIsLongEnough() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(new String(Totp.unbase32(RFC_SECRET), StandardCharsets.US_ASCII)).isEqualTo("12345678901234567890");
        assertThat(Totp.unbase32(Totp.newSecret())).hasSize(20);
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNeverTwice() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now, null)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, null)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, null)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, null)).isEmpty();
        // once accepted, neither it nor an older one again
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step)).isEmpty();
        // spaces are forgiven; anything else than six digits matches nothing
        String code = Totp.code(RFC_SECRET, step);
        assertThat(Totp.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now, null)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, "12345", now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now, null)).isEmpty();
    }

    @Test
    void theAppAddressCarriesTheSecretAndTheIssuer() {
        assertThat(Totp.uri(RFC_SECRET, "Apertura", "ana@ejemplo.mx"))
                .startsWith("otpauth://totp/Apertura:ana@ejemplo.mx?secret=" + RFC_SECRET + "&issuer=Apertura");
        assertThat(Totp.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
    }
}
