package kr.sanggwon.digital;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Public support programmes for going digital, from {@value #FILE} in the workspace folder (editable: programmes change
 * every year, so the consultant updates the file from the year's notices without a new release).
 */
public final class ProgrammeBook {
    public static final String FILE = "digital-programmes.csv";
    static final int COLUMNS = 14;
    private final DataFile data;

    public ProgrammeBook(Path workspaceFolder) {
        this.data = new DataFile(workspaceFolder, FILE);
    }

    public Path file() {
        return data.file();
    }

    public List<Programme> programmes() {
        return parse(data.rows(COLUMNS, "id"));
    }

    public void restoreDefaults() {
        data.restoreDefaults();
    }

    List<Programme> defaults() {
        return parse(data.bundledRows(COLUMNS, "id"));
    }

    /**
     * The programmes whose conditions the shop meets in {@code year} and that help with an item it does not use yet,
     * with those items (planned ones first).
     */
    public List<ProgrammeMatch> matching(Programme.Profile profile, int year, java.util.Map<DigitalItem, Adoption> states) {
        return match(programmes(), profile, year, states);
    }

    static List<ProgrammeMatch> match(List<Programme> all, Programme.Profile profile, int year,
                                      java.util.Map<DigitalItem, Adoption> states) {
        List<ProgrammeMatch> out = new ArrayList<>();
        for (Programme p : all) {
            if (!p.fits(profile, year)) {
                continue;
            }
            List<DigitalItem> helps = new ArrayList<>();
            for (Adoption wanted : List.of(Adoption.PLANNED, Adoption.NONE)) {
                for (DigitalItem i : DigitalItem.values()) {
                    if (p.items().contains(i) && states.getOrDefault(i, Adoption.NONE) == wanted) {
                        helps.add(i);
                    }
                }
            }
            if (!helps.isEmpty()) {
                out.add(new ProgrammeMatch(p, List.copyOf(helps), p.year() < year));
            }
        }
        return List.copyOf(out);
    }

    static List<Programme> parse(List<DataFile.Row> rows) {
        List<Programme> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DataFile.Row r : rows) {
            String id = r.required(1, "id");
            if (!ids.add(id)) {
                throw r.bad(1, "a new id");
            }
            int year = r.number(2, 2000, 2100, false).intValue();
            Double until = r.number(3, year, 2100, true);
            List<String> industries = list(r, 4, "* | CS1;CS2");
            for (String s : industries) {
                if (!s.equals("*") && !s.matches("[A-Za-z0-9]+")) {
                    throw r.bad(4, "* | CS1;CS2");
                }
            }
            Double staff = r.number(5, 0, 10_000, true);
            Double sales = r.number(6, 0, 1e13, true);
            List<String> regions = list(r, 7, "* | 서울 | 마포구;용산구");
            Set<DigitalItem> items = EnumSet.noneOf(DigitalItem.class);
            for (String s : list(r, 8, "pay;delivery;online;order;map;books")) {
                items.add(DigitalItem.byId(s).orElseThrow(() -> r.bad(8, String.join(";",
                        Arrays.stream(DigitalItem.values()).map(DigitalItem::id).toList()))));
            }
            String check = r.text(14);
            if (!check.equals("yes") && !check.equals("no")) {
                throw r.bad(14, "yes | no");
            }
            out.add(new Programme(id, year, until == null ? null : until.intValue(), industries, staff, sales, regions,
                    Set.copyOf(items), r.required(9, "name_ko"), r.required(10, "name_en"), r.required(11, "support_ko"),
                    r.required(12, "support_en"), r.required(13, "source"), check.equals("yes")));
        }
        return List.copyOf(out);
    }

    private static List<String> list(DataFile.Row r, int column, String expected) {
        List<String> out = Arrays.stream(r.required(column, expected).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (out.isEmpty()) {
            throw r.bad(column, expected);
        }
        return out;
    }
}
