package kr.sanggwon.consult;

/**
 * The stored form of the case-file data key: the random AES key sealed with a key derived from the consultant's
 * passphrase ({@code kdf} with {@code iterations} over {@code salt}). The passphrase itself is never stored.
 */
public record WrappedKey(String kdf, int iterations, byte[] salt, byte[] wrapped) {
}
