package kr.sanggwon.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ADR 0019: a sentence carried as key + arguments renders in the locale asked for, never the app's global one. */
class TextTest {
    @AfterEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    @Test
    void nestedSentencesAndQuartersRenderInTheLocaleAskedForWhateverTheAppsLanguage() {
        Messages.setLocale(Locale.ENGLISH);
        Text t = Text.of("estimate.quality.chosen", Text.of("estimate.method.m5p"), Text.of("estimate.quality.line", 6, "6.4%"));
        assertThat(t.render(Locale.KOREAN)).isEqualTo("방법: M5P 모델 트리 · 최근 6분기 검증 오차 중앙값 6.4%");
        assertThat(t.render(Locale.ENGLISH)).isEqualTo("Method: M5P model tree · Median error in backtests over the last 6 quarters: 6.4%");

        Text carried = Text.of("estimate.note.storesCarried", 9L, Text.quarter(20244), Text.quarter(20243));
        assertThat(carried.render(Locale.KOREAN)).startsWith("2024년 4분기 ").contains("9개, 2024년 3분기");
        assertThat(carried.render(Locale.ENGLISH)).contains("2024 Q4", "2024 Q3");
    }

    @Test
    void anExceptionsLocalizableArgumentIsRenderedInTheSameLanguageAsItsMessage() {
        UserException e = new UserException("estimate.error.noSalesAtGrain", Text.of("estimate.grain.D"));
        assertThat(Messages.get(Locale.ENGLISH, e.key(), e.args())).doesNotContain("행정동");
        assertThat(Messages.get(Locale.KOREAN, e.key(), e.args())).contains("행정동");
    }

    @Test
    void aTextInALogLineShowsItsKeyNotItsArguments() {
        assertThat(Text.of("consult.error.x", "박정자", "010-1234-5678")).hasToString("consult.error.x");
    }

    @Test
    void nullArgumentsAndNoArgumentsAreAllowed() {
        assertThat(Text.of("estimate.warn.stale").args()).isEmpty();
        assertThat(Text.of("estimate.warn.unknownIndustry", (Object) null).args()).containsExactly((Object) null);
    }
}
