package kr.sanggwon.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.Locale;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.shell.FakeDialogService;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class ChartsTest {
    private final Charts charts = new Charts("NanumGothic", new FakeDialogService());

    private static DefaultCategoryDataset sales() {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        d.addValue(125_000_000L, "신림역", "2024년 1분기");
        d.addValue(98_000_000L, "신림역", "2024년 2분기");
        d.addValue(45_000_000L, "강남, 역", "2024년 1분기");
        return d;
    }

    @Test
    void everyTextElementUsesTheKoreanFamily() {
        JFreeChart chart = charts.line("분기 매출", "분기", "매출", sales(), true);
        CategoryPlot p = chart.getCategoryPlot();
        assertThat(chart.getTitle().getFont().getFamily()).isEqualTo(new Font("NanumGothic", Font.PLAIN, 1).getFamily());
        assertThat(p.getDomainAxis().getTickLabelFont().getName()).isEqualTo("NanumGothic");
        assertThat(p.getRangeAxis().getLabelFont().getName()).isEqualTo("NanumGothic");
        assertThat(chart.getLegend().getItemFont().getName()).isEqualTo("NanumGothic");
    }

    @Test
    void moneyAxisShowsManwonAndEokwon() {
        Messages.setLocale(Locale.KOREAN);
        JFreeChart chart = charts.bar("매출", "분기", "매출", sales(), true, false);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        assertThat(axis.getNumberFormatOverride().format(150_000_000L)).isEqualTo("1.5억원");
        assertThat(axis.getNumberFormatOverride().format(4_500_000L)).isEqualTo("450만원");
    }

    @Test
    void seriesUseThePaletteInOrder() {
        JFreeChart chart = charts.line("t", "x", "y", sales(), false);
        assertThat(chart.getCategoryPlot().getRenderer().getSeriesPaint(0)).isEqualTo(Charts.PALETTE.get(0));
        assertThat(chart.getCategoryPlot().getRenderer().getSeriesPaint(1)).isEqualTo(Charts.PALETTE.get(1));
    }

    @Test
    void csvHasOneRowPerSeriesAndQuotesCommas() {
        String csv = ChartCsv.of(sales());
        assertThat(csv.split("\r\n")).containsExactly(",2024년 1분기,2024년 2분기", "신림역,125000000,98000000",
                "\"강남, 역\",45000000,");
    }
}
