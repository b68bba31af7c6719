package kr.sanggwon.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MapTransformTest {
    private MapTransform seoul() {
        MapTransform t = new MapTransform();
        t.setWorld(182_509, 437_249, 215_352, 465_573);
        t.setView(800, 600);
        return t;
    }

    @Test
    void northIsUpAndTheWorldCentreIsTheViewCentre() {
        MapTransform t = seoul();
        assertThat(t.screenX((182_509 + 215_352) / 2.0)).isCloseTo(400, within(1e-6));
        assertThat(t.screenY(465_000)).isLessThan(t.screenY(440_000));
    }

    @Test
    void zoomKeepsThePointUnderTheCursor() {
        MapTransform t = seoul();
        double wx = t.worldX(123);
        double wy = t.worldY(456);
        t.zoomAt(2.5, 123, 456);
        assertThat(t.zoom()).isEqualTo(2.5);
        assertThat(t.screenX(wx)).isCloseTo(123, within(1e-6));
        assertThat(t.screenY(wy)).isCloseTo(456, within(1e-6));
    }

    @Test
    void zoomIsBounded() {
        MapTransform t = seoul();
        for (int i = 0; i < 50; i++) {
            t.zoomAt(2, 0, 0);
        }
        assertThat(t.zoom()).isEqualTo(MapTransform.MAX_ZOOM);
    }

    @Test
    void fitToCentresTheBoxAndZoomsIn() {
        MapTransform t = seoul();
        t.fitTo(193_000, 441_000, 195_000, 443_000);
        assertThat(t.zoom()).isGreaterThan(5);
        assertThat(t.screenX(194_000)).isCloseTo(400, within(1e-6));
        assertThat(t.screenY(442_000)).isCloseTo(300, within(1e-6));
    }

    @Test
    void panMovesEverythingByThePixels() {
        MapTransform t = seoul();
        double before = t.screenX(200_000);
        t.pan(30, -10);
        assertThat(t.screenX(200_000)).isCloseTo(before + 30, within(1e-6));
        t.reset();
        assertThat(t.screenX(200_000)).isCloseTo(before, within(1e-6));
    }
}
