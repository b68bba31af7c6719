package kr.sanggwon.health;

/**
 * A data-health warning that touches one district: the dataset it is about ({@code FactDataset} name such as
 * "SALES", or "STORE_LISTING"), what kind of problem it is, and a localized sentence for the screen.
 */
public record DataWarning(String dataset, Kind kind, String message) {

    public enum Kind { MISSING, FLAT, COLUMN, STALE, DISAGREE }
}
