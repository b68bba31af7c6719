package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kr.sanggwon.AppContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Round trips of clients and consultations, validation messages, lists and search over decrypted values. */
class ConsultServiceTest {
    @TempDir
    Path dir;
    AppContext app;
    ConsultService s;

    @BeforeEach
    void open() {
        app = AppContext.open(dir);
        s = ConsultFixture.unlocked(app);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void clientAndConsultationComeBackExactlyAfterReopeningTheDatabase() {
        Client c = s.addClient(new ClientInput("  이영희 ", "010-2222-3333", "yh@example.kr", "망원동 수제 디저트 카페", "CS100010",
                80_000_000L, "20~30대 여성, 주말 나들이", "남편과 공동 운영 예정"));
        Consultation k = s.addConsultation(c.id(), new ConsultationInput(LocalDate.of(2026, 3, 2), "망원동 가게 앞",
                "보증금 협상 중", "임대차 조건 확인", LocalDate.of(2026, 3, 16)));
        app.close();
        app = AppContext.open(dir);
        s = ConsultFixture.service(app, java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(5));
        s.vault().unlock(ConsultFixture.PASS.toCharArray());

        Client back = s.client(c.id());
        assertThat(back.name()).isEqualTo("이영희");                 // trimmed on the way in
        assertThat(back).isEqualTo(c);
        assertThat(s.consultations(c.id())).containsExactly(k);
        assertThat(k.place()).isEqualTo("망원동 가게 앞");
        assertThat(k.followUpOn()).isEqualTo(LocalDate.of(2026, 3, 16));

        Client edited = s.updateClient(c.id(), c.version(), new ClientInput("이영희", "010-2222-3333", null, "연남동 디저트 카페", "CS100010",
                null, null, null));
        assertThat(edited.idea()).isEqualTo("연남동 디저트 카페");
        assertThat(edited.email()).isNull();
        assertThat(edited.budget()).isNull();
        assertThat(edited.createdAt()).isEqualTo(c.createdAt());
    }

    @Test
    void emptyNameAndImpossibleDatesAreRefusedWithClearMessagesAndNothingIsSaved() {
        assertThatThrownBy(() -> s.addClient(new ClientInput("   ", null, null, null, null, null, null, null)))
                .isInstanceOf(ConsultException.class).extracting(e -> ((ConsultException) e).localized())
                .isEqualTo(kr.sanggwon.common.Messages.get("consult.error.nameRequired"));
        assertThatThrownBy(() -> s.addClient(new ClientInput("최", "전화 없음", null, null, null, null, null, null)))
                .hasMessageContaining("consult.error.phone");
        assertThatThrownBy(() -> s.addClient(new ClientInput("최", null, "choi@", null, null, null, null, null)))
                .hasMessageContaining("consult.error.email");
        assertThat(s.clients()).isEmpty();

        Client c = s.addClient(new ClientInput("최", null, null, null, null, null, null, null));
        assertThatThrownBy(() -> ConsultDates.parse("2026-02-30")).isInstanceOf(ConsultException.class)
                .hasMessageContaining("consult.error.date");
        assertThatThrownBy(() -> s.addConsultation(c.id(), new ConsultationInput(null, null, null, null, null)))
                .hasMessageContaining("consult.error.dateRequired");
        assertThatThrownBy(() -> s.addConsultation(c.id(), new ConsultationInput(LocalDate.of(2026, 3, 10), null, null, null,
                LocalDate.of(2026, 3, 9)))).hasMessageContaining("consult.error.followUpBefore");
        assertThatThrownBy(() -> s.addConsultation(999_999, new ConsultationInput(LocalDate.of(2026, 3, 10), null, null, null, null)))
                .hasMessageContaining("consult.error.noClient");
        assertThat(s.consultations(c.id())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-03-15,   2026-03-15
            2026.3.5,     2026-03-05
            2024/02/29,   2024-02-29
            2026.03.15.,  2026-03-15
            """)
    void datesAreReadAsConsultantsWriteThem(String text, LocalDate expected) {
        assertThat(ConsultDates.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2025-02-29", "2026-13-01", "2026-04-31", "내일", "2026-3"})
    void impossibleDatesAreRefused(String text) {
        assertThatThrownBy(() -> ConsultDates.parse(text)).hasMessageContaining("consult.error.date");
    }

    @Test
    void listsShowUpcomingFollowUpsSoonestFirstAndRecentConsultationsNewestFirst() {
        Client a = s.addClient(new ClientInput("가나다", null, null, null, null, null, null, null));
        Client b = s.addClient(new ClientInput("라마바", null, null, null, null, null, null, null));
        LocalDate today = LocalDate.of(2026, 3, 10);
        s.addConsultation(a.id(), new ConsultationInput(today.minusDays(20), null, null, null, today.minusDays(1)));
        Consultation late = s.addConsultation(b.id(), new ConsultationInput(today.minusDays(2), null, null, null, today.plusDays(9)));
        Consultation soon = s.addConsultation(a.id(), new ConsultationInput(today.minusDays(5), null, null, null, today.plusDays(2)));

        List<ConsultService.Listed> follow = s.upcomingFollowUps(today, 10);
        assertThat(follow).extracting(l -> l.consultation().id()).containsExactly(soon.id(), late.id());
        assertThat(follow.get(0).client().name()).isEqualTo("가나다");
        assertThat(s.recentConsultations(2)).extracting(l -> l.consultation().id()).containsExactly(late.id(), soon.id());
    }

    @Test
    void searchFindsClientsByDecryptedNamePhoneDigitsAndNotes() {
        Client a = s.addClient(new ClientInput("김철수", "010-5555-1234", null, "치킨집", null, null, null, "성수동 상가 관심"));
        Client b = s.addClient(new ClientInput("Kim Younghee", "02 345 6789", null, null, null, null, null, null));
        assertThat(s.search("철수")).containsExactly(a);
        assertThat(s.search("01055551234")).containsExactly(a);
        assertThat(s.search("5555-12")).containsExactly(a);
        assertThat(s.search("ＫＩＭ")).containsExactly(b);           // full-width and case folded
        assertThat(s.search("성수동")).containsExactly(a);
        assertThat(s.search("없는 이름")).isEmpty();
        assertThat(s.search("")).hasSize(2);
        s.deleteClient(a.id());
        assertThat(s.search("철수")).isEmpty();
    }
}
