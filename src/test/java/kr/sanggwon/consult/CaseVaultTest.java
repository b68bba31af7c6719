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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passphrase set-up, unlock, wrong passphrase, change (re-wrap only) and the idle lock. */
class CaseVaultTest {
    @TempDir
    Path dir;
    AppContext app;

    @BeforeEach
    void open() {
        app = AppContext.open(dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void productionVaultDerivesItsKeyWithAtLeast600000Pbkdf2Iterations() {
        CaseVault vault = app.consult().vault();
        vault.setUp("correct horse".toCharArray(), "correct horse".toCharArray());
        WrappedKey stored = new ConsultRepository.KeyTable(app.database()).readKey().orElseThrow();
        assertThat(stored.kdf()).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(stored.iterations()).isGreaterThanOrEqualTo(600_000);
        assertThat(stored.salt()).hasSize(16);
        // the wrapped key is version + nonce + 32-byte key + tag: the passphrase is nowhere in it
        assertThat(stored.wrapped()).hasSize(1 + 12 + 32 + 16);
    }

    @Test
    void wrongPassphraseFailsCleanlyAndTheRightOneStillOpensTheSameData() {
        ConsultService s = ConsultFixture.unlocked(app);
        Client c = s.addClient(new ClientInput("김민지", "010-1234-5678", null, "동네 빵집", "CS100005", 50_000_000L, null, null));
        s.vault().lock();
        assertThatThrownBy(() -> s.clients()).hasMessageContaining("consult.vault.locked");

        assertThatThrownBy(() -> s.vault().unlock("틀린 암호입니다".toCharArray()))
                .isInstanceOf(ConsultException.class).hasMessageContaining("consult.vault.wrongPassphrase");
        assertThat(s.vault().isUnlocked()).isFalse();
        assertThatThrownBy(() -> s.vault().unlock(new char[0])).hasMessageContaining("consult.vault.wrongPassphrase");

        s.vault().unlock(ConsultFixture.PASS.toCharArray());
        assertThat(s.client(c.id())).isEqualTo(c);
    }

    @Test
    void changingThePassphraseRewrapsTheKeyAndLeavesCaseFilesUntouched() throws Exception {
        ConsultService s = ConsultFixture.unlocked(app);
        Client c = s.addClient(new ClientInput("박서준", null, "seojun@example.kr", null, null, null, null, "메모"));
        byte[] sealedName = sealedName(c.id());

        assertThatThrownBy(() -> s.vault().changePassphrase("not the old one".toCharArray(), "새 암호 12345".toCharArray(),
                "새 암호 12345".toCharArray())).hasMessageContaining("wrongPassphrase");
        assertThatThrownBy(() -> s.vault().changePassphrase(ConsultFixture.PASS.toCharArray(), "새 암호 12345".toCharArray(),
                "새 암호 1234X".toCharArray())).hasMessageContaining("consult.vault.mismatch");
        assertThatThrownBy(() -> s.vault().changePassphrase(ConsultFixture.PASS.toCharArray(), "short".toCharArray(),
                "short".toCharArray())).hasMessageContaining("consult.vault.tooShort");

        s.vault().changePassphrase(ConsultFixture.PASS.toCharArray(), "새 암호 12345".toCharArray(), "새 암호 12345".toCharArray());
        assertThat(sealedName(c.id())).isEqualTo(sealedName);   // not re-encrypted
        s.vault().lock();
        assertThatThrownBy(() -> s.vault().unlock(ConsultFixture.PASS.toCharArray())).hasMessageContaining("wrongPassphrase");
        s.vault().unlock("새 암호 12345".toCharArray());
        assertThat(s.client(c.id()).name()).isEqualTo("박서준");
    }

    @Test
    void theVaultLocksItselfAfterTheIdleTimeAndUseKeepsItOpen() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));
        Clock clock = new Clock() {
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
        ConsultService s = ConsultFixture.service(app, clock, Duration.ofMinutes(10));
        s.vault().setUp(ConsultFixture.PASS.toCharArray(), ConsultFixture.PASS.toCharArray());
        now.set(now.get().plus(Duration.ofMinutes(9)));
        assertThat(s.clients()).isEmpty();                      // use at 9 minutes restarts the idle time
        now.set(now.get().plus(Duration.ofMinutes(9)));
        assertThat(s.vault().isUnlocked()).isTrue();
        now.set(now.get().plus(Duration.ofMinutes(10)));
        assertThat(s.vault().isUnlocked()).isFalse();
        assertThatThrownBy(s::clients).hasMessageContaining("consult.vault.locked");
    }

    @Test
    void setUpRefusesShortOrMismatchedPassphrasesAndASecondSetUp() {
        ConsultService s = ConsultFixture.service(app, Clock.systemUTC(), Duration.ofMinutes(10));
        assertThat(s.vault().isSetUp()).isFalse();
        assertThatThrownBy(() -> s.vault().setUp("1234567".toCharArray(), "1234567".toCharArray())).hasMessageContaining("tooShort");
        assertThatThrownBy(() -> s.vault().setUp("12345678".toCharArray(), "12345679".toCharArray())).hasMessageContaining("mismatch");
        assertThat(s.vault().isSetUp()).isFalse();
        s.vault().setUp("12345678".toCharArray(), "12345678".toCharArray());
        assertThatThrownBy(() -> s.vault().setUp("abcdefgh".toCharArray(), "abcdefgh".toCharArray())).hasMessageContaining("alreadySetUp");
    }

    private byte[] sealedName(long id) throws Exception {
        try (var c = app.database().connection(); var ps = c.prepareStatement("SELECT name_enc FROM consult_client WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }
}
