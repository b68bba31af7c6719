package kr.sanggwon.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import kr.sanggwon.common.KoreanParticles.Particle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KoreanParticlesTest {
    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiterString = "|", textBlock = """
            물빛역      | EUL_REUL | 물빛역을
            커피-음료   | EUL_REUL | 커피-음료를
            신림역      | I_GA     | 신림역이
            가람1동     | I_GA     | 가람1동이
            강남        | EUN_NEUN | 강남은
            마포구      | EUN_NEUN | 마포구는
            서울        | GWA_WA   | 서울과
            성수        | GWA_WA   | 성수와
            서울        | EURO_RO  | 서울로
            신림역      | EURO_RO  | 신림역으로
            마포구      | EURO_RO  | 마포구로
            3110001     | EUL_REUL | 3110001을
            3110002     | EUL_REUL | 3110002를
            3110003     | I_GA     | 3110003이
            3110006     | I_GA     | 3110006이
            3110007     | EURO_RO  | 3110007로
            3110010     | EURO_RO  | 3110010으로
            3110005     | EURO_RO  | 3110005로
            CS100010    | EUL_REUL | CS100010을
            CS999999    | EUL_REUL | CS999999를
            KTX         | I_GA     | KTX가
            URL         | EURO_RO  | URL로
            CCTV        | EUN_NEUN | CCTV는
            PM          | I_GA     | PM이
            Excel       | EUL_REUL | Excel을
            coffee      | EUL_REUL | coffee를
            2024년 4분기 | EURO_RO  | 2024년 4분기로
            """)
    void choosesTheFormFromTheLastSound(String word, Particle particle, String expected) {
        assertThat(KoreanParticles.attach(word, particle)).isEqualTo(expected);
    }

    @Test
    void readsThroughClosingQuotesAndPastAParenthesis() {
        assertThat(KoreanParticles.attach("'물빛역'", Particle.EUL_REUL)).isEqualTo("'물빛역'을");
        assertThat(KoreanParticles.attach("\"커피\"", Particle.I_GA)).isEqualTo("\"커피\"가");
        // the particle agrees with the word before the parenthesis, as written Korean does
        assertThat(KoreanParticles.attach("신림역(3110002)", Particle.EUL_REUL)).isEqualTo("신림역(3110002)을");
        assertThat(KoreanParticles.attach("(3110002)", Particle.EUL_REUL)).isEqualTo("(3110002)를");
    }

    @Test
    void keepsBothFormsWhenTheSoundCannotBeTold() {
        assertThat(KoreanParticles.attach("", Particle.I_GA)).isEqualTo("이(가)");
        assertThat(KoreanParticles.attach("★", Particle.EUL_REUL)).isEqualTo("★을(를)");
    }

    @Test
    void resolvesEveryMarkerInASentence() {
        assertThat(KoreanParticles.resolve("상권/행정동 코드 '물빛역'을(를) 찾을 수 없습니다."))
                .isEqualTo("상권/행정동 코드 '물빛역'을 찾을 수 없습니다.");
        assertThat(KoreanParticles.resolve("종합하면 성수이(가) 3개 항목에서, 신림역이(가) 2개 항목에서"))
                .isEqualTo("종합하면 성수가 3개 항목에서, 신림역이 2개 항목에서");
        assertThat(KoreanParticles.resolve("자료가 2024년 4분기(으)로 늦고 서울(으)로 가는 신림역(으)로"))
                .isEqualTo("자료가 2024년 4분기로 늦고 서울로 가는 신림역으로");
        assertThat(KoreanParticles.resolve("괄호(설명) 그대로")).isEqualTo("괄호(설명) 그대로");
    }

    @Test
    void koreanMessagesGetTheRightParticleAndEnglishIsUntouched() {
        assertThat(Messages.get(Locale.KOREAN, "estimate.error.unknownDistrict", "물빛역")).contains("'물빛역'을 ").doesNotContain("를");
        assertThat(Messages.get(Locale.KOREAN, "estimate.error.unknownDistrict", "가람1동")).contains("'가람1동'을 ");
        assertThat(Messages.get(Locale.KOREAN, "estimate.error.unknownDistrict", "3110002")).contains("'3110002'를 ");
        assertThat(Messages.get(Locale.KOREAN, "district.error.unknownIndustry", "CS999999")).contains("CS999999가 ");
        assertThat(Messages.get(Locale.ENGLISH, "estimate.error.unknownDistrict", "물빛역")).doesNotContain("을", "를");
    }
}
