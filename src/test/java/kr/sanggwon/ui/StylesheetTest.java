package kr.sanggwon.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** desk.css is one file many helpers append to: it must parse cleanly, or every rule after a slip is lost. */
class StylesheetTest {
    @Test
    void deskCssParsesWithoutErrors() throws IOException {
        URL url = StylesheetTest.class.getResource(Styles.STYLESHEET);
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(url);
        List<String> errors = new ArrayList<>();
        CssParser.errorsProperty().forEach(e -> errors.add(e.toString()));
        assertThat(errors).isEmpty();
        assertThat(sheet.getRules()).hasSizeGreaterThan(30);
    }

    @Test
    void everyStyleClassConstantIsDefinedInTheStylesheet() throws IOException {
        String css = new String(StylesheetTest.class.getResourceAsStream(Styles.STYLESHEET).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (java.lang.reflect.Field f : Styles.class.getFields()) {
            if (f.getName().equals("STYLESHEET")) {
                continue;
            }
            String cls = value(f);
            Matcher m = Pattern.compile("\\." + Pattern.quote(cls) + "\\b").matcher(css);
            if (!m.find()) {
                missing.add(cls);
            }
        }
        assertThat(missing).isEmpty();
    }

    private static String value(java.lang.reflect.Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
