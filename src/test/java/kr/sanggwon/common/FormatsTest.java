package kr.sanggwon.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.TreeSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
    @AfterEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            125000000,  1.3억원
            3980000000, 39.8억원
            100000000,  1.0억원
            99995000,   1.0억원
            56780000,   '5,678만원'
            15000,      2만원
            9999,       '9,999원'
            -250000000, -2.5억원
            """)
    void moneyReadsAsKoreansWriteItRoundingHalfUp(long won, String expected) {
        Messages.setLocale(Locale.KOREAN);
        assertThat(Formats.money(won)).isEqualTo(expected);
    }

    @Test
    void quartersInKoreanAndEnglish() {
        Messages.setLocale(Locale.KOREAN);
        assertThat(Formats.quarter(20241)).isEqualTo("2024년 1분기");
        assertThat(Formats.quarterRange(new TreeSet<>(List.of(20241, 20242, 20244)))).isEqualTo("2024년 1분기 ~ 2024년 4분기 (3)");
        assertThat(Formats.quarter(null)).isEqualTo("-");
        Messages.setLocale(Locale.ENGLISH);
        assertThat(Formats.quarter(20253)).isEqualTo("2025 Q3");
        assertThat(Formats.money(125_000_000L)).isEqualTo("125 million KRW");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            19000000  | 23000000   | ko | 1,900만~2,300만원
            430000000 | 580000000  | ko | 4.3억~5.8억원
            95000000  | 120000000  | ko | 9,500만원~1.2억원
            19000000  | 23000000   | en | 19.0–23.0 million KRW
            430000000 | 1250000000 | en | 430 million KRW – 1.25 billion KRW
            """)
    void rangesNameTheUnitOnceInTheGivenLocaleWhateverTheGlobalOne(long low, long high, String lang, String expected) {
        Messages.setLocale(lang.equals("ko") ? Locale.ENGLISH : Locale.KOREAN);   // the explicit locale wins
        assertThat(Formats.moneyRange(low, high, Locale.forLanguageTag(lang))).isEqualTo(expected);
        Messages.setLocale(Locale.KOREAN);
    }

    @Test
    void englishMoneyIsOneStyleMillionOrBillionKrw() {
        assertThat(Formats.money(28_120_000L, Locale.ENGLISH)).isEqualTo("28.1 million KRW");
        assertThat(Formats.money(2_500_000_000L, Locale.ENGLISH)).isEqualTo("2.50 billion KRW");
        assertThat(Formats.money(850_400L, Locale.ENGLISH)).isEqualTo("850,000 KRW");
        assertThat(Formats.money(28_120_000L, Locale.KOREAN)).isEqualTo("2,812만원");
    }

    @Test
    void percentHasOneDecimal() {
        assertThat(Formats.percent(0.1234)).isEqualTo("12.3%");
    }
}
