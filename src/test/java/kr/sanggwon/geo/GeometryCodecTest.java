package kr.sanggwon.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GeometryCodecTest {
    @Test
    void roundTripKeepsEveryPointToTheCentimetre() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            List<double[]> rings = new ArrayList<>();
            int ringCount = 1 + random.nextInt(4);
            for (int r = 0; r < ringCount; r++) {
                double[] ring = new double[2 * (4 + random.nextInt(300))];
                double x = 180000 + random.nextDouble() * 40000;
                double y = 435000 + random.nextDouble() * 35000;
                for (int i = 0; i < ring.length; i += 2) {
                    x += random.nextGaussian() * (trial % 2 == 0 ? 5 : 5000);
                    y += random.nextGaussian() * 5;
                    ring[i] = Math.round(x * 100) / 100.0;
                    ring[i + 1] = Math.round(y * 100) / 100.0;
                }
                rings.add(ring);
            }
            List<double[]> back = GeometryCodec.decode(GeometryCodec.encode(rings));
            assertThat(back).hasSameSizeAs(rings);
            for (int r = 0; r < rings.size(); r++) {
                assertThat(back.get(r)).containsExactly(rings.get(r), org.assertj.core.data.Offset.offset(0.005));
            }
        }
    }

    @Test
    void encodingIsSmallerThanTheShapefilesSixteenBytesPerPoint() {
        double[] ring = new double[2 * 200];
        for (int i = 0; i < ring.length; i += 2) {
            ring[i] = 196835.68 + i;
            ring[i + 1] = 452968.93 + (i % 7);
        }
        assertThat(GeometryCodec.encode(List.of(ring)).length).isLessThan(200 * 16 / 3);
    }

    @Test
    void negativeAndEmptyRingsSurvive() {
        List<double[]> rings = List.of(new double[] {-1.5, -2.25, 0, 0, 3.01, -4.99}, new double[0]);
        List<double[]> back = GeometryCodec.decode(GeometryCodec.encode(rings));
        assertThat(back.get(0)).containsExactly(-1.5, -2.25, 0, 0, 3.01, -4.99);
        assertThat(back.get(1)).isEmpty();
    }
}
