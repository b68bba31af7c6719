package kr.sanggwon.ingest;

import java.nio.charset.Charset;

/** How a text file is encoded and delimited, as found by {@link FileSniffer}. */
public record FileFormat(Charset charset, int bomBytes, char delimiter) {
    public String encodingLabel() {
        String name = charset.name();
        if (name.equalsIgnoreCase("x-windows-949") || name.equalsIgnoreCase("MS949")) {
            return "CP949";
        }
        return bomBytes > 0 ? name + " (BOM)" : name;
    }
}
