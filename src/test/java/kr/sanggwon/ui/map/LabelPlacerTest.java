package kr.sanggwon.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {
    private static LabelPlacer.Wanted name(String text, double x, double y) {
        return new LabelPlacer.Wanted(text, x, y, 4, 60, 14);
    }

    @Test
    void aNameGoesRightOfItsDotWhenThereIsRoom() {
        List<LabelPlacer.Placed> placed = new LabelPlacer(400, 300).place(List.of(name("가람역", 100, 100)));
        assertThat(placed).singleElement().satisfies(p -> assertThat(p.x()).isEqualTo(107));
    }

    @Test
    void twoDotsSideBySideGetNamesThatDoNotOverlap() {
        List<LabelPlacer.Placed> placed = new LabelPlacer(400, 300).place(List.of(name("가람역", 100, 100), name("한빛역", 110, 102)));
        assertThat(placed).hasSize(2);
        LabelPlacer.Placed a = placed.get(0);
        LabelPlacer.Placed b = placed.get(1);
        boolean apartSideways = a.x() + 60 <= b.x() || b.x() + 60 <= a.x();
        boolean apartUpDown = Math.abs(a.baseline() - b.baseline()) >= 14;
        assertThat(apartSideways || apartUpDown).isTrue();
    }

    @Test
    void aDotAtTheRightEdgeIsNamedOnItsLeftNeverPastTheEdge() {
        List<LabelPlacer.Placed> placed = new LabelPlacer(400, 300).place(List.of(name("별내역", 395, 150)));
        assertThat(placed).singleElement().satisfies(p -> assertThat(p.x() + 60).isLessThanOrEqualTo(400));
    }

    @Test
    void aNameWithNoFreePlaceIsLeftOutRatherThanDrawnOverAnother() {
        // a crowd of dots on one spot: the first few get the four places around it, the rest are left out
        List<LabelPlacer.Wanted> crowd = java.util.stream.IntStream.range(0, 10).mapToObj(i -> name("상권" + i, 200, 150)).toList();
        List<LabelPlacer.Placed> placed = new LabelPlacer(400, 300).place(crowd);
        assertThat(placed).hasSizeBetween(1, 4);
        assertThat(placed.get(0).text()).isEqualTo("상권0");
    }
}
