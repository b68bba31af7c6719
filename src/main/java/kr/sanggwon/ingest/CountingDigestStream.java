package kr.sanggwon.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Counts the bytes read (for progress) and hashes them (sha256, for import history) in the same pass. */
final class CountingDigestStream extends FilterInputStream {
    private final MessageDigest digest;
    private volatile long count;
    private boolean closed;

    CountingDigestStream(InputStream in) {
        super(in);
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            digest.update((byte) b);
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            digest.update(b, off, n);
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        super.close();
    }

    long count() {
        return count;
    }

    /** Reads whatever is left (the parser closes the stream at its end) so the hash covers the whole file. */
    String finishHash() throws IOException {
        byte[] buffer = new byte[65536];
        while (!closed && read(buffer, 0, buffer.length) >= 0) {
            // drain
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
