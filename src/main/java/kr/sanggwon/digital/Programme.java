package kr.sanggwon.digital;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.sanggwon.common.Messages;

/**
 * A public support programme as written in the programmes file: the year its facts are from, the last year it is
 * known to run ({@code until}, null = not known to end), the conditions (industry scopes; fewer employees than
 * {@code staffBelow}, as the law's 상시근로자 5인 미만; most annual sales; regions: {@code *}, {@code 서울} or a 구),
 * the checklist items it helps with, what it gives, its source, and whether the facts still need checking against
 * this year's notice ({@code check}).
 */
public record Programme(String id, int year, Integer until, List<String> industries, Double staffBelow, Double maxAnnualSales,
                        List<String> regions, Set<DigitalItem> items, String nameKo, String nameEn, String supportKo,
                        String supportEn, String source, boolean check) {

    public String name() {
        return korean() ? nameKo : nameEn;
    }

    public String support() {
        return korean() ? supportKo : supportEn;
    }

    private static boolean korean() {
        return Messages.locale().getLanguage().equals(Locale.KOREAN.getLanguage());
    }

    /** Whether a shop of this profile meets every condition in {@code year}. */
    public boolean fits(Profile p, int year) {
        return (until == null || year <= until)
                && industries.stream().anyMatch(s -> s.equals("*") || (p.industry() != null && p.industry().startsWith(s)))
                && (staffBelow == null || p.staff() < staffBelow)
                && (maxAnnualSales == null || p.annualSales() <= maxAnnualSales)
                && regions.stream().anyMatch(r -> r.equals("*") || r.equals(SEOUL) || r.equals(p.guName()));
    }

    /** The app covers Seoul's districts only: a programme for 서울 fits every district. */
    static final String SEOUL = "서울";

    /** What the conditions are checked against. {@code staff}: employees (full-time equivalents), the owner not counted. */
    public record Profile(String industry, String guName, double staff, double annualSales) {
    }
}
