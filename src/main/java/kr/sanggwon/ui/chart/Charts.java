package kr.sanggwon.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.shell.DialogService;
import kr.sanggwon.ui.shell.FileType;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * JFreeChart-FX factory: the Korean font family on every text element (JFreeChart's "SansSerif" default shows
 * boxes for Hangul), a colour-blind-safe palette, money axes in one unit each (만원 or 억원, see {@link MoneyAxis}), tooltips, and a context menu to export
 * PNG/CSV and copy.
 */
public final class Charts {
    /** Series colours: {@code -sg-chart-1} … {@code -sg-chart-8} in the stylesheet (Okabe–Ito, colour-blind safe). */
    public static final int SERIES = 8;
    public static final String GRID = "-sg-chart-grid";
    public static final String BACKGROUND = "-sg-chart-background";

    /** Before the window's stylesheet was read (a chart made outside a window): plain grey series on white. */
    private volatile List<Color> palette = java.util.Collections.nCopies(SERIES, Color.GRAY);
    private volatile Color grid = Color.LIGHT_GRAY;
    private volatile Color background = Color.WHITE;

    private final String family;
    private final DialogService dialogs;

    private volatile double scale = 1.0;

    public Charts(String family, DialogService dialogs) {
        this.family = family;
        this.dialogs = dialogs;
    }

    public String family() {
        return family;
    }

    /** The stylesheet's names of the chart colours (series first, then grid and background). */
    public static List<String> colorNames() {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 1; i <= SERIES; i++) {
            names.add("-sg-chart-" + i);
        }
        names.add(GRID);
        names.add(BACKGROUND);
        return names;
    }

    /**
     * Uses the colours the window's stylesheet gives the {@link #colorNames()} (read by
     * {@link kr.sanggwon.ui.LookedUpColors}); a name missing there keeps its current colour.
     */
    public void useColors(java.util.Map<String, javafx.scene.paint.Color> resolved) {
        List<Color> series = new java.util.ArrayList<>(palette);
        for (int i = 0; i < SERIES; i++) {
            javafx.scene.paint.Color c = resolved.get("-sg-chart-" + (i + 1));
            if (c != null) {
                series.set(i, awt(c));
            }
        }
        palette = List.copyOf(series);
        grid = resolved.containsKey(GRID) ? awt(resolved.get(GRID)) : grid;
        background = resolved.containsKey(BACKGROUND) ? awt(resolved.get(BACKGROUND)) : background;
    }

    private static Color awt(javafx.scene.paint.Color c) {
        return new Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    /** The series colours in order (from the stylesheet once {@link #useColors} ran). */
    public List<Color> palette() {
        return palette;
    }

    /** The tooltip format for single amounts (each in its own unit, as {@link kr.sanggwon.common.Formats#money}). */
    public static NumberFormat moneyFormat() {
        return new MoneyFormat();
    }

    /** Line chart over categories (e.g. quarters), one line per row key. */
    public JFreeChart line(String title, String categoryLabel, String valueLabel, CategoryDataset data, boolean money) {
        JFreeChart chart = ChartFactory.createLineChart(title, categoryLabel, valueLabel, data, PlotOrientation.VERTICAL,
                data.getRowCount() > 1, true, false);
        LineAndShapeRenderer r = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        r.setDefaultShapesVisible(true);
        for (int i = 0; i < data.getRowCount(); i++) {
            r.setSeriesStroke(i, new BasicStroke(2.2f));
        }
        return style(chart, money);
    }

    /** Bar chart over categories; horizontal bars suit long Korean labels. */
    public JFreeChart bar(String title, String categoryLabel, String valueLabel, CategoryDataset data, boolean money,
                          boolean horizontal) {
        JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, valueLabel, data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, data.getRowCount() > 1, true, false);
        BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        return style(chart, money);
    }

    /** Applies fonts, palette, grid and tooltips to any chart (also ones built elsewhere). */
    public JFreeChart style(JFreeChart chart, boolean money) {
        chart.setBackgroundPaint(background);
        // room on the right for the last tick label of a horizontal value axis, centred on the chart's edge
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 16));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(font(Font.BOLD, 15));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle legend) {
                legend.setItemFont(font(Font.PLAIN, 12));
                legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            } else if (t instanceof TextTitle text) {
                text.setFont(font(Font.PLAIN, 12));
            }
        }
        if (chart.getPlot() instanceof CategoryPlot p) {
            p.setBackgroundPaint(background);
            p.setRangeGridlinePaint(grid);
            p.setOutlineVisible(false);
            styleAxis(p.getDomainAxis());
            if (money && p.getRangeAxis() instanceof NumberAxis n && !(n instanceof MoneyAxis)) {
                p.setRangeAxis(MoneyAxis.replacing(n));
            }
            styleValueAxis(p.getRangeAxis(), money);
            for (int i = 0; i < p.getRendererCount(); i++) {
                CategoryItemRenderer r = p.getRenderer(i);
                List<Color> colours = palette;
                for (int s = 0; s < colours.size(); s++) {
                    r.setSeriesPaint(s, colours.get(s));
                }
                r.setDefaultItemLabelFont(font(Font.PLAIN, 11));
                r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0} · {1}: {2}",
                        money ? moneyFormat() : NumberFormat.getNumberInstance()));
            }
            if (p.getDomainAxis() != null && p.getDataset() != null && p.getDataset().getColumnCount() > 8
                    && p.getOrientation() == PlotOrientation.VERTICAL) {
                p.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            }
        } else if (chart.getPlot() instanceof XYPlot p) {
            p.setBackgroundPaint(background);
            p.setRangeGridlinePaint(grid);
            p.setDomainGridlinePaint(grid);
            p.setOutlineVisible(false);
            styleValueAxis(p.getDomainAxis(), false);
            if (money && p.getRangeAxis() instanceof NumberAxis n && !(n instanceof MoneyAxis)) {
                p.setRangeAxis(MoneyAxis.replacing(n));
            }
            styleValueAxis(p.getRangeAxis(), money);
            for (int i = 0; i < p.getRendererCount(); i++) {
                XYItemRenderer r = p.getRenderer(i);
                List<Color> colours = palette;
                for (int s = 0; s < colours.size(); s++) {
                    r.setSeriesPaint(s, colours.get(s));
                }
                r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {1}, {2}",
                        NumberFormat.getNumberInstance(), money ? moneyFormat() : NumberFormat.getNumberInstance()));
            }
        }
        return chart;
    }

    private void styleAxis(CategoryAxis axis) {
        if (axis != null) {
            axis.setLabelFont(font(Font.PLAIN, 12));
            axis.setTickLabelFont(font(Font.PLAIN, 11));
            // "2024년 1분기" breaks after the year in a narrow chart instead of shrinking to "2..."
            axis.setMaximumCategoryLabelLines(2);
        }
    }

    private void styleValueAxis(ValueAxis axis, boolean money) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(font(Font.PLAIN, 12));
        axis.setTickLabelFont(font(Font.PLAIN, 11));
    }

    private Font font(int style, int size) {
        return new Font(family, style, (int) Math.round(size * scale));
    }

    /** The app's text size as a factor (1.5 at 150 %): chart text grows with the rest of the window. */
    public void setScale(double scale) {
        this.scale = Math.max(0.5, Math.min(3.0, scale));
    }

    public double scale() {
        return scale;
    }

    /**
     * A viewer with tooltips and a context menu: save PNG, save CSV (the chart's data), copy image.
     * {@code baseName} is the suggested file name without extension.
     */
    public ChartViewer viewer(JFreeChart chart, String baseName) {
        ChartViewer viewer = new ChartViewer(chart, false);
        ContextMenu menu = exportMenu(viewer, baseName);
        viewer.setOnContextMenuRequested(e -> menu.show(viewer, e.getScreenX(), e.getScreenY()));
        if (chart.getPlot() instanceof CategoryPlot p) {
            viewer.widthProperty().addListener((o, a, b) -> tiltWhenCrowded(p, b.doubleValue()));
        }
        return viewer;
    }

    /** Room per category (px) below which quarter labels such as "2024년 1분기" are drawn tilted. */
    static final double MIN_CATEGORY_WIDTH = 48;
    /** Roughly what the value axis and margins take from a chart's width. */
    private static final double AXIS_ALLOWANCE = 70;

    /**
     * Tilts the category labels of a vertical chart when there are many categories or the chart is too narrow for
     * them side by side (two charts next to each other in a 960 px window), else keeps them upright.
     */
    static void tiltWhenCrowded(CategoryPlot p, double chartWidth) {
        if (p.getDomainAxis() == null || p.getDataset() == null || p.getOrientation() != PlotOrientation.VERTICAL) {
            return;
        }
        int columns = p.getDataset().getColumnCount();
        boolean crowded = columns > 8 || (columns > 0 && (chartWidth - AXIS_ALLOWANCE) / columns < MIN_CATEGORY_WIDTH);
        CategoryLabelPositions wanted = crowded ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD;
        if (p.getDomainAxis().getCategoryLabelPositions() != wanted) {
            p.getDomainAxis().setCategoryLabelPositions(wanted);
        }
    }

    /** The export menu of a viewer: save PNG, save CSV, copy (image and CSV text). */
    public ContextMenu exportMenu(ChartViewer viewer, String baseName) {
        JFreeChart chart = viewer.getChart();
        MenuItem png = new MenuItem(Messages.get("ui.chart.savePng"));
        png.setOnAction(e -> dialogs.saveFile(Messages.get("ui.chart.savePng"), baseName + ".png",
                        new FileType(Messages.get("ui.file.png"), List.of("*.png")))
                .ifPresent(p -> write(() -> ChartUtils.saveChartAsPNG(p.toFile(), chart,
                        (int) Math.max(640, viewer.getWidth()), (int) Math.max(400, viewer.getHeight())))));
        MenuItem csv = new MenuItem(Messages.get("ui.chart.saveCsv"));
        csv.setOnAction(e -> dialogs.saveFile(Messages.get("ui.chart.saveCsv"), baseName + ".csv",
                        new FileType(Messages.get("ui.file.csv"), List.of("*.csv")))
                .ifPresent(p -> write(() -> writeCsv(p, ChartCsv.of(dataset(chart))))));
        MenuItem copy = new MenuItem(Messages.get("ui.chart.copy"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(viewer.snapshot(null, null));
            content.putString(ChartCsv.of(dataset(chart)));
            Clipboard.getSystemClipboard().setContent(content);
        });
        png.setId("chart-save-png");
        csv.setId("chart-save-csv");
        copy.setId("chart-copy");
        return new ContextMenu(png, csv, copy);
    }

    private static org.jfree.data.general.Dataset dataset(JFreeChart chart) {
        if (chart.getPlot() instanceof CategoryPlot p) {
            return p.getDataset();
        }
        if (chart.getPlot() instanceof XYPlot p) {
            XYDataset d = p.getDataset();
            return d;
        }
        if (chart.getPlot() instanceof org.jfree.chart.plot.PiePlot<?> p) {
            return p.getDataset();
        }
        return null;
    }

    /** Writes CSV as UTF-8 with a BOM so Excel reads the Korean text. */
    public static void writeCsv(Path file, String csv) throws IOException {
        Files.write(file, ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
    }

    private void write(IoWork work) {
        try {
            work.run();
        } catch (IOException e) {
            dialogs.showError(new kr.sanggwon.common.UserException("ui.chart.saveFailed", e.getMessage()));
        }
    }

    @FunctionalInterface
    private interface IoWork {
        void run() throws IOException;
    }
}
