package kr.sanggwon.ui.estimate;

import java.awt.BasicStroke;
import java.util.List;
import kr.sanggwon.common.Messages;
import kr.sanggwon.estimate.ComparableCell;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.ui.chart.Charts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/** The estimate's 80% range as a band with its point, next to the real monthly sales of comparable districts. */
final class EstimateChart {
    private EstimateChart() {
    }

    /**
     * {@code scale}: the store-details factor applied to this district's band and point; 1 unless it keeps the figures
     * comparable with the other districts' per-store sales (상권 grain).
     */
    static JFreeChart build(Charts charts, Estimate e, double scale) {
        List<ComparableCell> comps = e.comparables();
        String here = Messages.get("estimate.ui.chartHere", e.districtName());
        String[] categories = new String[comps.size() + 1];
        categories[0] = here;
        Number[][] lows = new Number[1][categories.length];
        Number[][] highs = new Number[1][categories.length];
        lows[0][0] = finite(e.monthlyLow(), e.monthly()) * scale;
        highs[0][0] = finite(e.monthlyHigh(), e.monthly()) * scale;
        DefaultCategoryDataset points = new DefaultCategoryDataset();
        String pointSeries = Messages.get("estimate.ui.chartPoint");
        String realSeries = Messages.get("estimate.ui.chartReal");
        points.addValue(e.monthly() * scale, pointSeries, here);
        for (int i = 0; i < comps.size(); i++) {
            ComparableCell c = comps.get(i);
            categories[i + 1] = c.name();
            lows[0][i + 1] = null;
            highs[0][i + 1] = null;
            points.addValue(c.target() / 3, realSeries, c.name());
        }
        DefaultIntervalCategoryDataset band = new DefaultIntervalCategoryDataset(
                new Comparable<?>[] {Messages.get("estimate.ui.chartRange")}, categories, lows, highs);

        IntervalBarRenderer bandRenderer = new IntervalBarRenderer();
        bandRenderer.setBarPainter(new StandardBarPainter());
        bandRenderer.setShadowVisible(false);
        bandRenderer.setSeriesPaint(0, charts.palette().get(4));
        bandRenderer.setMaximumBarWidth(0.35);
        LineAndShapeRenderer dots = new LineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, charts.palette().get(0));
        dots.setSeriesPaint(1, charts.palette().get(1));
        dots.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-3, -9, 6, 18));
        dots.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        dots.setSeriesStroke(0, new BasicStroke(2f));

        CategoryPlot plot = new CategoryPlot(band, new CategoryAxis(null), new NumberAxis(Messages.get("estimate.ui.chartAxis")),
                bandRenderer);
        plot.setDataset(1, points);
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        JFreeChart chart = new JFreeChart(Messages.get("estimate.ui.chartTitle"), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(new LegendTitle(plot));
        charts.style(chart, true);
        bandRenderer.setSeriesPaint(0, charts.palette().get(4));
        dots.setSeriesPaint(0, charts.palette().get(0));
        dots.setSeriesPaint(1, charts.palette().get(1));
        return chart;
    }

    private static double finite(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }
}
