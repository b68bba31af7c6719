package kr.sanggwon.ui.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.Dataset;
import org.jfree.data.general.PieDataset;
import org.jfree.data.xy.XYDataset;

/** A chart's data as CSV text (first column = category or x, one column per series). */
public final class ChartCsv {
    private ChartCsv() {
    }

    public static String of(Dataset dataset) {
        List<List<String>> rows = new ArrayList<>();
        if (dataset instanceof CategoryDataset d) {
            List<String> head = new ArrayList<>(List.of(""));
            for (int c = 0; c < d.getColumnCount(); c++) {
                head.add(String.valueOf(d.getColumnKey(c)));
            }
            rows.add(head);
            for (int r = 0; r < d.getRowCount(); r++) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(d.getRowKey(r))));
                for (int c = 0; c < d.getColumnCount(); c++) {
                    row.add(value(d.getValue(r, c)));
                }
                rows.add(row);
            }
        } else if (dataset instanceof XYDataset d) {
            rows.add(List.of("series", "x", "y"));
            for (int s = 0; s < d.getSeriesCount(); s++) {
                for (int i = 0; i < d.getItemCount(s); i++) {
                    rows.add(List.of(String.valueOf(d.getSeriesKey(s)), value(d.getX(s, i)), value(d.getY(s, i))));
                }
            }
        } else if (dataset instanceof PieDataset<?> d) {
            for (int i = 0; i < d.getItemCount(); i++) {
                rows.add(List.of(String.valueOf(d.getKey(i)), value(d.getValue(i))));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(quote(row.get(i)));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static String value(Number n) {
        if (n == null) {
            return "";
        }
        double v = n.doubleValue();
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    static String quote(String raw) {
        String s = kr.sanggwon.common.CsvCells.safe(raw);
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
