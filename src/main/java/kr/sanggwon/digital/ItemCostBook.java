package kr.sanggwon.digital;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typical costs and sales effects of the checklist items, from {@value #FILE} in the workspace folder: one row per
 * item and industry scope, the most specific scope that covers an industry wins. Every item needs a {@code *} row.
 */
public final class ItemCostBook {
    public static final String FILE = "digital-items.csv";
    static final int COLUMNS = 9;
    private final DataFile data;

    public ItemCostBook(Path workspaceFolder) {
        this.data = new DataFile(workspaceFolder, FILE);
    }

    /** The user-editable file (created from the defaults when missing). */
    public Path file() {
        return data.file();
    }

    public List<ItemCost> rows() {
        return parse(data.rows(COLUMNS, "item"));
    }

    public void restoreDefaults() {
        data.restoreDefaults();
    }

    /** The bundled rows, as shipped. */
    List<ItemCost> defaults() {
        return parse(data.bundledRows(COLUMNS, "item"));
    }

    /** For each item, the row of the most specific scope covering {@code industry}. */
    public Map<DigitalItem, ItemCost> forIndustry(String industry) {
        return pick(rows(), industry);
    }

    static Map<DigitalItem, ItemCost> pick(List<ItemCost> rows, String industry) {
        Map<DigitalItem, ItemCost> out = new EnumMap<>(DigitalItem.class);
        for (ItemCost c : rows) {
            if (!c.covers(industry)) {
                continue;
            }
            ItemCost had = out.get(c.item());
            if (had == null || specificity(c.scope()) > specificity(had.scope())) {
                out.put(c.item(), c);
            }
        }
        return out;
    }

    private static int specificity(String scope) {
        return scope.equals("*") ? 0 : scope.length();
    }

    static List<ItemCost> parse(List<DataFile.Row> rows) {
        List<ItemCost> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String file = null;
        for (DataFile.Row r : rows) {
            file = r.file();
            DigitalItem item = DigitalItem.byId(r.text(1)).orElseThrow(() -> r.bad(1, itemIds()));
            String scope = r.required(2, "* | CS1 | CS100010");
            if (!scope.equals("*") && !scope.matches("[A-Za-z0-9]+")) {
                throw r.bad(2, "* | CS1 | CS100010");
            }
            if (!seen.add(item.id() + "|" + scope)) {
                throw r.bad(2, "one row per item and scope");
            }
            int year = r.number(3, 2000, 2100, false).intValue();
            double monthly = r.number(4, 0, 100_000_000, false);
            double once = r.number(5, 0, 10_000_000_000d, false);
            double low = r.number(6, -0.5, 2, false);
            double high = r.number(7, -0.5, 2, false);
            if (high < low) {
                throw r.bad(7, "effect_high >= effect_low");
            }
            out.add(new ItemCost(item, scope, year, monthly, once, low, high, r.required(8, "source_ko"), r.required(9, "source_en")));
        }
        for (DigitalItem item : DigitalItem.values()) {
            if (out.stream().noneMatch(c -> c.item() == item && c.scope().equals("*"))) {
                throw new DigitalFileException("consult.digital.error.missingItem", file == null ? FILE : file, item.id());
            }
        }
        return List.copyOf(out);
    }

    private static String itemIds() {
        return String.join(" | ", java.util.Arrays.stream(DigitalItem.values()).map(DigitalItem::id).toList());
    }
}
