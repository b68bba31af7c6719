package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.district.Metric;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 관심 목록 on constructed quarters ({@link WatchData}): entries round-trip with their note sealed, and after the newest
 * quarter is imported exactly the district with +25 % sales and the one whose 상권변화지표 switched are listed — not
 * the steady one — and the import is recognised as bringing a new quarter.
 */
class WatchListTest {
    static final String NOTE = "둘째 매장 후보지로 남편과 상의 중인 골목";

    @TempDir
    Path dir;
    AppContext app;
    ConsultService s;

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        app = AppContext.open(dir.resolve("ws"));
        for (Path f : WatchData.older(dir.resolve("files"))) {
            app.importService().importFile(f, Progress.NONE);
        }
        s = ConsultFixture.unlocked(app);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private long[] importNewest() throws Exception {
        List<Path> files = WatchData.newest(dir.resolve("files"));
        return new long[] {app.importService().importFile(files.get(0), Progress.NONE).batchId(),
                app.importService().importFile(files.get(1), Progress.NONE).batchId()};
    }

    @Test
    void entriesRoundTripWithTheNoteSealedInTheDatabaseFile() throws Exception {
        Client c = s.addClient(new ClientInput("문하늘", null, null, null, null, null, null, null));
        Watched w = s.watchList().add(c.id(), WatchData.SALES_UP, WatchData.INDUSTRY, "  " + NOTE + " ");
        s.watchList().add(c.id(), WatchData.STEADY, null, null);
        assertThat(w.place()).isEqualTo("가람골목 · 커피-음료");
        assertThat(s.watchList().list(c.id())).extracting(x -> x.watch().district(), x -> x.watch().industry(), x -> x.watch().note())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WatchData.SALES_UP, WatchData.INDUSTRY, NOTE),
                        org.assertj.core.groups.Tuple.tuple(WatchData.STEADY, null, null));
        assertThat(s.watchList().list(c.id()).get(1).place()).isEqualTo("다온거리 · 전체 업종");

        assertThatThrownBy(() -> s.watchList().add(c.id(), WatchData.SALES_UP, WatchData.INDUSTRY, null))
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> s.watchList().add(c.id(), "9999999", null, null)).hasMessageContaining("district.error");
        assertThatThrownBy(() -> s.watchList().add(c.id(), " ", null, null)).hasMessageContaining("consult.watch.error.district");
        assertThatThrownBy(() -> s.watchList().add(c.id(), WatchData.STEADY, "CS999999", null)).hasMessageContaining("unknownIndustry");

        // a 행정동 is watched the same way (its 8-digit code), and offered in the picker as a 행정동
        Path dong = Files.writeString(dir.resolve("files").resolve("서울시 상권분석서비스(추정매출-행정동)_관심.csv"),
                "기준_년분기_코드,행정동_코드,행정동_코드_명,서비스_업종_코드,서비스_업종_코드_명,당월_매출_금액,당월_매출_건수\n"
                        + "20234,11680640,역삼1동,CS100010,커피-음료,900000000,180000\n", StandardCharsets.UTF_8);
        app.importService().importFile(dong, Progress.NONE);
        assertThat(s.watchList().add(c.id(), "11680640", null, null).place()).isEqualTo("역삼1동 · 전체 업종");
        assertThat(app.codeResolver().allDistricts()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("11680640");
            assertThat(d.isDong()).isTrue();
        });
        s.watchList().remove(s.watchList().list(c.id()).get(2).watch().id());
        s.watchList().remove(s.watchList().list(c.id()).get(1).watch().id());
        assertThat(s.watchList().list(null)).hasSize(1);
        assertThatThrownBy(() -> s.watchList().remove(424242)).hasMessageContaining("noEntry");
        s.vault().lock();
        assertThatThrownBy(() -> s.watchList().list(null)).hasMessageContaining("locked");
        app.close();

        byte[] db = Files.readAllBytes(dir.resolve("ws").resolve("sanggwon.mv.db"));
        for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("MS949"))) {
            assertThat(PersonalDataScanTest.indexOf(db, NOTE.getBytes(cs))).as("note in " + cs).isNegative();
        }
        assertThat(PersonalDataScanTest.indexOf(db, "CONSULT_WATCH".getBytes(StandardCharsets.UTF_8))).isNotNegative();
        app = AppContext.open(dir.resolve("ws"));
        s = ConsultFixture.service(app, java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(5));
        s.vault().unlock(ConsultFixture.PASS.toCharArray());
        assertThat(s.watchList().list(null)).singleElement().satisfies(x -> assertThat(x.watch().note()).isEqualTo(NOTE));
    }

    @Test
    void afterTheNewestQuarterExactlyTheSalesJumpAndTheIndexSwitchAreListed() throws Exception {
        Client a = s.addClient(new ClientInput("문하늘", null, null, null, null, null, null, null));
        Client b = s.addClient(new ClientInput("서바다", null, null, null, null, null, null, null));
        s.watchList().add(a.id(), WatchData.SALES_UP, null, null);
        s.watchList().add(a.id(), WatchData.STEADY, null, null);
        s.watchList().add(b.id(), WatchData.INDEX_SWITCH, WatchData.INDUSTRY, null);
        s.watchList().add(b.id(), WatchData.STEADY, WatchData.INDUSTRY, null);
        assertThat(s.watchList().findings(null)).as("before the new quarter nothing moved").isEmpty();

        long[] batches = importNewest();
        List<WatchFinding> found = s.watchList().findings(null);
        assertThat(found).extracting(f -> f.watched().watch().district()).containsExactlyInAnyOrder(WatchData.SALES_UP, WatchData.INDEX_SWITCH);

        WatchFinding up = found.stream().filter(f -> f.watched().watch().district().equals(WatchData.SALES_UP)).findFirst().orElseThrow();
        assertThat(up.quarter()).isEqualTo(WatchData.NEWEST);
        assertThat(up.changes()).singleElement().satisfies(ch -> {
            assertThat(ch.metric()).isEqualTo(Metric.SALES);
            assertThat(ch.basis()).isEqualTo(WatchChange.Basis.QUARTER);
            assertThat(ch.delta()).isCloseTo(0.25, offset(1e-6));
        });
        assertThat(up.text()).isEqualTo("문하늘 님 · 가람골목 · 전체 업종 · 2024년 1분기: 매출이 직전 분기보다 25.0% 늘었습니다 (1.0억원 → 1.3억원).");

        WatchFinding sw = found.stream().filter(f -> f.watched().watch().district().equals(WatchData.INDEX_SWITCH)).findFirst().orElseThrow();
        assertThat(sw.changes()).singleElement().satisfies(ch -> {
            assertThat(ch.metric()).isEqualTo(Metric.CHANGE_INDEX);
            assertThat(ch.fromCode()).isEqualTo("HH");
            assertThat(ch.toCode()).isEqualTo("LH");
        });
        assertThat(sw.sentence()).isEqualTo("2024년 1분기: 상권변화지표가 “정체”에서 “상권확장”으로 바뀌었습니다.");
        assertThat(s.watchList().findings(b.id())).singleElement().satisfies(f -> assertThat(f.watched().clientName()).isEqualTo("서바다"));

        // the notice after the import: a new quarter, 2 of 4 watched pairs moved, of 2 clients — counted while locked
        s.vault().lock();
        WatchList.Notice n = s.watchList().afterImport(Set.of(batches[0], batches[1]));
        assertThat(n).isEqualTo(new WatchList.Notice(WatchData.NEWEST, 4, 2, 2));
        assertThat(s.watchList().pending().moved()).isEqualTo(2);
        // importing the same quarter again brings no new quarter
        long again = app.importService().importFile(WatchData.newest(dir.resolve("again")).get(0), Progress.NONE).batchId();
        assertThat(s.watchList().afterImport(Set.of(again)).quarter()).isNull();
    }
    @Test
    void theWatchListMovesWithTheClientToALaptopWithoutThatData() throws Exception {
        Client c = s.addClient(new ClientInput("문하늘", null, null, null, null, null, null, null));
        s.watchList().add(c.id(), WatchData.SALES_UP, WatchData.INDUSTRY, NOTE);
        Path file = dir.resolve("문하늘.sgclient");
        char[] transfer = "옮기는 암호 2026".toCharArray();
        new ClientTransfer(s, 1_000).export(c.id(), file, transfer.clone());
        try (AppContext other = AppContext.open(dir.resolve("other"))) {
            ConsultService s2 = ConsultFixture.unlocked(other);
            Client moved = new ClientTransfer(s2, 1_000).importFile(file, transfer.clone());
            assertThat(s2.watchList().list(moved.id())).singleElement().satisfies(w -> {
                assertThat(w.watch().district()).isEqualTo(WatchData.SALES_UP);
                assertThat(w.watch().industry()).isEqualTo(WatchData.INDUSTRY);
                assertThat(w.watch().note()).isEqualTo(NOTE);
                assertThat(w.missing()).as("no data for it on this laptop yet").isTrue();
                assertThat(w.text()).isEqualTo("3199001 · CS100010 (지금 자료에 없음) — " + NOTE);
            });
            assertThat(s2.watchList().findings(null)).isEmpty();
        }
    }
}
