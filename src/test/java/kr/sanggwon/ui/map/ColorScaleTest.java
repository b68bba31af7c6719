package kr.sanggwon.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import kr.sanggwon.search.MapMetric;
import kr.sanggwon.search.MetricValues;
import org.junit.jupiter.api.Test;

class ColorScaleTest {
    @Test
    void numbersFallIntoFiveQuantileClassesFromLowToHigh() {
        Map<String, Double> v = new HashMap<>();
        for (int i = 1; i <= 100; i++) {
            v.put("c" + i, (double) i * i);
        }
        ColorScale s = ColorScale.of(new MetricValues(MapMetric.STORES, 20251, v, Map.of()));
        assertThat(s.legend(x -> String.valueOf((long) x), c -> c)).hasSize(5);
        assertThat(s.classOf(1)).isEqualTo(0);
        assertThat(s.classOf(10_000)).isEqualTo(4);
        assertThat(s.color("c1")).isEqualTo("-sg-map-ramp-1");
        assertThat(s.color("c100")).isEqualTo("-sg-map-ramp-5");
        assertThat(s.color("missing")).isEqualTo(MapPalette.NO_VALUE);
    }

    @Test
    void changeIndexUsesOneColourPerCategory() {
        ColorScale s = ColorScale.of(new MetricValues(MapMetric.CHANGE_INDEX, 20252, Map.of(),
                Map.of("a", "HH", "b", "LL", "c", "HH")));
        assertThat(s.color("a")).isEqualTo(s.color("c")).isEqualTo("-sg-map-change-hh").isNotEqualTo(s.color("b"));
        assertThat(s.legend(x -> "", c -> c)).extracting(ColorScale.Entry::label).containsExactly("LH", "LL", "HH", "HL");
    }

    @Test
    void emptyValuesGiveNoClasses() {
        ColorScale s = ColorScale.of(MetricValues.empty(MapMetric.SALES_PER_STORE));
        assertThat(s.legend(x -> "", c -> c)).isEmpty();
        assertThat(s.color("x")).isEqualTo(MapPalette.NO_VALUE);
    }

    @Test
    void everyColourTheMapNamesIsDefinedInTheStylesheet() throws Exception {
        String css;
        try (java.io.InputStream in = ColorScale.class.getResourceAsStream(kr.sanggwon.ui.Styles.STYLESHEET)) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(MapPalette.names()).hasSize(23).allSatisfy(name ->
                assertThat(css).as(name).containsPattern("(?m)^\\s*" + java.util.regex.Pattern.quote(name) + ":\\s*#[0-9a-fA-F]{6}"));
    }

    @Test
    void ringContainmentFollowsTheEvenOddRule() {
        double[] outer = {0, 0, 0, 10, 10, 10, 10, 0, 0, 0};
        double[] hole = {4, 4, 6, 4, 6, 6, 4, 6, 4, 4};
        java.util.List<double[]> rings = java.util.List.of(outer, hole);
        assertThat(RingSimplifier.contains(rings, 2, 2)).isTrue();
        assertThat(RingSimplifier.contains(rings, 5, 5)).isFalse();
        assertThat(RingSimplifier.contains(rings, 11, 5)).isFalse();
    }

    @Test
    void ringSimplifierKeepsEndsAndDropsNearPoints() {
        double[] ring = {0, 0, 1, 0, 2, 0, 10, 0, 10, 10, 11, 10, 0, 10, 0, 0};
        double[] s = RingSimplifier.simplify(ring, 5);
        assertThat(s).startsWith(0, 0).endsWith(0, 0).hasSizeLessThan(ring.length);
    }
}
