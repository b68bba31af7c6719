package kr.sanggwon.ui.finance;

import kr.sanggwon.common.Messages;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.finance.FinanceText;
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

/** The waterfall of the monthly P&L, the Monte Carlo fan of cumulative cash and the histogram of monthly profit. */
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
        band.setSeriesFillPaint(0, charts.palette().get(4));
        band.setAlpha(0.35f);
        chart.getXYPlot().setRenderer(band);
        charts.style(chart, true);
        band.setSeriesFillPaint(0, charts.palette().get(4));
        return chart;
    }

    /**
     * How often each level of monthly profit came out of the draws. Loss bins and profit bins are two series, so the
     * legend names them and the reading does not rest on colour alone; a bin is labelled by its middle.
     */
    static JFreeChart profitHistogram(Charts charts, Simulation s) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        String loss = Messages.get("finance.ui.histLoss");
        String profit = Messages.get("finance.ui.histProfit");
        for (Simulation.Bin b : s.profitHistogram()) {
            double share = s.draws() > 0 ? 100.0 * b.count() / s.draws() : 0;
            String label = FinanceText.money((b.from() + b.to()) / 2);
            boolean isLoss = b.to() <= 0 || (b.from() + b.to()) / 2 < 0;
            d.addValue(isLoss ? share : 0, loss, label);
            d.addValue(isLoss ? 0 : share, profit, label);
        }
        JFreeChart chart = charts.bar(Messages.get("finance.ui.hist"), Messages.get("finance.ui.histAxis"),
                Messages.get("finance.ui.histShare"), d, false, false);
        org.jfree.chart.plot.CategoryPlot plot = chart.getCategoryPlot();
        ((org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer()).setItemMargin(-1.0);
        plot.getRenderer().setSeriesPaint(0, charts.palette().get(5 % charts.palette().size()));
        plot.getRenderer().setSeriesPaint(1, charts.palette().get(0));
        plot.getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        return chart;
    }
}
