package kr.sanggwon.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every shipped lesson reads in both languages and passes the checks; broken files are refused with where and why. */
class LessonLibraryTest {
    @BeforeEach
    @AfterEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    @Test
    void theSixLessonsOfTheClassAreShippedInOrderAndPassTheChecks() {
        List<Lesson> lessons = LessonLibrary.bundled();
        assertThat(lessons).extracting(l -> l.title().in(Locale.KOREAN)).containsExactly("상권 데이터 읽기",
                "우리 동네 고객은 누구인가", "카페 입지 두 곳 비교하기", "예상 매출과 그 범위 이해하기", "손익분기점 계산해 보기", "유망 상권 찾기");
        for (Lesson l : lessons) {
            assertThat(LessonValidator.problems(l)).as(l.id()).isEmpty();
            assertThat(l.steps()).as(l.id()).isNotEmpty();
            for (LessonStep s : l.steps()) {
                assertThat(s.explain().in(Locale.ENGLISH)).as(l.id()).isNotEqualTo(s.explain().in(Locale.KOREAN));
                assertThat(s.check().question().in(Locale.ENGLISH)).isNotBlank();
            }
        }
    }

    @Test
    void brokenJsonIsRefusedWithTheFileLineAndColumn() {
        String text = "{\n  \"id\": \"x\",\n  \"minutes\": 5,\n  \"steps\": [ }\n";
        assertThatThrownBy(() -> LessonReader.read("x.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(LessonFileException.class)
                .satisfies(e -> assertThat(((LessonFileException) e).localized()).contains("x.json").contains("4행"));
    }

    @Test
    void aStepWithoutAQuestionNamesTheStepAndTheField() {
        String text = """
                {"id": "x", "minutes": 5, "title": {"ko": "가", "en": "a"}, "goal": {"ko": "가", "en": "a"},
                 "steps": [{"screen": "dashboard", "control": "kpi-STORES", "explain": {"ko": "가", "en": "a"},
                            "check": {"kind": "NUMBER_SHOWN", "answerControl": "kpi-value-STORES", "hint": {"ko": "가", "en": "a"}}}]}
                """;
        assertThatThrownBy(() -> LessonReader.read("x.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .satisfies(e -> assertThat(((LessonFileException) e).localized()).contains("x.json").contains("단계 1").contains("question"));
    }

    @Test
    void aLessonOnAnUnknownScreenOrWithoutEnglishIsReported() {
        String text = """
                {"id": "x", "minutes": 5, "title": {"ko": "가", "en": "a"}, "goal": {"ko": "가", "en": ""},
                 "steps": [{"screen": "nowhere", "control": "kpi-STORES", "explain": {"ko": "가", "en": "a"},
                            "check": {"kind": "COMPARE_COUNT", "count": 1, "question": {"ko": "가", "en": "a"}, "hint": {"ko": "가", "en": "a"}}}]}
                """;
        Lesson l = LessonReader.read("x.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(LessonValidator.problems(l)).hasSize(3).anyMatch(p -> p.contains("nowhere")).anyMatch(p -> p.contains("goal"))
                .anyMatch(p -> p.contains("count"));
    }

    @Test
    void aPlanFillsOnlyKnownBoxesOf수익분석WithReadableValues() {
        String text = """
                {"id": "x", "minutes": 5, "title": {"ko": "가", "en": "a"}, "goal": {"ko": "가", "en": "a"},
                 "steps": [{"screen": "finance", "preset": {"plan": {"rent": "250만", "interior": "1.5억", "staff": "2", "sales": "3000만",
                                                                    "deposit": "많이"}},
                            "control": "finance-payback", "explain": {"ko": "가", "en": "a"},
                            "check": {"kind": "NUMBER_SHOWN", "answerControl": "finance-payback", "question": {"ko": "가", "en": "a"},
                                      "hint": {"ko": "가", "en": "a"}}},
                           {"screen": "estimate", "preset": {"plan": {"rent": "250만"}}, "control": "estimate-monthly",
                            "explain": {"ko": "가", "en": "a"},
                            "check": {"kind": "NUMBER_SHOWN", "answerControl": "estimate-monthly", "question": {"ko": "가", "en": "a"},
                                      "hint": {"ko": "가", "en": "a"}}}]}
                """;
        Lesson l = LessonReader.read("x.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(l.steps().get(0).preset().plan()).containsEntry("rent", "250만").containsEntry("staff", "2").hasSize(5);
        // the sales are what the lesson asks about, never preset; an unreadable amount and a plan on another screen are named
        assertThat(LessonValidator.problems(l)).hasSize(3)
                .anyMatch(p -> p.contains("단계 1") && p.contains("'sales'"))
                .anyMatch(p -> p.contains("단계 1") && p.contains("'많이'"))
                .anyMatch(p -> p.contains("단계 2") && p.contains("'estimate'"));
        assertThat(LessonLibrary.find("break-even").orElseThrow().steps().get(0).preset().plan()).containsKeys("rent", "interior", "staff");
    }
}
