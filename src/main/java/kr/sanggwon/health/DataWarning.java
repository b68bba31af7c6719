package kr.sanggwon.health;

import kr.sanggwon.common.Text;

/**
 * A data-health warning that touches one district: the dataset it is about ({@code FactDataset} name such as
 * "SALES", or "STORE_LISTING"), what kind of problem it is, and the sentence to render at the edge (ADR 0019).
 */
public record DataWarning(String dataset, Kind kind, Text message) {

    public enum Kind { MISSING, FLAT, COLUMN, STALE, DISAGREE }
}
