package kr.sanggwon.geo;

import java.util.List;

/**
 * The boundary of one 상권 or 행정동 in TM metres (EPSG:5181, Korea 2000 Central Belt: x = easting, y = northing).
 * Each ring is {@code [x0, y0, x1, y1, ...]}; as in the shapefile, outer rings run clockwise and holes
 * counter-clockwise, and the last point repeats the first.
 */
public record DistrictPolygon(String code, double minX, double minY, double maxX, double maxY, List<double[]> rings) {

    public int points() {
        int n = 0;
        for (double[] r : rings) {
            n += r.length / 2;
        }
        return n;
    }
}
