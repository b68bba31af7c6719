package kr.sanggwon.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import kr.sanggwon.common.UserException;
import org.junit.jupiter.api.Test;

class AppOptionsTest {
    @Test
    void readsEveryAppOptionInBothForms() {
        AppOptions o = AppOptions.parse(List.of("--data-dir", "/tmp/d", "--lang=en", "--snapshot", "a.png", "--exit-after-shown",
                "--font-scale", "150"));
        assertThat(o).isEqualTo(new AppOptions(Path.of("/tmp/d"), "en", Path.of("a.png"), true, 150, null));
    }

    @Test
    void readsTheDatabaseUrl() {
        assertThat(AppOptions.parse(List.of("--db-url", "jdbc:postgresql://office/desk")).dbUrl()).isEqualTo("jdbc:postgresql://office/desk");
        assertThat(AppOptions.parse(List.of("--db-url=embedded")).dbUrl()).isEqualTo("embedded");
    }

    @Test
    void fontScaleAcceptsAFactor() {
        assertThat(AppOptions.parse(List.of("--font-scale=1.5")).fontScale()).isEqualTo(150);
    }

    @Test
    void unknownOptionsAndMissingValuesAreUserErrors() {
        assertThatThrownBy(() -> AppOptions.parse(List.of("--nope", "x"))).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> AppOptions.parse(List.of("--data-dir"))).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> AppOptions.parse(List.of("--font-scale", "big"))).isInstanceOf(UserException.class);
    }
}
