package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.sanggwon.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty distinctive client strings, written through every personal field, are found in no file of the data folder
 * (database, lock, anything else H2 leaves) nor in temp files made meanwhile, in UTF-8, UTF-16 (both byte orders) or
 * MS949 — while the same scan does find a string the database keeps in clear (so the scan itself works).
 */
class PersonalDataScanTest {
    static final List<String> SECRETS = List.of(
            "황보다솜이", "010-7319-4582", "dasom.hwangbo@example.kr", "을지로세번째골목 냉면집 인수", "홍대입구 청년창업 반찬가게",
            "예산은 퇴직금 칠천만원", "오후 세시 주부 손님 위주", "남편 몰래 준비하는 창업", "남궁별하늘", "010-4826-9153",
            "byeolhaneul@example.com", "신대방삼거리 코인빨래방", "대출 심사 보류 사유 있음", "연희동 작업실 겸 카페",
            "둘째 아이 돌봄 시간 제약", "상담장소 합정역 7번출구 카페", "다음 단계: 건물주 면담", "제갈수정", "010-9090-1717",
            "시나리오 제목 수정본 비밀");

    @TempDir
    Path dir;

    @Test
    void noPersonalStringIsReadableInAnyFileOfTheDataFolderInAnyEncoding() throws Exception {
        FileTime started = FileTime.from(Instant.now().minusSeconds(1));
        try (AppContext app = AppContext.open(dir)) {
            ConsultService s = ConsultFixture.unlocked(app);
            s.setConsultantName(SECRETS.get(17));
            Client a = s.addClient(new ClientInput(SECRETS.get(0), SECRETS.get(1), SECRETS.get(2), SECRETS.get(3), "CS100001",
                    70_000_000L, SECRETS.get(6), SECRETS.get(7)));
            Client b = s.addClient(new ClientInput(SECRETS.get(8), SECRETS.get(9), SECRETS.get(10), SECRETS.get(11), null, null,
                    SECRETS.get(14), SECRETS.get(12)));
            Client c = s.addClient(new ClientInput(SECRETS.get(17), SECRETS.get(18), null, SECRETS.get(4), null, null, null, SECRETS.get(5)));
            Consultation k = s.addConsultation(a.id(), new ConsultationInput(LocalDate.of(2026, 3, 2), SECRETS.get(15),
                    SECRETS.get(13), SECRETS.get(16), LocalDate.of(2026, 3, 20)));
            s.addConsultation(b.id(), new ConsultationInput(LocalDate.of(2026, 3, 3), SECRETS.get(13), SECRETS.get(5), null, null));
            s.saveSnapshot(k.id(), new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, SECRETS.get(19), Instant.now().toString(), "ko", 0,
                    "3110001", "테스트상권", "종로구", "CS100001", "한식음식점", null, null, null, null, List.of()));
            // updates and deletes leave old page versions in the file: they must be sealed too
            s.updateClient(c.id(), c.version(), new ClientInput(SECRETS.get(17), SECRETS.get(18), null, SECRETS.get(4), null, null, null, "지움"));
            s.deleteClient(b.id());
            assertThat(s.search(SECRETS.get(0).substring(2))).extracting(Client::id).containsExactly(a.id());
        }

        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).forEach(files::add);
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> all = Files.list(tmp)) {
            all.filter(p -> Files.isRegularFile(p) && Files.isReadable(p) && modifiedSince(p, started) && size(p) < 50_000_000)
                    .forEach(files::add);
        }
        assertThat(files).anyMatch(f -> f.getFileName().toString().endsWith(".mv.db"));

        List<String> found = new ArrayList<>();
        for (Path f : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (java.nio.file.NoSuchFileException gone) {
                continue;   // another test JVM's temp file, deleted between the listing and the read
            }
            for (String secret : SECRETS) {
                for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("MS949"))) {
                    if (indexOf(bytes, secret.getBytes(cs)) >= 0) {
                        found.add(secret + " in " + f.getFileName() + " (" + cs + ")");
                    }
                }
            }
        }
        assertThat(found).isEmpty();

        // the scanner does see what the database keeps in clear: the table names of the case files
        byte[] db = Files.readAllBytes(dir.resolve("sanggwon.mv.db"));
        assertThat(indexOf(db, "CONSULT_CLIENT".getBytes(StandardCharsets.UTF_8))).isGreaterThanOrEqualTo(0);
    }

    private static boolean modifiedSince(Path p, FileTime t) {
        try {
            return Files.getLastModifiedTime(p).compareTo(t) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
