package kr.sanggwon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
    private static final DatabaseSettings.Saved FILE = new DatabaseSettings.Saved("jdbc:postgresql://office/desk", "filer", "filepw");

    @Test
    void embeddedH2IsTheDefault() {
        assertThat(DatabaseLocation.resolve(null, Map.of(), DatabaseSettings.Saved.NONE).embedded()).isTrue();
    }

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheFile() {
        Map<String, String> env = Map.of(DatabaseLocation.ENV_URL, "jdbc:postgresql://env/desk",
                DatabaseLocation.ENV_USER, "envuser", DatabaseLocation.ENV_PASSWORD, "envpw");
        DatabaseLocation byOption = DatabaseLocation.resolve("jdbc:postgresql://cli/desk", env, FILE);
        assertThat(byOption.url()).isEqualTo("jdbc:postgresql://cli/desk");
        assertThat(byOption.user()).isEqualTo("envuser");
        assertThat(byOption.password()).isEqualTo("envpw");
        assertThat(DatabaseLocation.resolve(null, env, FILE).url()).isEqualTo("jdbc:postgresql://env/desk");
        DatabaseLocation byFile = DatabaseLocation.resolve(null, Map.of(), FILE);
        assertThat(byFile.url()).isEqualTo("jdbc:postgresql://office/desk");
        assertThat(byFile.user()).isEqualTo("filer");
        assertThat(byFile.password()).isEqualTo("filepw");
    }

    @Test
    void theWordEmbeddedOverridesASavedServer() {
        assertThat(DatabaseLocation.resolve("embedded", Map.of(), FILE).embedded()).isTrue();
        assertThat(DatabaseLocation.resolve(null, Map.of(DatabaseLocation.ENV_URL, "EMBEDDED"), FILE).embedded()).isTrue();
    }

    @Test
    void onlyPostgresUrlsAreAcceptedAndTheRefusalHidesThePassword() {
        assertThatThrownBy(() -> DatabaseLocation.resolve("jdbc:mysql://db/x?password=topsecret", Map.of(), DatabaseSettings.Saved.NONE))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).localized()).contains("password=***").doesNotContain("topsecret"));
    }

    @Test
    void aPasswordInTheUrlIsMovedOutOfIt() {
        DatabaseLocation l = new DatabaseLocation("jdbc:postgresql://db/desk?user=kim&password=p%40ss&ssl=true", null, null).passwordOutOfUrl();
        assertThat(l.url()).isEqualTo("jdbc:postgresql://db/desk?user=kim&ssl=true");
        assertThat(l.password()).isEqualTo("p@ss");
        DatabaseLocation given = new DatabaseLocation("jdbc:postgresql://db/desk?password=old", null, "typed").passwordOutOfUrl();
        assertThat(given.url()).isEqualTo("jdbc:postgresql://db/desk");
        assertThat(given.password()).isEqualTo("typed");
        assertThat(DatabaseLocation.EMBEDDED.passwordOutOfUrl()).isSameAs(DatabaseLocation.EMBEDDED);
    }

    @Test
    void toStringNeverShowsThePassword() {
        DatabaseLocation l = new DatabaseLocation("jdbc:postgresql://db/desk?password=inurl", "kim", "given");
        assertThat(l.toString()).doesNotContain("inurl").doesNotContain("given").contains("kim");
        assertThat(FILE.toString()).doesNotContain("filepw");
    }
}
