package kr.sanggwon.consult;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM sealing of one value: {@code version(1) | nonce(12) | ciphertext+tag(16)}. The associated data names the
 * table, column and row, so a sealed value copied into another row or column fails to open instead of showing there.
 */
final class FieldCipher {
    static final byte VERSION = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private FieldCipher() {
    }

    static byte[] seal(SecretKey key, String aad, byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            byte[] body = c.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE + body.length).put(VERSION).put(nonce).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** Opens a sealed value; throws {@link GeneralSecurityException} when the key or associated data is wrong. */
    static byte[] open(SecretKey key, String aad, byte[] sealed) throws GeneralSecurityException {
        if (sealed.length < 1 + NONCE + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new GeneralSecurityException("not a sealed value");
        }
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE));
        c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
        return c.doFinal(sealed, 1 + NONCE, sealed.length - 1 - NONCE);
    }

    static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }
}
