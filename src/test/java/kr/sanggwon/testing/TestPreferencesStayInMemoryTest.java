package kr.sanggwon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** The test JVM's preferences live in memory (pom.xml names the factory): a test run leaves no nodes in the profile. */
class TestPreferencesStayInMemoryTest {
    @Test
    void theUserRootIsTheInMemoryOne() throws Exception {
        Preferences root = Preferences.userRoot();
        assertThat(root).isInstanceOf(InMemoryPreferences.class);
        Preferences node = root.node("/kr/sanggwon/desk/test/stay-in-memory");
        node.put("window.width", "1280");
        node.flush();
        assertThat(Preferences.userRoot().node("/kr/sanggwon/desk/test/stay-in-memory").get("window.width", null)).isEqualTo("1280");
        node.removeNode();
        assertThat(Preferences.userRoot().nodeExists("/kr/sanggwon/desk/test/stay-in-memory")).isFalse();
    }
}
