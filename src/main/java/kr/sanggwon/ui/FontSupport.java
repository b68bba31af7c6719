package kr.sanggwon.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.text.Font;

/**
 * Finds the operating system's Korean font family (JavaFX does not fall back to CJK fonts by itself) and names it
 * explicitly: in a generated stylesheet for the scene (with the font scale) and for charts.
 */
public final class FontSupport {
    /** Preferred families in order: Windows, macOS, Linux (fonts-nanum), then Noto. */
    static final List<String> CANDIDATES = List.of("Malgun Gothic", "맑은 고딕", "Apple SD Gothic Neo", "NanumGothic", "나눔고딕",
            "NanumBarunGothic", "Noto Sans KR", "Noto Sans CJK KR", "Source Han Sans KR", "UnDotum");
    /** Base font size in px at 100 %; desk.css sizes everything in em from it. */
    public static final double BASE_SIZE = 13.0;
    private static final String FALLBACK = "System";

    private final String family;
    private final boolean korean;

    private FontSupport(String family, boolean korean) {
        this.family = family;
        this.korean = korean;
    }

    /** Looks at the installed families (needs the JavaFX toolkit). */
    public static FontSupport detect() {
        return choose(Font.getFamilies());
    }

    static FontSupport choose(List<String> installed) {
        Set<String> lower = new TreeSet<>();
        installed.forEach(f -> lower.add(f.toLowerCase(Locale.ROOT)));
        for (String c : CANDIDATES) {
            if (lower.contains(c.toLowerCase(Locale.ROOT))) {
                return new FontSupport(c, true);
            }
        }
        return new FontSupport(FALLBACK, false);
    }

    /** The family to name in CSS and charts. */
    public String family() {
        return family;
    }

    /** False when no Hangul-capable family was found (text may show as boxes): the app shows a notice. */
    public boolean koreanAvailable() {
        return korean;
    }

    /** A data-URI stylesheet that sets the family and the root font size ({@code scalePercent} of the base). */
    public String stylesheet(int scalePercent) {
        double px = Math.round(BASE_SIZE * scalePercent / 10.0) / 10.0;
        String css = ".root { -fx-font-family: \"" + family + "\"; -fx-font-size: " + px + "px; }\n";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
