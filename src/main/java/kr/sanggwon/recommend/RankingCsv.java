package kr.sanggwon.recommend;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import kr.sanggwon.common.CsvCells;
import kr.sanggwon.common.Messages;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The ranked list as CSV through a Tablesaw table: rank, district, score, each part's standardized value, the main
 * facts and the explanation line in {@code locale}. Headers are in the same language.
 */
public final class RankingCsv {
    private RankingCsv() {
    }

    public static Table table(Ranking r, Locale locale) {
        int n = r.rows().size();
        IntColumn rank = IntColumn.create(h(locale, "rank"));
        StringColumn code = StringColumn.create(h(locale, "code"));
        StringColumn name = StringColumn.create(h(locale, "name"));
        StringColumn gu = StringColumn.create(h(locale, "gu"));
        StringColumn type = StringColumn.create(h(locale, "type"));
        DoubleColumn points = DoubleColumn.create(h(locale, "points"));
        DoubleColumn sales = DoubleColumn.create(h(locale, r.perStore() ? "salesPerStore" : "salesCell"));
        DoubleColumn yoy = DoubleColumn.create(h(locale, "yoy"));
        DoubleColumn close = DoubleColumn.create(h(locale, "closeRate"));
        StringColumn change = StringColumn.create(h(locale, "change") + " (HH/HL/LH/LL)");
        StringColumn why = StringColumn.create(h(locale, "why"));
        DoubleColumn[] parts = new DoubleColumn[Part.values().length];
        for (Part p : Part.values()) {
            parts[p.ordinal()] = DoubleColumn.create(RecommendText.part(p, locale));
        }
        for (RankedDistrict d : r.rows()) {
            rank.append(d.rank());
            code.append(CsvCells.safe(d.district().code()));
            name.append(CsvCells.safe(d.district().name()));
            gu.append(d.district().guName() == null ? "" : CsvCells.safe(d.district().guName()));
            type.append(d.district().typeName() == null ? "" : CsvCells.safe(d.district().typeName()));
            points.append(round(d.points(), 1));
            sales.append(Math.round(d.facts().sales()));
            yoy.append(round(d.facts().yoy() * 100, 1));
            close.append(round(d.facts().closeRate(), 1));
            change.append(d.facts().change());
            why.append(CsvCells.safe(RecommendText.line(d.reasons(), locale)));
            for (Part p : Part.values()) {
                parts[p.ordinal()].append(round(d.parts().get(p), 2));
            }
        }
        Table t = Table.create("recommend-" + r.industry(), rank, code, name, gu, type, points);
        t.addColumns(parts);
        t.addColumns(sales, yoy, close, change, why);
        assert t.rowCount() == n;
        return t;
    }

    public static void write(Ranking r, Locale locale, Writer out) throws IOException {
        table(r, locale).write().csv(out);
        out.flush();
    }

    private static String h(Locale locale, String key) {
        return Messages.get(locale, "recommend.csv." + key);
    }

    private static double round(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return Double.NaN;
        }
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
