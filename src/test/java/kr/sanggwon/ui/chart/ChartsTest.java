package kr.sanggwon.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.shell.FakeDialogService;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.RectangleEdge;
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
    void chartTextFollowsTheAppsFontScale() {
        Charts scaled = new Charts("NanumGothic", new FakeDialogService());
        int normal = scaled.line("분기 매출", "분기", "매출", sales(), true).getCategoryPlot().getDomainAxis().getTickLabelFont().getSize();
        scaled.setScale(1.5);
        JFreeChart chart = scaled.line("분기 매출", "분기", "매출", sales(), true);
        assertThat(chart.getCategoryPlot().getDomainAxis().getTickLabelFont().getSize()).isEqualTo(Math.round(normal * 1.5f));
        assertThat(chart.getTitle().getFont().getSize()).isEqualTo(Math.round(15 * 1.5f));
        assertThat(chart.getLegend().getItemFont().getSize()).isEqualTo(18);
    }

    @Test
    void moneyAxisUsesOneUnitForEveryTickAndNamesItInTheLabel() {
        Messages.setLocale(Locale.KOREAN);
        for (JFreeChart chart : List.of(charts.line("매출", "분기", "점포당 매출", sales(), true),
                charts.bar("매출", "분기", null, sales(), true, true))) {
            List<String> ticks = tickTexts(chart);
            assertThat(ticks).hasSizeGreaterThan(2);
            assertThat(ticks).as("no tick carries its own unit").noneMatch(t -> t.contains("만") || t.contains("억") || t.contains("원"));
            assertThat(ticks).allMatch(t -> t.matches("-?[0-9,]+\\.[0-9]"), "all in 억원 with one decimal");
            assertThat(chart.getCategoryPlot().getRangeAxis().getLabel()).contains("억원");
        }
        assertThat(charts.line("매출", "분기", "점포당 매출", sales(), true).getCategoryPlot().getRangeAxis().getLabel())
                .isEqualTo("점포당 매출 (억원)");
    }

    @Test
    void moneyAxisBelowOneEokIsAllManwon() {
        Messages.setLocale(Locale.KOREAN);
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        d.addValue(12_000_000L, "a", "1");
        d.addValue(47_000_000L, "a", "2");
        JFreeChart chart = charts.line("매출", null, null, d, true);
        assertThat(tickTexts(chart)).allMatch(t -> t.matches("[0-9,]+"));
        assertThat(chart.getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("만원");
    }

    @Test
    void aChartBuiltElsewhereGetsAMoneyAxisThatKeepsItsSettings() {
        NumberAxis own = new NumberAxis("월 매출");
        own.setAutoRangeIncludesZero(false);
        JFreeChart chart = new JFreeChart(new CategoryPlot(sales(), new org.jfree.chart.axis.CategoryAxis(null), own,
                new org.jfree.chart.renderer.category.BarRenderer()));
        charts.style(chart, true);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        assertThat(axis).isInstanceOf(MoneyAxis.class);
        assertThat(axis.getAutoRangeIncludesZero()).isFalse();
        assertThat(axis.getLabelFont().getName()).isEqualTo("NanumGothic");
    }

    @Test
    void quarterLabelsTiltOnlyWhenTheChartIsTooNarrowForThemUpright() {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (int q = 1; q <= 8; q++) {
            d.addValue(q, "a", "2024년 " + q + "분기");
        }
        CategoryPlot p = charts.line("t", null, null, d, false).getCategoryPlot();
        assertThat(p.getDomainAxis().getMaximumCategoryLabelLines()).as("year and quarter on two lines").isEqualTo(2);
        Charts.tiltWhenCrowded(p, 520);
        assertThat(p.getDomainAxis().getCategoryLabelPositions()).isEqualTo(CategoryLabelPositions.STANDARD);
        Charts.tiltWhenCrowded(p, 340);
        assertThat(p.getDomainAxis().getCategoryLabelPositions()).isEqualTo(CategoryLabelPositions.UP_45);
        d.addValue(9, "a", "2025년 1분기");
        Charts.tiltWhenCrowded(p, 2000);
        assertThat(p.getDomainAxis().getCategoryLabelPositions()).as("many categories always tilt").isEqualTo(CategoryLabelPositions.UP_45);
    }

    @Test
    void tooltipsStillShowEachAmountWithItsOwnUnit() {
        Messages.setLocale(Locale.KOREAN);
        assertThat(Charts.moneyFormat().format(150_000_000L)).isEqualTo("1.5억원");
        assertThat(Charts.moneyFormat().format(4_500_000L)).isEqualTo("450만원");
    }

    /** The tick texts the range axis draws at 640x400. */
    private static List<String> tickTexts(JFreeChart chart) {
        BufferedImage img = chart.createBufferedImage(640, 400);
        Graphics2D g2 = img.createGraphics();
        try {
            CategoryPlot p = chart.getCategoryPlot();
            RectangleEdge edge = p.getOrientation() == PlotOrientation.HORIZONTAL ? RectangleEdge.BOTTOM : RectangleEdge.LEFT;
            List<?> ticks = p.getRangeAxis().refreshTicks(g2, new AxisState(), new Rectangle2D.Double(60, 20, 560, 340), edge);
            return ticks.stream().map(t -> ((Tick) t).getText()).filter(t -> t != null && !t.isEmpty()).toList();
        } finally {
            g2.dispose();
        }
    }

    @Test
    void seriesUseTheStylesheetsPaletteInOrder() throws Exception {
        charts.useColors(java.util.Map.of("-sg-chart-1", javafx.scene.paint.Color.web("#0072b2"),
                "-sg-chart-2", javafx.scene.paint.Color.web("#e69f00"), Charts.GRID, javafx.scene.paint.Color.web("#dde3ea")));
        JFreeChart chart = charts.line("t", "x", "y", sales(), false);
        assertThat(chart.getCategoryPlot().getRenderer().getSeriesPaint(0)).isEqualTo(new java.awt.Color(0x0072B2));
        assertThat(chart.getCategoryPlot().getRenderer().getSeriesPaint(1)).isEqualTo(new java.awt.Color(0xE69F00));
        assertThat(chart.getCategoryPlot().getRangeGridlinePaint()).isEqualTo(new java.awt.Color(0xDDE3EA));
        assertThat(charts.palette()).hasSize(Charts.SERIES);
        // every colour the charts look up is in the stylesheet
        String css;
        try (java.io.InputStream in = Charts.class.getResourceAsStream(kr.sanggwon.ui.Styles.STYLESHEET)) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(Charts.colorNames()).hasSize(Charts.SERIES + 2).allSatisfy(name -> assertThat(css).as(name)
                .containsPattern("(?m)^\\s*" + java.util.regex.Pattern.quote(name) + ":\\s*#[0-9a-fA-F]{6}"));
    }

    @Test
    void csvHasOneRowPerSeriesAndQuotesCommas() {
        String csv = ChartCsv.of(sales());
        assertThat(csv.split("\r\n")).containsExactly(",2024년 1분기,2024년 2분기", "신림역,125000000,98000000",
                "\"강남, 역\",45000000,");
    }
}
