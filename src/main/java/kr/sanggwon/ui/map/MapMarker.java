package kr.sanggwon.ui.map;

/** A point drawn over the district map (TM metres), e.g. a shop: its kind sets the symbol, the label is its tooltip. */
public record MapMarker(double x, double y, Kind kind, String label) {
    /** New shop (green disc), the owner's own shop (purple square), a competitor (small red dot). */
    public enum Kind { NEW, OWN, RIVAL }
}
