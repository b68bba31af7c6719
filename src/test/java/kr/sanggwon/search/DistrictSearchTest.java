package kr.sanggwon.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistrictSearchTest {
    private static final List<DistrictEntry> ENTRIES = List.of(
            new DistrictEntry("3120001", "신림역", "D", "발달상권", "관악구", "신림동", 193000, 442000),
            new DistrictEntry("3110002", "서초역 골목", "A", "골목상권", "서초구", "서초2동", 201000, 443000),
            new DistrictEntry("3120003", "강남역", "D", "발달상권", "강남구", "역삼1동", 202000, 444000),
            new DistrictEntry("3110004", "논현로 골목", "A", "골목상권", "강남구", "논현1동", 203000, 445000),
            new DistrictEntry("3130005", "신사시장", "R", "전통시장", "강남구", "신사동", 204000, 446000),
            new DistrictEntry("3110006", "관악 강남아파트", "A", "골목상권", "관악구", "신림동", 194000, 441000));
    private final DistrictSearch search = new DistrictSearch(ENTRIES);

    private List<String> codes(String query) {
        return search.search(query, 100).stream().map(h -> h.entry().code()).toList();
    }

    @Test
    void initialConsonantsFindNamesAndDongs() {
        assertThat(codes("ㅅㄹ")).containsExactly("3120001", "3110006");
    }

    @Test
    void guNameFindsEveryDistrictOfThatGuAfterNameMatches() {
        // name starts with 강남 → first; then the 강남구 districts; 관악 강남아파트 matches in its name (not at the start)
        assertThat(codes("강남")).containsExactly("3120003", "3110006", "3110004", "3130005");
    }

    @Test
    void typeFindsAllDistrictsOfThatType() {
        assertThat(codes("전통시장")).containsExactly("3130005");
        assertThat(codes("골목")).containsExactlyInAnyOrder("3110002", "3110004", "3110006");
    }

    @Test
    void wordsMayMatchDifferentFields() {
        assertThat(codes("강남구 골목")).containsExactly("3110004");
        assertThat(codes("관악 ㄱㅁ")).containsExactly("3110006");
    }

    @Test
    void codePrefixFindsTheDistrict() {
        assertThat(codes("3130")).containsExactly("3130005");
    }

    @Test
    void emptyQueryListsAllByNameAndLimitApplies() {
        assertThat(codes("")).hasSize(6).first().isEqualTo("3120003");
        assertThat(search.search("", 2)).hasSize(2);
    }

    @Test
    void exactNameRanksFirst() {
        assertThat(codes("신사시장").get(0)).isEqualTo("3130005");
        assertThat(codes("nothing")).isEmpty();
    }
}
