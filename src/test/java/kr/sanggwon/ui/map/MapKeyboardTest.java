package kr.sanggwon.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.input.KeyCode;
import kr.sanggwon.search.DistrictEntry;
import org.junit.jupiter.api.Test;

/** Arrow keys on the map reach the neighbour in that direction, stay put at the edge, and skip districts without a point. */
class MapKeyboardTest {
    static DistrictEntry d(String code, Integer x, Integer y) {
        return new DistrictEntry(code, code, "A", "골목상권", "가람구", "가람동", x, y);
    }

    final DistrictEntry centre = d("C", 1000, 1000);
    final DistrictEntry east = d("E", 1500, 1050);
    final DistrictEntry farNorthEast = d("NE", 1200, 1900);
    final DistrictEntry north = d("N", 1000, 1400);
    final DistrictEntry noPoint = d("X", null, null);
    final List<DistrictEntry> all = List.of(noPoint, centre, east, farNorthEast, north);

    @Test
    void arrowsMoveToTheNeighbourInThatDirection() {
        assertThat(MapKeyboard.next(all, centre, KeyCode.RIGHT, 0, 0)).isEqualTo(east);
        assertThat(MapKeyboard.next(all, centre, KeyCode.UP, 0, 0)).isEqualTo(north);
        assertThat(MapKeyboard.next(all, north, KeyCode.DOWN, 0, 0)).isEqualTo(centre);
        assertThat(MapKeyboard.next(all, east, KeyCode.LEFT, 0, 0)).isEqualTo(centre);
    }

    @Test
    void atTheEdgeTheCursorStaysAndTheFirstKeyStartsNearTheCentre() {
        assertThat(MapKeyboard.next(all, farNorthEast, KeyCode.UP, 0, 0)).isEqualTo(farNorthEast);
        assertThat(MapKeyboard.next(all, null, KeyCode.LEFT, 1450, 1000)).isEqualTo(east);
        assertThat(MapKeyboard.next(List.of(), null, KeyCode.LEFT, 0, 0)).isNull();
    }
}
