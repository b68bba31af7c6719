package kr.sanggwon.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A real-format file (official or sample) held as bytes, with what mutations need to know about it: its text
 * encoding, delimiter and whether fields are quoted. Lines are split on LF bytes, which never occur inside a UTF-8 or
 * CP949 multi-byte character, so cutting and reordering lines never breaks a character.
 */
public record SeedFile(String name, byte[] bytes) {
    public static final Charset CP949 = Charset.forName("MS949");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The first {@code dataLines} data lines of a file (header kept), as published: same bytes, same line ends. */
    public static SeedFile head(String name, byte[] all, int dataLines) {
        int lf = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n' && ++lf == dataLines + 1) {
                return new SeedFile(name, java.util.Arrays.copyOf(all, i + 1));
            }
        }
        return new SeedFile(name, all.clone());
    }

    public boolean hasBom() {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    public Charset charset() {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return CP949;
        }
    }

    /** The decoded lines (without BOM and line ends). */
    public List<String> textLines() {
        int skip = hasBom() ? 3 : 0;
        String text = new String(bytes, skip, bytes.length - skip, charset());
        List<String> out = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    public char delimiter() {
        String header = textLines().get(0);
        long commas = header.chars().filter(c -> c == ',').count();
        long pipes = header.chars().filter(c -> c == '|').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        return pipes > commas && pipes >= tabs ? '|' : tabs > commas ? '\t' : ',';
    }

    /** Raw lines as bytes, each with its line end (the last one may have none). */
    public List<byte[]> byteLines() {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                out.add(java.util.Arrays.copyOfRange(bytes, start, i + 1));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            out.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return out;
    }

    /** Lines back to bytes in this file's encoding and BOM, joined by {@code lineEnd}. */
    public byte[] encode(List<String> lines, String lineEnd) {
        return encode(lines, lineEnd, charset(), hasBom());
    }

    /** As {@link #encode(List, String)}, without a line end after the last line when {@code finalLineEnd} is false. */
    public byte[] encode(List<String> lines, String lineEnd, boolean finalLineEnd) {
        byte[] all = encode(lines, lineEnd);
        return finalLineEnd ? all : java.util.Arrays.copyOf(all, all.length - lineEnd.getBytes(charset()).length);
    }

    public static byte[] encode(List<String> lines, String lineEnd, Charset charset, boolean utf8Bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (utf8Bom) {
            out.writeBytes(UTF8_BOM);
        }
        out.writeBytes((String.join(lineEnd, lines) + lineEnd).getBytes(charset));
        return out.toByteArray();
    }

    public static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
