package kr.sanggwon.geo;

/**
 * WGS84/GRS80 longitude-latitude ↔ the TM metres of the Seoul district files (EPSG:5181, Korea 2000 Central Belt:
 * central meridian 127°, latitude of origin 38°, scale 1, false easting 200,000, false northing 500,000). SEMAS store
 * listings carry degrees while 상권 points and polygons carry these metres; this puts both on one plane. The forward
 * formula is Snyder's series (USGS Professional Paper 1395, eq. 8-9 … 8-10), good to millimetres near Seoul; the inverse
 * solves the forward one by Newton steps, so the two always agree.
 */
public final class TmProjection {
    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257222101;
    private static final double E2 = F * (2 - F);
    private static final double EP2 = E2 / (1 - E2);
    private static final double LAT0 = Math.toRadians(38);
    private static final double LON0 = Math.toRadians(127);
    private static final double K0 = 1.0;
    private static final double FE = 200_000;
    private static final double FN = 500_000;
    private static final double M0 = meridian(LAT0);

    private TmProjection() {
    }

    /** {x, y} in EPSG:5181 metres of a point given in decimal degrees. */
    public static double[] toTm(double lon, double lat) {
        double phi = Math.toRadians(lat);
        double sin = Math.sin(phi);
        double cos = Math.cos(phi);
        double n = A / Math.sqrt(1 - E2 * sin * sin);
        double t = Math.tan(phi) * Math.tan(phi);
        double c = EP2 * cos * cos;
        double a = (Math.toRadians(lon) - LON0) * cos;
        double x = FE + K0 * n * (a + (1 - t + c) * Math.pow(a, 3) / 6
                + (5 - 18 * t + t * t + 72 * c - 58 * EP2) * Math.pow(a, 5) / 120);
        double y = FN + K0 * (meridian(phi) - M0 + n * Math.tan(phi) * (a * a / 2
                + (5 - t + 9 * c + 4 * c * c) * Math.pow(a, 4) / 24
                + (61 - 58 * t + t * t + 600 * c - 330 * EP2) * Math.pow(a, 6) / 720));
        return new double[] {x, y};
    }

    /** {lon, lat} in decimal degrees of an EPSG:5181 point. */
    public static double[] toLonLat(double x, double y) {
        double lon = 127 + (x - FE) / 88_000.0;
        double lat = 38 + (y - FN) / 111_000.0;
        double h = 1e-6;
        for (int i = 0; i < 8; i++) {
            double[] p = toTm(lon, lat);
            double fx = p[0] - x;
            double fy = p[1] - y;
            if (Math.abs(fx) < 1e-4 && Math.abs(fy) < 1e-4) {
                break;
            }
            double[] pl = toTm(lon + h, lat);
            double[] pt = toTm(lon, lat + h);
            double j11 = (pl[0] - p[0]) / h;
            double j12 = (pt[0] - p[0]) / h;
            double j21 = (pl[1] - p[1]) / h;
            double j22 = (pt[1] - p[1]) / h;
            double det = j11 * j22 - j12 * j21;
            lon -= (j22 * fx - j12 * fy) / det;
            lat -= (-j21 * fx + j11 * fy) / det;
        }
        return new double[] {lon, lat};
    }

    private static double meridian(double phi) {
        double e4 = E2 * E2;
        double e6 = e4 * E2;
        return A * ((1 - E2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi
                - (3 * E2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * Math.sin(2 * phi)
                + (15 * e4 / 256 + 45 * e6 / 1024) * Math.sin(4 * phi)
                - (35 * e6 / 3072) * Math.sin(6 * phi));
    }
}
