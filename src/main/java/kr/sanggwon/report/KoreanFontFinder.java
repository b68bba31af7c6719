package kr.sanggwon.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the operating system's Korean font file for the PDF (the app's screens name a font family through JavaFX;
 * a PDF needs the file itself to embed a subset). Looks for the same families the app prefers — Malgun Gothic on
 * Windows, Apple SD Gothic Neo on macOS, NanumGothic on Linux (fonts-nanum), then Noto/Source Han — in the usual
 * font folders. TrueType collections (.ttc) are named with the font inside them.
 */
public final class KoreanFontFinder {
    /** A font to embed: its file and, for a .ttc collection, the PostScript name of the font inside. */
    public record FontFile(Path file, String nameInCollection) {
        public boolean collection() {
            return nameInCollection != null;
        }
    }

    /** A regular and (when there is one) a bold face; bold may equal regular. */
    public record Faces(FontFile regular, FontFile bold) {
    }

    private record Candidate(String regularFile, String boldFile, String regularName, String boldName) {
    }

    /** In order of preference; file names compared without case. CFF-only .otf fonts are left out (PDFBox embeds TrueType). */
    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate("malgun.ttf", "malgunbd.ttf", null, null),
            new Candidate("AppleSDGothicNeo.ttc", "AppleSDGothicNeo.ttc", "AppleSDGothicNeo-Regular", "AppleSDGothicNeo-Bold"),
            new Candidate("NanumGothic.ttf", "NanumGothicBold.ttf", null, null),
            new Candidate("NanumBarunGothic.ttf", "NanumBarunGothicBold.ttf", null, null),
            new Candidate("NotoSansKR-Regular.ttf", "NotoSansKR-Bold.ttf", null, null),
            new Candidate("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc", "NotoSansCJKkr-Regular", "NotoSansCJKkr-Bold"),
            new Candidate("UnDotum.ttf", "UnDotumBold.ttf", null, null));

    private final List<Path> folders;

    public KoreanFontFinder(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The font folders of this operating system (and the user's own). */
    public static KoreanFontFinder system() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String windir = Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows");
            dirs.add(Path.of(windir, "Fonts"));
            Optional.ofNullable(System.getenv("LOCALAPPDATA")).ifPresent(l -> dirs.add(Path.of(l, "Microsoft", "Windows", "Fonts")));
        } else if (os.contains("mac")) {
            dirs.add(Path.of("/System/Library/Fonts"));
            dirs.add(Path.of("/System/Library/Fonts/Supplemental"));
            dirs.add(Path.of("/Library/Fonts"));
            dirs.add(Path.of(home, "Library", "Fonts"));
        } else {
            dirs.add(Path.of("/usr/share/fonts"));
            dirs.add(Path.of("/usr/local/share/fonts"));
            dirs.add(Path.of(home, ".local", "share", "fonts"));
            dirs.add(Path.of(home, ".fonts"));
        }
        return new KoreanFontFinder(dirs);
    }

    public List<Path> folders() {
        return folders;
    }

    /** The best Korean font found, or empty when none of the known ones is installed. */
    public Optional<Faces> find() {
        Map<String, Path> files = index();
        for (Candidate c : CANDIDATES) {
            Path regular = files.get(c.regularFile().toLowerCase(Locale.ROOT));
            if (regular != null) {
                Path bold = files.get(c.boldFile().toLowerCase(Locale.ROOT));
                FontFile r = new FontFile(regular, c.regularName());
                FontFile b = bold == null ? r : new FontFile(bold, c.boldName());
                return Optional.of(new Faces(r, b));
            }
        }
        return Optional.empty();
    }

    /** File name (lower case) → first path found, searching each folder a few levels deep. */
    private Map<String, Path> index() {
        Map<String, Path> out = new java.util.HashMap<>();
        for (Path dir : folders) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir, 4)) {
                walk.filter(Files::isRegularFile).forEach(p -> out.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException | java.io.UncheckedIOException unreadable) {
                // a folder we may not read is simply not searched
            }
        }
        return out;
    }

    /** What to install, per operating system, for the "no Korean font" message. */
    public static String installHint() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return "Malgun Gothic (맑은 고딕)";
        }
        if (os.contains("mac")) {
            return "Apple SD Gothic Neo";
        }
        return "NanumGothic (sudo apt-get install fonts-nanum)";
    }
}
