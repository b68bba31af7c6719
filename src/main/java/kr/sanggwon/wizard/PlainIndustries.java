package kr.sanggwon.wizard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kr.sanggwon.common.UserException;

/** The wizard's plain-word shop list, read from the bundled data file {@code plain-industries.csv}. */
public final class PlainIndustries {
    static final String RESOURCE = "/kr/sanggwon/wizard/plain-industries.csv";
    private static final List<PlainIndustry> ALL = load();

    private PlainIndustries() {
    }

    /** Every plain word, in the order of the file (the most asked-for shops first). */
    public static List<PlainIndustry> all() {
        return ALL;
    }

    public static Optional<PlainIndustry> find(String typed) {
        return ALL.stream().filter(p -> p.matches(typed)).findFirst();
    }

    /** The plain word for {@code typed}, or a message listing the words the wizard knows. */
    public static PlainIndustry require(String typed) {
        return find(typed).orElseThrow(() -> new UserException("wizard.error.unknownWhat", String.valueOf(typed),
                String.join(", ", ALL.stream().map(PlainIndustry::wordKo).toList())));
    }

    private static List<PlainIndustry> load() {
        try (InputStream in = PlainIndustries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<PlainIndustry> out = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 6) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": expected 6 fields, found " + f.length);
                }
                List<String> others = f[5].isBlank() ? List.of() : Arrays.stream(f[5].split("\\|")).map(String::trim).toList();
                out.add(new PlainIndustry(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim(), f[4].trim(), others));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
