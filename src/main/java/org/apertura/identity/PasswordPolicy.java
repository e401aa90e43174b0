package org.apertura.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apertura.platform.FieldProblem;

/**
 * What a password must be, checked whenever one is set (sign-up, change, reset):
 * <ul>
 * <li>between {@value #MIN_LENGTH} and {@value #MAX_LENGTH} characters, and at least {@value #MIN_STAFF_LENGTH}
 * for staff: anyone holding any role (administrator, coordinator, secretariat member, liaison, transparency
 * unit, committee, guarantor, archivist…), whose account can change public records;</li>
 * <li>not one of the 100,000 commonest passwords found in breaches, compared without case. The list is
 * {@code dictionaries/passwords.txt} of the nbvcxz library (me.gosimple:nbvcxz 1.5.1 on Maven Central, MIT
 * licence), a frequency-ordered list of leaked passwords; only its entries long enough to pass the length
 * rule are kept in memory (about 5,000). A few Spanish ones are added;</li>
 * <li>not the e-mail's local part, and with at least four different characters.</li>
 * </ul>
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MIN_STAFF_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    /** Where the bundled list is on the class path, and how many entries it must have (a moved file fails). */
    static final String LIST = "/dictionaries/passwords.txt";
    static final int LIST_SIZE_AT_LEAST = 99_000;

    private static final Set<String> SPANISH = Set.of("1234567890", "12345678910", "contraseña", "contrasena1",
            "contraseña1", "password123", "qwertyuiop", "0123456789", "1111111111", "passwordpassword", "administrador",
            "administrador1", "contraseña123", "contrasena123", "bienvenido1", "bienvenido123");

    private PasswordPolicy() {
    }

    /** The first rule the password breaks, as a problem on {@code field}, or nothing. */
    static Optional<FieldProblem> problem(String password, String email, boolean staff, String field) {
        int min = staff ? MIN_STAFF_LENGTH : MIN_LENGTH;
        if (password == null || password.length() < min || password.length() > MAX_LENGTH) {
            return Optional.of(new FieldProblem(field,
                    staff ? "account.error.passwordLengthStaff" : "account.error.passwordLength", min, MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String address = email == null ? "" : email;
        String localPart = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        if (isCommon(lower) || (localPart.length() >= 4 && lower.contains(localPart))
                || lower.chars().distinct().count() < 4) {
            return Optional.of(new FieldProblem(field, "account.error.passwordWeak"));
        }
        return Optional.empty();
    }

    /** Whether a password (any case) is on the bundled list of common and breached passwords. */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        return SPANISH.contains(lower) || Breached.WORDS.contains(lower);
    }

    /** How many passwords the bundled list holds (all of them, also those too short to be accepted anyway). */
    static int listSize() {
        return Breached.size;
    }

    /** Loaded on first use. */
    private static final class Breached {
        static int size;
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            Set<String> kept = new HashSet<>();
            int read = 0;
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
                if (in == null) {
                    throw new IllegalStateException("the list of common passwords is missing: " + LIST);
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String word = line.strip().toLowerCase(Locale.ROOT);
                    if (!word.isEmpty()) {
                        read++;
                        if (word.length() >= MIN_LENGTH) {
                            kept.add(word);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            size = read;
            return Set.copyOf(kept);
        }
    }
}
