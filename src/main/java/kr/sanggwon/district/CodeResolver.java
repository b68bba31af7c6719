package kr.sanggwon.district;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.UserException;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.ReadSession;

/**
 * Turns what a user typed for a district or an industry into a code present in the loaded data: a code as it is,
 * an industry code in any case ("cs100010"), or a name ("신림역", "커피-음료", "커피"). A name must match one place
 * only; otherwise a {@link UserException} lists the candidates. Tiers, first hit wins: code, whole name, name
 * without its parenthesis ("신림역" for "신림역(신림)"), part of the name.
 */
public final class CodeResolver {
    /** How many candidates an ambiguity message lists. */
    static final int MAX_CANDIDATES = 10;

    private final Reference reference;
    private volatile Districts districts;

    private record Districts(long version, List<DistrictInfo> all) {
    }

    /** An industry of the loaded data. */
    public record Industry(String code, String name) {
    }

    public CodeResolver(Reference reference) {
        this.reference = reference;
    }

    /**
     * The district {@code input} names (code or name); a {@link UserException} when none or several match. Database
     * failures here and below are {@link DataAccessException}s.
     */
    public DistrictInfo district(String input) {
        String typed = input == null ? "" : input.strip();
        List<DistrictInfo> all = districts();
        List<Function<DistrictInfo, Boolean>> tiers = List.of(
                d -> d.code().equals(typed),
                d -> d.name() != null && key(d.name()).equals(key(typed)),
                d -> d.name() != null && key(withoutParenthesis(d.name())).equals(key(typed)),
                d -> d.name() != null && key(typed).length() >= 2 && key(d.name()).contains(key(typed)));
        for (Function<DistrictInfo, Boolean> tier : tiers) {
            List<DistrictInfo> hits = all.stream().filter(tier::apply).toList();
            if (hits.size() == 1) {
                return hits.get(0);
            }
            if (hits.size() > 1) {
                throw new UserException("district.error.ambiguous", typed, hits.size(), candidates(hits, CodeResolver::line));
            }
        }
        throw new UserException("district.error.notFound", typed, all.size());
    }

    /** Every district (상권 and 행정동) with its master data, in code order (cached until the data changes). */
    public List<DistrictInfo> allDistricts() {
        return districts();
    }

    /** Codes of every district of a level (상권 or 행정동), in code order. */
    public List<String> districtCodes(Level level) {
        String code = String.valueOf(level.code());
        return districts().stream().filter(d -> code.equals(d.level())).map(DistrictInfo::code).toList();
    }

    /** The industry {@code input} names (code in any case, or name); a {@link UserException} when none or several match. */
    public Industry industry(String input) {
        String typed = input == null ? "" : input.strip();
        Map<String, String> known = reference.industries();
        List<Industry> all = known.entrySet().stream().map(e -> new Industry(e.getKey(), e.getValue())).toList();
        List<Predicate<Industry>> tiers = List.of(
                i -> i.code().equals(typed),
                i -> i.code().equalsIgnoreCase(typed),
                i -> i.name() != null && letters(i.name()).equals(letters(typed)),
                i -> i.name() != null && !letters(typed).isEmpty() && letters(i.name()).contains(letters(typed)));
        for (Predicate<Industry> tier : tiers) {
            List<Industry> hits = all.stream().filter(tier).toList();
            if (hits.size() == 1) {
                return hits.get(0);
            }
            if (hits.size() > 1) {
                throw new UserException("district.error.industryAmbiguous", typed, hits.size(),
                        candidates(hits, i -> i.code() + " " + i.name()));
            }
        }
        throw new UserException("district.error.industryNotFound", typed, all.size(),
                candidates(all, i -> i.code() + " " + i.name()));
    }

    private List<DistrictInfo> districts() {
        try (ReadSession c = reference.session()) {
            long version = reference.version(c);
            Districts d = districts;
            if (d == null || d.version() != version) {
                d = new Districts(version, DistrictRepository.all(c));
                districts = d;
            }
            return d.all();
        }
    }

    private static String line(DistrictInfo d) {
        List<String> where = new ArrayList<>();
        if (d.guName() != null) {
            where.add(d.guName());
        }
        if (d.typeName() != null) {
            where.add(d.typeName());
        }
        return d.code() + " " + d.name() + (where.isEmpty() ? "" : " (" + String.join(", ", where) + ")");
    }

    /** One candidate per line, at most {@link #MAX_CANDIDATES}, then "…" with how many more. */
    private static <T> String candidates(List<T> hits, Function<T, String> line) {
        String shown = hits.stream().limit(MAX_CANDIDATES).map(h -> "  " + line.apply(h)).collect(Collectors.joining("\n"));
        return hits.size() > MAX_CANDIDATES ? shown + "\n  … +" + (hits.size() - MAX_CANDIDATES) : shown;
    }

    /** Comparison key of a name: lower case, no spaces. */
    static String key(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** Comparison key of an industry name: letters and digits only ("커피-음료" and "커피 음료" are "커피음료"). */
    static String letters(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    /** "신림역(신림)" → "신림역". */
    static String withoutParenthesis(String name) {
        return name.replaceAll("\\([^)]*\\)", "").strip();
    }
}
