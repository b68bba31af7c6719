package kr.sanggwon.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanMatcherTest {
    @ParameterizedTest(name = "\"{0}\" matches \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ㅅㄹ        | 신림역
            ㅅㄹㅇ      | 신림역
            신ㄹ        | 신림역
            ㄱㄴ        | 강남구
            강남        | 강남역 골목
            강ㄴ        | 강남역
            림역        | 신림역
            시          | 신림역
            신리        | 신림역
            섳          | 서초
            강남역골목   | 강남역 골목
            강남 역     | 강남역
            ktx         | KTX 용산역
            KtX용산     | ktx 용산역
            종로청계     | 종로?청계 관광특구
            종로·청계   | 종로?청계 관광특구
            3110        | 3110008
            ㄱㅁ        | 골목상권
            """)
    void matches(String query, String text) {
        assertThat(KoreanMatcher.matches(query, text)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" does not match \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ㅅㄹ        | 서초구
            ㄴㄷ        | 강남구
            신림        | 신촌
            강남구청    | 강남구
            라          | 신림역
            신리역      | 신림역
            섳          | 서울
            ㄱ          | 3110008
            """)
    void doesNotMatch(String query, String text) {
        assertThat(KoreanMatcher.matches(query, text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ' 강남  역 '    | 강남역
            'KTX-용산'      | ktx용산
            '종로?청계'      | 종로청계
            """)
    void normalizeDropsSpacesSeparatorsAndCase(String raw, String normalized) {
        assertThat(KoreanMatcher.normalize(raw)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            신림   | ㅅㄹ
            강남구 | ㄱㄴㄱ
            A골목  | Aㄱㅁ
            """)
    void initialsOfSyllables(String text, String initials) {
        assertThat(Hangul.initials(text)).isEqualTo(initials);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ㅅㄹ | 신림
            """)
    void decomposedInputFromMacKeyboardsIsComposedFirst(String query, String text) {
        String nfd = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        assertThat(KoreanMatcher.matches(query, nfd)).isTrue();
        assertThat(KoreanMatcher.matches(java.text.Normalizer.normalize("신", java.text.Normalizer.Form.NFD), text)).isTrue();
    }
}
