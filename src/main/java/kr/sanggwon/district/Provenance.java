package kr.sanggwon.district;

import kr.sanggwon.common.Text;

/**
 * Where a number comes from: the official dataset name (e.g. 추정매출-상권), its quarter, the import batch and file,
 * how it was computed, and an optional note (e.g. a 행정동 value used for a 상권). The formula and the note are words to
 * render at the edge, in the language it chooses (ADR 0019).
 */
public record Provenance(String dataset, Integer quarter, Long batchId, String fileName, Text formula, Text note) {
}
