package kr.sanggwon.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.sanggwon.ui.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeskPreferencesTest {
    private final DeskPreferences prefs = UiTestSupport.tempPreferences();

    @AfterEach
    void clear() {
        prefs.clear();
    }

    @Test
    void defaultsAreKoreanNormalSizeAndNoWindow() {
        assertThat(prefs.language()).isEqualTo("ko");
        assertThat(prefs.fontScale()).isEqualTo(100);
        assertThat(prefs.windowBounds()).isEmpty();
        assertThat(prefs.compareDistricts()).isEmpty();
    }

    @Test
    void valuesSurviveARoundTrip() {
        prefs.setLanguage("en");
        prefs.setFontScale(250);
        prefs.setWindowBounds(new DeskPreferences.WindowBounds(10, 20, 1000, 700, false));
        prefs.setCompareDistricts(List.of("3120157", "3120189"));
        prefs.setScreenSetting("search", "metric", "STORES");
        assertThat(prefs.language()).isEqualTo("en");
        assertThat(prefs.fontScale()).isEqualTo(200);
        assertThat(prefs.windowBounds()).contains(new DeskPreferences.WindowBounds(10, 20, 1000, 700, false));
        assertThat(prefs.compareDistricts()).containsExactly("3120157", "3120189");
        assertThat(prefs.screenSetting("search", "metric")).contains("STORES");
    }

    @Test
    void selectionIsRememberedAcrossInstances() {
        Selection s = Selection.remembered(prefs);
        s.setDistrict("3120157");
        s.setIndustry("CS100010");
        s.compareDistricts().setAll("3120157", "3110880");
        Selection again = Selection.remembered(prefs);
        assertThat(again.district()).isEqualTo("3120157");
        assertThat(again.industry()).isEqualTo("CS100010");
        assertThat(again.compareDistricts()).containsExactly("3120157", "3110880");
    }
}
