package kr.sanggwon.consult;

import java.util.List;
import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;

/**
 * A saved scenario next to the same analyses on today's data and models, for the side-by-side before the consultant
 * decides to keep the old numbers or take the new ones. Every part the scenario holds (예상 매출, 현장 조사, 디지털 전환
 * 진단, 상권 비교, 수익 분석, 유망 상권) is recomputed and listed in {@code parts} with its old and new figures.
 * {@code fresh} is null when any part cannot be made any more (the district vanished from newer data, no model): the
 * failing parts carry the problem, and the saved scenario can only be kept.
 */
public record Recomputed(Scenario saved, ScenarioSnapshot fresh, List<PartChange> parts) {
    public Recomputed {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** The parts of a scenario that are recomputed, in the order they are shown. */
    public enum Part {
        ESTIMATE, SURVEY, DIGITAL, COMPARISON, FINANCE, RECOMMEND;

        /** Message key of the part's name. */
        public String key() {
            return "consult.recompute.part." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One figure of a part as saved and as recomputed (texts as shown). */
    public record Row(String label, String before, String after) {
        public boolean changed() {
            return !java.util.Objects.equals(before, after);
        }
    }

    /** One part: its figures old and new, or the problem that stopped it ({@code problemKey} null when it worked). */
    public record PartChange(Part part, List<Row> rows, String problemKey, Object[] problemArgs) {
        public PartChange {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }

        public boolean ok() {
            return problemKey == null;
        }
    }

    public boolean possible() {
        return fresh != null;
    }

    /** The first problem (for the CLI's one-line refusal), or null. */
    public String problemKey() {
        return parts.stream().filter(p -> !p.ok()).map(PartChange::problemKey).findFirst().orElse(null);
    }

    public Object[] problemArgs() {
        return parts.stream().filter(p -> !p.ok()).map(PartChange::problemArgs).findFirst().orElse(new Object[0]);
    }

    /** The change of one part, or null when the scenario does not hold it. */
    public PartChange part(Part p) {
        return parts.stream().filter(x -> x.part() == p).findFirst().orElse(null);
    }

    /** Old vs new monthly figure (per the new shop when store details were given), or NaN where there is none. */
    public static double monthly(EstimatePart e) {
        if (e == null) {
            return Double.NaN;
        }
        return e.newShop() != null ? e.newShop().monthly() : e.monthly();
    }

    /**
     * True when the estimate's monthly figure is one shop's sales: a per-store estimate (상권 grain) or a 행정동 total
     * split by the store count the consultant gave. A 행정동 total without store details is the sales of every shop
     * of the industry there, which no one shop's plan or actual sales may be measured against.
     */
    public static boolean oneShop(EstimatePart e) {
        return e != null && (e.perStore() || e.newShop() != null);
    }
}
