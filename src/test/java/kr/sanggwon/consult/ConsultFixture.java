package kr.sanggwon.consult;

import java.time.Clock;
import java.time.Duration;
import kr.sanggwon.AppContext;

/** A consult service over an app's database with a fast test vault (1,000 PBKDF2 iterations instead of 600,000). */
final class ConsultFixture {
    static final String PASS = "봄날의 상담 2026!";

    private ConsultFixture() {
    }

    static ConsultService service(AppContext app, Clock clock, Duration idle) {
        CaseVault vault = new CaseVault(new ConsultRepository.KeyTable(app.database()), 1_000, idle, clock);
        return new ConsultService(vault, new ConsultRepository(app.database(), vault),
                new ScenarioCapture(app.estimateService(), app.districts(), app.customers(),
                        new ScenarioCapture.Analyses(app.financeService(), app.recommend(), app.compare())), app.estimateService());
    }

    static ConsultService unlocked(AppContext app) {
        ConsultService s = service(app, Clock.systemUTC(), Duration.ofMinutes(10));
        s.vault().setUp(PASS.toCharArray(), PASS.toCharArray());
        return s;
    }
}
