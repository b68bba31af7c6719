package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import kr.sanggwon.AppContext;
import kr.sanggwon.workspace.WorkspaceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The idle time before 상담 locks itself: a workspace setting of 1–120 minutes that the vault obeys and keeps. */
class IdleLockTest {
    @TempDir
    Path dir;

    @Test
    void theChosenIdleTimeLocksTheVaultAndIsKeptByTheWorkspace() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));
        try (AppContext app = AppContext.open(dir)) {
            assertThat(app.consult().idleLock().minutes()).isEqualTo(IdleLock.DEFAULT_MINUTES);
            assertThat(app.consult().vault().idleTimeout()).isEqualTo(Duration.ofMinutes(10));

            ConsultService s = ConsultFixture.service(app, clock(now), Duration.ofMinutes(10));
            assertThatThrownBy(() -> s.idleLock().set(3)).as("only the consultant, with the vault open")
                    .hasMessageContaining("consult.vault.locked");
            s.vault().setUp(ConsultFixture.PASS.toCharArray(), ConsultFixture.PASS.toCharArray());
            s.idleLock().set(3);
            assertThat(s.vault().idleTimeout()).isEqualTo(Duration.ofMinutes(3));
            now.set(now.get().plus(Duration.ofMinutes(2)).plusSeconds(59));
            assertThat(s.vault().isUnlocked()).isTrue();
            now.set(now.get().plusSeconds(1));
            assertThat(s.vault().isUnlocked()).as("3 minutes without use").isFalse();
        }
        // another start of the app (or the CLI) on this workspace uses the 3 minutes
        try (AppContext app = AppContext.open(dir)) {
            assertThat(app.consult().idleLock().minutes()).isEqualTo(3);
            assertThat(app.consult().vault().idleTimeout()).isEqualTo(Duration.ofMinutes(3));
        }
    }

    @Test
    void neverLockingAndTimesOutsideOneTo120MinutesAreRefused() {
        try (AppContext app = AppContext.open(dir)) {
            ConsultService s = ConsultFixture.unlocked(app);
            for (int bad : new int[] {0, -5, 121, Integer.MAX_VALUE}) {
                assertThatThrownBy(() -> s.idleLock().set(bad)).as(bad + " minutes").isInstanceOf(ConsultException.class)
                        .hasMessageContaining("consult.idle.outOfRange");
            }
            for (String bad : new String[] {"never", "잠그지 않음", "", " ", "0", "121", "1.5", null}) {
                assertThatThrownBy(() -> IdleLock.parse(bad)).as(bad).hasMessageContaining("consult.idle.outOfRange");
            }
            assertThat(IdleLock.parse(" 30분 ")).isEqualTo(30);
            assertThat(IdleLock.parse("1")).isEqualTo(1);
            assertThat(IdleLock.parse("120")).isEqualTo(120);
            s.idleLock().set(120);
            assertThat(s.idleLock().minutes()).isEqualTo(120);
            // a value written by hand outside the range falls back to the default instead of never locking
            new WorkspaceSettings(app.database()).put(IdleLock.SETTING, "0");
            assertThat(s.idleLock().minutes()).isEqualTo(IdleLock.DEFAULT_MINUTES);
        }
    }

    private static Clock clock(AtomicReference<Instant> now) {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }
}
