package kr.sanggwon.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.chart.MoneyScale.Unit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One unit per money axis, chosen from the axis range; decimals from the tick size. */
class MoneyScaleTest {
    @BeforeEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    @Test
    void anAxisReachingOneEokShowsEveryTickInEokWithOneDecimal() {
        MoneyScale s = MoneyScale.of(0, 130_000_000, 20_000_000);
        assertThat(s).isEqualTo(new MoneyScale(Unit.EOK, 1));
        assertThat(s.tick(0)).isEqualTo("0.0");
        assertThat(s.tick(40_000_000)).as("below 1억 still in 억").isEqualTo("0.4");
        assertThat(s.tick(120_000_000)).isEqualTo("1.2");
        assertThat(s.label("월 매출")).isEqualTo("월 매출 (억원)");
    }

    @Test
    void anAxisBelowOneEokShowsEveryTickInManwon() {
        MoneyScale s = MoneyScale.of(0, 99_000_000, 10_000_000);
        assertThat(s).isEqualTo(new MoneyScale(Unit.MAN, 0));
        assertThat(s.tick(90_000_000)).isEqualTo("9,000");
        assertThat(s.tick(0)).isEqualTo("0");
        assertThat(s.label(null)).as("an axis without its own label still names the unit").isEqualTo("만원");
    }

    @Test
    void theLargerEndDecidesAlsoForNegativeRanges() {
        assertThat(MoneyScale.of(-250_000_000, 10_000_000, 50_000_000).unit()).isEqualTo(Unit.EOK);
        assertThat(MoneyScale.of(-5_000_000, 0, 1_000_000).unit()).isEqualTo(Unit.MAN);
        assertThat(MoneyScale.of(-50_000_000, 0, 50_000_000).tick(-1e-9)).isEqualTo("0");
    }

    @Test
    void fineTicksGetEnoughDecimalsThatNeighboursNeverPrintTheSame() {
        MoneyScale quarterEok = MoneyScale.of(100_000_000, 200_000_000, 25_000_000);
        assertThat(quarterEok.decimals()).isEqualTo(2);
        assertThat(quarterEok.tick(125_000_000)).isEqualTo("1.25");
        MoneyScale halfMan = MoneyScale.of(0, 30_000, 5_000);
        assertThat(halfMan).isEqualTo(new MoneyScale(Unit.MAN, 1));
        assertThat(halfMan.tick(25_000)).isEqualTo("2.5");
        assertThat(MoneyScale.of(0, 8_000, 1_000).unit()).as("tiny amounts in 원").isEqualTo(Unit.WON);
    }

    @Test
    void englishNamesTheUnitInTheLabel() {
        Messages.setLocale(Locale.ENGLISH);
        assertThat(MoneyScale.of(0, 300_000_000, 50_000_000).label("Monthly sales")).isEqualTo("Monthly sales (million KRW)");
        assertThat(MoneyScale.of(0, 3_000_000, 500_000).label(null)).isEqualTo("million KRW");
    }
}
