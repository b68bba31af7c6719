package kr.sanggwon.ui.finance;

import kr.sanggwon.common.Messages;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.finance.PnlLine;
import kr.sanggwon.finance.Simulation;
import kr.sanggwon.ui.chart.Charts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The waterfall of the monthly P&L and the Monte Carlo fan of cumulative cash. */
final class FinanceCharts {
    private FinanceCharts() {
    }

    /** Sales, each cost line that is not zero, then profit before tax as the last (total) bar. */
    static JFreeChart waterfall(Charts charts, FinanceResult r) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        String series = Messages.get("finance.ui.chartAmount");
        for (PnlLine l : r.pnl().lines()) {
            if (l.kind().subtotal() || (l.amount() == 0 && l.kind() != PnlLine.Kind.SALES)) {
                continue;
            }
            d.addValue(l.amount(), series, Messages.get(l.kind().key()));
        }
        d.addValue(r.pnl().profitBeforeTax(), series, Messages.get(PnlLine.Kind.PROFIT_BEFORE_TAX.key()));
        JFreeChart chart = ChartFactory.createWaterfallChart(Messages.get("finance.ui.waterfall"), null, null, d,
                PlotOrientation.VERTICAL, false, true, false);
        return charts.style(chart, true);
    }

    /** Cumulative cash after each month (deposit left out): the median with the 10–90% band of the draws. */
    static JFreeChart fan(Charts charts, Simulation s) {
        YIntervalSeries series = new YIntervalSeries(Messages.get("finance.ui.fanSeries"));
        for (Simulation.FanPoint p : s.cumulativeCash()) {
            series.add(p.month(), p.p50(), p.p10(), p.p90());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        JFreeChart chart = ChartFactory.createXYLineChart(Messages.get("finance.ui.fan"), Messages.get("finance.ui.fanMonths"), null,
                data, PlotOrientation.VERTICAL, true, true, false);
        DeviationRenderer band = new DeviationRenderer(true, false);
        band.setSeriesFillPaint(0, Charts.PALETTE.get(4));
        band.setAlpha(0.35f);
        chart.getXYPlot().setRenderer(band);
        charts.style(chart, true);
        band.setSeriesFillPaint(0, Charts.PALETTE.get(4));
        return chart;
    }
}
