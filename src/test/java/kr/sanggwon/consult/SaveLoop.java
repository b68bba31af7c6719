package kr.sanggwon.consult;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.sanggwon.AppContext;
import kr.sanggwon.store.BackupReason;

/**
 * The child process of {@link SaveCrashTest}: saves clients with a consultation and a scenario, and every fifth round a
 * backup, printing a line only after each save or backup returned — until it is killed.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (AppContext app = AppContext.openFolder(Path.of(args[0]))) {
            ConsultService s = ConsultFixture.service(app, Clock.systemUTC(), Duration.ofHours(1));
            if (s.vault().isSetUp()) {
                s.vault().unlock(ConsultFixture.PASS.toCharArray());
            } else {
                s.vault().setUp(ConsultFixture.PASS.toCharArray(), ConsultFixture.PASS.toCharArray());
            }
            for (int round = 0; ; round++) {
                String tag = args[1] + "-" + round;
                Client c = s.addClient(new ClientInput(name(tag), "010-1234-5678", null, "아이디어 " + tag, null, 1_000L * round,
                        null, "메모 " + tag));
                Consultation k = s.addConsultation(c.id(), new ConsultationInput(LocalDate.of(2026, 1, 1), "장소 " + tag, "노트 " + tag,
                        null, null));
                s.saveSnapshot(k.id(), new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, "시나리오 " + tag, Instant.now().toString(), "ko", 0,
                        "3110001", "테스트상권", "종로구", "CS100001", "한식음식점", null, null, null, null, List.of()));
                out.println("saved " + c.id() + " " + tag);
                if (round % 5 == 4) {
                    out.println("backup " + app.backups().backup(BackupReason.MANUAL).file());
                }
            }
        }
    }

    static String name(String tag) {
        return "고객 " + tag;
    }
}
