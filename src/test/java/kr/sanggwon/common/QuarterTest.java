package kr.sanggwon.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void arithmeticCrossesYearBoundaries() {
        assertEquals(20241, Quarter.plus(20234, 1));
        assertEquals(20234, Quarter.previous(20241));
        assertEquals(20223, Quarter.minus(20241, 6));
        assertEquals(20231, Quarter.yearAgo(20241));
        assertEquals(-5, Quarter.between(20241, 20224));
        assertEquals(4, Quarter.quarterOfYear(20244));
    }

    @Test
    void theValueTypeAgreesWithTheCodeArithmetic() {
        Quarter q = Quarter.of(20241);
        assertEquals(2024, q.year());
        assertEquals(20234, q.previous().code());
        assertEquals(20231, q.yearAgo().code());
        assertEquals(20252, q.plus(5).code());
        assertEquals(5, q.until(Quarter.of(20252)));
        assertTrue(q.compareTo(Quarter.of(20234)) > 0);
    }

    @Test
    void aCodeThatIsNoQuarterIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Quarter.of(20245));
        assertThrows(IllegalArgumentException.class, () -> Quarter.of(20240));
    }

    /** The full-scale generator's quarters, now from {@link Quarter#plus}: the same list the hand-written loop made. */
    @Test
    void theFullScaleGeneratorsQuartersAreUnchanged() {
        java.util.List<Integer> quarters = kr.sanggwon.bench.FullScaleGenerator.quarters();
        assertEquals(kr.sanggwon.bench.FullScaleGenerator.QUARTERS, quarters.size());
        for (int i = 0; i < quarters.size(); i++) {
            int before = (kr.sanggwon.bench.FullScaleGenerator.FIRST_YEAR + i / 4) * 10 + i % 4 + 1;
            assertEquals(before, quarters.get(i));
        }
        assertEquals(20191, quarters.get(0));
        assertEquals(20252, quarters.get(quarters.size() - 1));
    }

    /** The data-health "quarters behind" count, now {@link Quarter#between}: the formula it replaced. */
    @Test
    void betweenIsTheQuartersBehindCountItReplaced() {
        int[] codes = {20191, 20194, 20201, 20233, 20244, 20252};
        for (int from : codes) {
            for (int to : codes) {
                assertEquals((to / 10 - from / 10) * 4 + (to % 10 - from % 10), Quarter.between(from, to));
            }
        }
    }
}
