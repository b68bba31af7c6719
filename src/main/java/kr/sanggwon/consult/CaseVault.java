package kr.sanggwon.consult;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Holds the case-file data key while 상담 is unlocked. The key is a random 256-bit AES key, stored only wrapped by a
 * key derived from the consultant's passphrase (PBKDF2-HMAC-SHA256, {@link #ITERATIONS} iterations, random salt).
 * Changing the passphrase re-wraps the same data key, so no case file is re-encrypted. After {@code idleTimeout}
 * without use the vault locks itself and forgets the key.
 */
public final class CaseVault {
    /** PBKDF2 iterations for new passphrases (OWASP 2023 figure for PBKDF2-HMAC-SHA256). */
    public static final int ITERATIONS = 600_000;
    public static final int MIN_PASSPHRASE = 8;
    static final String KDF = "PBKDF2WithHmacSHA256";
    private static final String WRAP_AAD = "consult_key.wrapped_key";

    /** Where the wrapped key is kept (the consult repository). */
    public interface KeyStorage {
        Optional<WrappedKey> readKey();

        void writeKey(WrappedKey key, boolean first);
    }

    private final KeyStorage storage;
    private final int iterations;
    private final Clock clock;
    private Duration idleTimeout;
    private SecretKey dataKey;
    private Instant lastUse;

    public CaseVault(KeyStorage storage, Duration idleTimeout) {
        this(storage, ITERATIONS, idleTimeout, Clock.systemUTC());
    }

    /** For tests: fewer iterations and a controllable clock. */
    CaseVault(KeyStorage storage, int iterations, Duration idleTimeout, Clock clock) {
        this.storage = storage;
        this.iterations = iterations;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    /** True once a passphrase was set (first use of 상담 sets it). */
    public synchronized boolean isSetUp() {
        return storage.readKey().isPresent();
    }

    /** Sets the first passphrase: makes the data key, stores it wrapped, and leaves the vault unlocked. */
    public synchronized void setUp(char[] passphrase, char[] repeat) {
        try {
            if (isSetUp()) {
                throw new ConsultException("consult.vault.alreadySetUp");
            }
            checkNew(passphrase, repeat);
            byte[] raw = FieldCipher.random(32);
            try {
                storage.writeKey(wrap(raw, passphrase), true);
                remember(raw);
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        } finally {
            wipe(passphrase, repeat);
        }
    }

    /** Unlocks with the passphrase; a wrong one throws {@code consult.vault.wrongPassphrase} and changes nothing. */
    public synchronized void unlock(char[] passphrase) {
        try {
            WrappedKey stored = storage.readKey().orElseThrow(() -> new ConsultException("consult.vault.notSetUp"));
            byte[] raw = unwrap(stored, passphrase);
            try {
                remember(raw);
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        } finally {
            wipe(passphrase);
        }
    }

    /** Re-wraps the data key under a new passphrase (the old one must be right); case files stay as they are. */
    public synchronized void changePassphrase(char[] old, char[] passphrase, char[] repeat) {
        try {
            WrappedKey stored = storage.readKey().orElseThrow(() -> new ConsultException("consult.vault.notSetUp"));
            byte[] raw = unwrap(stored, old);
            try {
                checkNew(passphrase, repeat);
                storage.writeKey(wrap(raw, passphrase), false);
                remember(raw);
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        } finally {
            wipe(old, passphrase, repeat);
        }
    }

    /** Forgets the data key. */
    public synchronized void lock() {
        dataKey = null;
        lastUse = null;
    }

    /** True while the key is held and the idle time has not run out (locks itself when it has). */
    public synchronized boolean isUnlocked() {
        if (dataKey != null && idleTimeout != null && lastUse != null
                && Duration.between(lastUse, clock.instant()).compareTo(idleTimeout) >= 0) {
            lock();
        }
        return dataKey != null;
    }

    public synchronized Duration idleTimeout() {
        return idleTimeout;
    }

    public synchronized void setIdleTimeout(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    /** Marks the vault as used now (the UI calls it on user activity in 상담). */
    public synchronized void touch() {
        if (isUnlocked()) {
            lastUse = clock.instant();
        }
    }

    /** Seals {@code text} (null stays null) for the column and row named by {@code aad}. */
    byte[] seal(String aad, String text) {
        if (text == null) {
            return null;
        }
        return FieldCipher.seal(key(), aad, text.getBytes(StandardCharsets.UTF_8));
    }

    byte[] sealBytes(String aad, byte[] plain) {
        return FieldCipher.seal(key(), aad, plain);
    }

    /** Opens a sealed value (null stays null); a value that does not open is reported, never shown garbled. */
    String open(String aad, byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        return new String(openBytes(aad, sealed), StandardCharsets.UTF_8);
    }

    byte[] openBytes(String aad, byte[] sealed) {
        try {
            return FieldCipher.open(key(), aad, sealed);
        } catch (GeneralSecurityException e) {
            throw new ConsultException("consult.vault.damaged", aad);
        }
    }

    /** Throws {@code consult.vault.locked} unless unlocked; counts as use (restarts the idle time). */
    void requireUnlocked() {
        key();
    }

    private synchronized SecretKey key() {
        if (!isUnlocked()) {
            throw new ConsultException("consult.vault.locked");
        }
        lastUse = clock.instant();
        return dataKey;
    }

    private void remember(byte[] raw) {
        dataKey = new SecretKeySpec(raw, "AES");
        lastUse = clock.instant();
    }

    private WrappedKey wrap(byte[] raw, char[] passphrase) {
        byte[] salt = FieldCipher.random(16);
        SecretKey kek = derive(passphrase, salt, iterations);
        return new WrappedKey(KDF, iterations, salt, FieldCipher.seal(kek, WRAP_AAD, raw));
    }

    private static byte[] unwrap(WrappedKey stored, char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new ConsultException("consult.vault.wrongPassphrase");
        }
        SecretKey kek = derive(passphrase, stored.salt(), stored.iterations());
        try {
            return FieldCipher.open(kek, WRAP_AAD, stored.wrapped());
        } catch (GeneralSecurityException e) {
            throw new ConsultException("consult.vault.wrongPassphrase");
        }
    }

    static SecretKey derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] k = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            try {
                return new SecretKeySpec(k, "AES");
            } finally {
                Arrays.fill(k, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static void checkNew(char[] passphrase, char[] repeat) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new ConsultException("consult.vault.tooShort", MIN_PASSPHRASE);
        }
        if (repeat == null || !Arrays.equals(passphrase, repeat)) {
            throw new ConsultException("consult.vault.mismatch");
        }
    }

    private static void wipe(char[]... arrays) {
        for (char[] a : arrays) {
            if (a != null) {
                Arrays.fill(a, '\0');
            }
        }
    }
}
