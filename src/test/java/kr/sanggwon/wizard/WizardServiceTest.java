package kr.sanggwon.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.AppContext;
import kr.sanggwon.TrainedSample;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.recommend.Part;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner's answer on the bundled sample (trained models): districts ranked inside the chosen 자치구 with sales
 * ranges, the break-even of the owner's own rent and budget, three risks from the numbers, questions that follow them.
 */
class WizardServiceTest {
    /** The sample city's largest 자치구 (its names are fictional). */
    static final String GU = "가람구";
    @TempDir
    static Path dataDir;
    static AppContext app;

    @BeforeAll
    static void sample() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        app = TrainedSample.openCopy(dataDir);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void everyPlainWordHasSalesInTheSample() throws Exception {
        Map<String, String> industries = app.reference().industries();
        for (PlainIndustry p : PlainIndustries.all()) {
            assertThat(industries).as(p.wordKo()).containsKey(p.code());
            assertThat(app.wizard().guNames(p.code())).as(p.wordKo()).isNotEmpty();
        }
    }

    @Test
    void answersACafeInOneGuWithRangesBreakEvenRisksAndQuestions() {
        WizardAnswer a = app.wizard().answer(new WizardQuestion("CS100010", GU, null, 50_000_000, 2_500_000, 0), Locale.KOREAN);
        assertThat(a.picks()).hasSize(WizardService.PICKS);
        assertThat(a.picks()).allSatisfy(p -> {
            assertThat(p.row().district().guName()).isEqualTo(GU);
            assertThat(p.expected().ok()).isTrue();
            assertThat(p.expected().monthlyLow()).isLessThan(p.expected().monthly());
            assertThat(p.expected().monthlyHigh()).isGreaterThan(p.expected().monthly());
        });
        assertThat(a.picks().get(0).row().score()).isGreaterThanOrEqualTo(a.picks().get(1).row().score());
        assertThat(a.finance()).isNotNull();
        assertThat(a.finance().district()).isEqualTo(a.picks().get(0).row().district().code());
        assertThat(a.finance().plan().rent()).isEqualTo(2_500_000);
        assertThat(a.finance().plan().investment().total()).isEqualTo(50_000_000);
        assertThat(a.risks()).hasSize(3);
        assertThat(a.risks().get(0).severity()).isGreaterThanOrEqualTo(a.risks().get(2).severity());
        assertThat(a.askKeys()).containsAll(a.risks().stream().map(Risk::askKey).toList()).contains("wizard.ask.site");
        a.askKeys().forEach(k -> assertThat(Messages.has(k)).as(k).isTrue());
        String text = WizardText.text(a);
        assertThat(text).contains(GU, "손익분기", a.picks().get(0).row().district().name()).doesNotContain("{0}", "(가)", "(를)");
    }

    @Test
    void aHigherRentRaisesBreakEvenAndTheBreakEvenRisk() {
        WizardAnswer cheap = app.wizard().answer(new WizardQuestion("CS100010", GU, null, 30_000_000, 1_000_000, 0), Locale.KOREAN);
        WizardAnswer dear = app.wizard().answer(new WizardQuestion("CS100010", GU, null, 30_000_000, 9_000_000, 2), Locale.KOREAN);
        assertThat(dear.finance().pnl().breakEvenSales()).isGreaterThan(cheap.finance().pnl().breakEvenSales() + 8_000_000);
        Risk dearRisk = RiskAssessor.all(dear.picks().get(0), 0, dear.finance(), Locale.KOREAN).stream()
                .filter(r -> r.kind() == Risk.Kind.BREAK_EVEN).findFirst().orElseThrow();
        Risk cheapRisk = RiskAssessor.all(cheap.picks().get(0), 0, cheap.finance(), Locale.KOREAN).stream()
                .filter(r -> r.kind() == Risk.Kind.BREAK_EVEN).findFirst().orElseThrow();
        assertThat(dearRisk.severity()).isGreaterThan(cheapRisk.severity());
        assertThat(dear.risks()).extracting(Risk::kind).contains(Risk.Kind.BREAK_EVEN);
    }

    @Test
    void aDistrictPickedOnTheMapComesFirstEvenWhenOthersScoreHigher() {
        WizardAnswer all = app.wizard().answer(new WizardQuestion("CS100010", GU, null, 0, 2_000_000, 0), Locale.KOREAN);
        var last = app.recommend().rank(app.recommend().frame("CS100010", 'T', kr.sanggwon.recommend.Target.NONE),
                kr.sanggwon.recommend.Preset.builtIns().get(0).weights(), new kr.sanggwon.recommend.Filter(java.util.Set.of(GU), java.util.Set.of()),
                kr.sanggwon.recommend.Target.NONE, 0).rows();
        String worst = last.get(last.size() - 1).district().code();
        WizardAnswer picked = app.wizard().answer(new WizardQuestion("CS100010", null, worst, 0, 2_000_000, 0), Locale.KOREAN);
        assertThat(picked.picks().get(0).row().district().code()).isEqualTo(worst);
        assertThat(picked.picks().get(0).chosenByOwner()).isTrue();
        assertThat(picked.picks()).hasSize(3);
        assertThat(picked.finance().district()).isEqualTo(worst);
        assertThat(all.picks().get(0).row().district().code()).isNotEqualTo(worst);
        assertThat(picked.picks().get(0).row().parts()).containsKey(Part.SALES);
    }

    @Test
    void refusesAGuWithoutTheShopAndNegativeMoney() {
        assertThatThrownBy(() -> app.wizard().answer(new WizardQuestion("CS100010", "없는구", null, 0, 0, 0), Locale.KOREAN))
                .isInstanceOf(UserException.class).hasFieldOrPropertyWithValue("key", "wizard.error.noDistrictInGu");
        assertThatThrownBy(() -> new WizardQuestion("CS100010", null, null, -1, 0, 0))
                .isInstanceOf(UserException.class).hasFieldOrPropertyWithValue("key", "wizard.error.money");
    }
}
