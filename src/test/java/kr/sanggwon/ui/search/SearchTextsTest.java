package kr.sanggwon.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import kr.sanggwon.common.Messages;
import kr.sanggwon.search.MapMetric;
import kr.sanggwon.search.MetricValues;
import org.junit.jupiter.api.Test;

class SearchTextsTest {
    @Test
    void theSalesPerStoreLegendUsesOneUnitForAllItsRows() {
        Messages.setLocale(Locale.KOREAN);
        MetricValues values = new MetricValues(MapMetric.SALES_PER_STORE, 20244,
                Map.of("a", 5_000_000.0, "b", 60_000_000.0, "c", 250_000_000.0), Map.of());
        DoubleFunction<String> f = SearchTexts.legendFormat(values);
        assertThat(f.apply(5_000_000)).isEqualTo("0.1억원");
        assertThat(f.apply(60_000_000)).isEqualTo("0.6억원");
        assertThat(f.apply(250_000_000)).isEqualTo("2.5억원");

        MetricValues small = new MetricValues(MapMetric.SALES_PER_STORE, 20244, Map.of("a", 5_000_000.0, "b", 60_000_000.0), Map.of());
        assertThat(SearchTexts.legendFormat(small).apply(5_000_000)).isEqualTo("500만원");
    }
}
