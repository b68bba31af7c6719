package kr.sanggwon.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.TestData;
import kr.sanggwon.common.UserException;
import org.junit.jupiter.api.Test;

/** The wizard's plain words name real 서비스_업종_코드 (checked against the official list and the bundled sample). */
class PlainIndustriesTest {
    @Test
    void everyPlainWordMapsToAnOfficialCodeWithItsOfficialName() throws Exception {
        Map<String, String> official = new HashMap<>();
        List<String> lines = Files.readAllLines(TestData.require(TestData.SHARED.resolve("service_industry_codes.csv")), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            official.put(f[0], f[1]);
        }
        assertThat(PlainIndustries.all()).hasSizeGreaterThanOrEqualTo(20);
        for (PlainIndustry p : PlainIndustries.all()) {
            assertThat(official).as(p.wordKo()).containsEntry(p.code(), p.officialName());
        }
    }

    @Test
    void ownersWordsInEitherLanguageFindTheShop() {
        assertThat(PlainIndustries.require("카페").code()).isEqualTo("CS100010");
        assertThat(PlainIndustries.require("커피숍").code()).isEqualTo("CS100010");
        assertThat(PlainIndustries.require("치킨 집").code()).isEqualTo("CS100007");
        assertThat(PlainIndustries.require("Hair salon").code()).isEqualTo("CS200028");
        assertThat(PlainIndustries.require("cs300002").wordKo()).isEqualTo("편의점");
        assertThat(PlainIndustries.all().stream().map(PlainIndustry::id).distinct()).hasSize(PlainIndustries.all().size());
        assertThatThrownBy(() -> PlainIndustries.require("우주정거장")).isInstanceOf(UserException.class)
                .hasFieldOrPropertyWithValue("key", "wizard.error.unknownWhat");
    }
}
