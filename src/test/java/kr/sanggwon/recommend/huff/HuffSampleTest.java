package kr.sanggwon.recommend.huff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.AppContext;
import kr.sanggwon.cli.MainCommand;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample city has SEMAS listings that match its store counts, so the Huff share works on it. */
class HuffSampleTest {
    @TempDir
    static Path dir;
    static String busiest;

    @BeforeAll
    static void loadSample() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        try (AppContext app = AppContext.open(dir)) {
            app.sampleLoader().loadSample(Progress.NONE);
            busiest = text(app, "SELECT district_code FROM stores_q WHERE industry_code = 'CS100010' AND lvl = 'T' AND quarter ="
                    + " (SELECT MAX(quarter) FROM stores_q) ORDER BY stores DESC, district_code LIMIT 1");
        }
    }

    private static String text(AppContext app, String sql) throws Exception {
        try (Connection c = app.database().connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void theSampleListsOneCoffeeShopPerCountedStoreWithCoordinates() throws Exception {
        try (AppContext app = AppContext.open(dir)) {
            long listed = Long.parseLong(text(app, "SELECT COUNT(*) FROM store_listing WHERE cat_s_code = 'Q12A01'"
                    + " AND lon IS NOT NULL AND lat IS NOT NULL"));
            long counted = Long.parseLong(text(app, "SELECT SUM(stores) FROM stores_q WHERE industry_code = 'CS100010' AND lvl = 'T'"
                    + " AND quarter = (SELECT MAX(quarter) FROM stores_q)"));
            assertThat(listed).isPositive().isEqualTo(counted);
        }
    }

    @Test
    void aNewCoffeeShopInTheBusiestDistrictFacesItsListedRivalsWeightedByFloatingPopulation() {
        try (AppContext app = AppContext.open(dir)) {
            double[] p = app.huff().districtPoint(busiest);
            HuffResult r = app.huff().analyse(HuffRequest.at(p[0], p[1], "CS100010", app.huff().defaults()));
            assertThat(r.competitors()).isNotEmpty();
            assertThat(r.weighting()).isEqualTo("floating");
            assertThat(r.industryName()).isEqualTo("커피-음료");
            assertThat(r.newShare()).isBetween(0.0, 1.0);
            // with one of the owner's shops 150 m away, part of the new shop's customers come from it
            HuffResult withOwn = app.huff().analyse(HuffRequest.at(p[0], p[1], "CS100010", app.huff().defaults())
                    .withOwnShops(List.of(new double[] {p[0] + 150, p[1]})));
            assertThat(withOwn.takenFromOwn()).isPositive();
            assertThat(withOwn.newShare()).isLessThan(r.newShare());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "--data-dir", dir.toString(), "huff",
                "--district", busiest, "--industry", "커피-음료");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("커피-음료", "유동인구", "곳 있습니다");
    }
}
