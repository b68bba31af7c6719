package kr.sanggwon.ui.map;

/**
 * World (TM metres, y north) ↔ screen (pixels, y down): fit-to-view scale times zoom, plus a pan offset.
 * Plain arithmetic, so zoom/pan behaviour is unit-testable.
 */
public final class MapTransform {
    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 60;

    private double minX;
    private double minY;
    private double maxX = 1;
    private double maxY = 1;
    private double width = 1;
    private double height = 1;
    private double zoom = 1;
    private double panX;
    private double panY;

    /** The world box to fit (with a margin of 5 %). */
    public void setWorld(double minX, double minY, double maxX, double maxY) {
        double mx = Math.max(1, (maxX - minX) * 0.05);
        double my = Math.max(1, (maxY - minY) * 0.05);
        this.minX = minX - mx;
        this.minY = minY - my;
        this.maxX = maxX + mx;
        this.maxY = maxY + my;
    }

    public void setView(double width, double height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
    }

    public double zoom() {
        return zoom;
    }

    public void reset() {
        zoom = 1;
        panX = 0;
        panY = 0;
    }

    private double scale() {
        return Math.min(width / (maxX - minX), height / (maxY - minY)) * zoom;
    }

    public double screenX(double x) {
        return (x - (minX + maxX) / 2) * scale() + width / 2 + panX;
    }

    public double screenY(double y) {
        return height / 2 - (y - (minY + maxY) / 2) * scale() + panY;
    }

    public double worldX(double sx) {
        return (sx - width / 2 - panX) / scale() + (minX + maxX) / 2;
    }

    public double worldY(double sy) {
        return (height / 2 + panY - sy) / scale() + (minY + maxY) / 2;
    }

    /** Zooms by {@code factor} keeping the world point under ({@code sx}, {@code sy}) where it is. */
    public void zoomAt(double factor, double sx, double sy) {
        double wx = worldX(sx);
        double wy = worldY(sy);
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        panX += sx - screenX(wx);
        panY += sy - screenY(wy);
    }

    /** Zooms and pans so the world box fills most of the view (at least the whole-map zoom). */
    public void fitTo(double bMinX, double bMinY, double bMaxX, double bMaxY) {
        double bw = Math.max(500, bMaxX - bMinX);
        double bh = Math.max(500, bMaxY - bMinY);
        zoom = Math.max(1, Math.min(MAX_ZOOM, 0.8 * Math.min((maxX - minX) / bw, (maxY - minY) / bh)));
        panX = 0;
        panY = 0;
        double cx = (bMinX + bMaxX) / 2;
        double cy = (bMinY + bMaxY) / 2;
        panX = width / 2 - screenX(cx);
        panY = height / 2 - screenY(cy);
    }

    public void pan(double dx, double dy) {
        panX += dx;
        panY += dy;
    }
}
