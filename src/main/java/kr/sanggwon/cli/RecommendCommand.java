package kr.sanggwon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.consult.RecommendCapture;
import kr.sanggwon.recommend.ExpectedSales;
import kr.sanggwon.recommend.Filter;
import kr.sanggwon.recommend.IndustryAdvice;
import kr.sanggwon.recommend.IndustryPick;
import kr.sanggwon.recommend.Part;
import kr.sanggwon.recommend.Preset;
import kr.sanggwon.recommend.RankedDistrict;
import kr.sanggwon.recommend.Ranking;
import kr.sanggwon.recommend.RankingCsv;
import kr.sanggwon.recommend.RecommendService;
import kr.sanggwon.recommend.RecommendText;
import kr.sanggwon.recommend.Target;
import kr.sanggwon.recommend.Weights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * recommend --industry C [--gu G…] [--type T…] [--grain T|D] [--preset P] [--top N]: districts ranked for an industry;
 * recommend --district D: industries ranked for a district. Same parts and weights as the 유망 상권 screen.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true, description = "Promising districts for an industry (--industry), or industries for a district (--district).")
final class RecommendCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Option(names = "--industry", paramLabel = "CODE", description = "서비스 업종 code, e.g. CS100010: rank districts")
    String industry;

    @Option(names = "--district", paramLabel = "CODE", description = "상권 or 행정동 code: rank industries for it")
    String district;

    @Option(names = "--gu", paramLabel = "G", split = ",", description = "자치구 name or code (several allowed)")
    List<String> gus = new ArrayList<>();

    @Option(names = "--type", paramLabel = "T", split = ",", description = "district type A 골목, D 발달, R 전통시장, U 관광특구 (several allowed)")
    List<String> types = new ArrayList<>();

    @Option(names = "--grain", paramLabel = "T|D", defaultValue = "T", description = "T 상권 (default) or D 행정동")
    String grain;

    @Option(names = "--preset", paramLabel = "P", defaultValue = Preset.BALANCED,
            description = "balanced (default), stable, growth, avoid-competition, or a saved preset's name")
    String preset;

    @Option(names = "--weights", paramLabel = "W", description = "own weights, e.g. SALES=2,TREND=1,COMPETITION=1 (parts not named: 0)")
    String weights;

    @Option(names = "--save-preset", paramLabel = "NAME", description = "save the weights used under this name")
    String savePreset;

    @Option(names = "--age", paramLabel = "A", split = ",", description = "target ages: age10 … age60")
    List<String> ages = new ArrayList<>();

    @Option(names = "--gender", paramLabel = "G", description = "target gender: male or female")
    String gender;

    @Option(names = "--time", paramLabel = "T", split = ",", description = "target time bands: t00_06 t06_11 t11_14 t14_17 t17_21 t21_24")
    List<String> times = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "how many rows (default ${DEFAULT-VALUE}; 0 = all)")
    int top;

    @Option(names = "--estimates", paramLabel = "N", defaultValue = "5",
            description = "add the estimate model's expected sales with its 80%% range to the first N rows (default ${DEFAULT-VALUE})")
    int estimates;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the ranked list as CSV")
    Path csv;

    @Option(names = "--save-to-consultation", paramLabel = "ID", description = "save the ranked list (the --top rows) as a new scenario of this 상담")
    Long saveToConsultation;

    @Option(names = "--save-to-scenario", paramLabel = "ID", description = "add the ranked list to this saved scenario (replaces an earlier list there)")
    Long saveToScenario;

    @Option(names = "--title", description = "with --save-to-consultation: the new scenario's title")
    String title;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if ((industry == null) == (district == null)) {
            spec.commandLine().getErr().println(Messages.get("recommend.cli.industryOrDistrict"));
            return MainCommand.USER_ERROR;
        }
        if (top < 0 || estimates < 0) {
            spec.commandLine().getErr().println(Messages.get("recommend.cli.negative"));
            return MainCommand.USER_ERROR;
        }
        ScenarioTarget saveTo = ScenarioTarget.of(saveToConsultation, saveToScenario);
        if (saveTo != null && district != null) {
            throw new UserException("recommend.cli.saveDistrictsOnly");
        }
        RecommendService service = main.context().recommend();
        // codes and names as for the other analysis commands (unknown ones refused with the codes that exist)
        String districtCode = Inputs.district(main.context(), district);
        String industryCode = Inputs.industry(main.context(), industry);
        Preset chosen = weights != null ? null : service.preset(preset);
        Weights w = chosen == null ? Weights.decode(weights) : chosen.weights();
        if (savePreset != null) {
            service.savePreset(savePreset, w);
        }
        Target target = new Target(Set.copyOf(ages), gender, Set.copyOf(times));
        Locale locale = Messages.locale();
        if (district != null) {
            IndustryAdvice advice = service.industriesFor(districtCode, w, target, kr.sanggwon.common.Progress.NONE);
            List<IndustryPick> picks = top == 0 ? advice.picks() : advice.picks().subList(0, Math.min(top, advice.picks().size()));
            if (json) {
                out.println(Json.write(adviceJson(advice, picks, locale)));
            } else {
                printAdvice(out, advice, picks, locale);
            }
            return MainCommand.OK;
        }
        char level = grain.trim().toUpperCase(Locale.ROOT).charAt(0);
        Ranking r = service.rank(industryCode, level, new Filter(Set.copyOf(gus), Set.copyOf(types)), target, w, top);
        List<ExpectedSales> expected = new ArrayList<>();
        for (int i = 0; i < Math.min(estimates, r.rows().size()); i++) {
            expected.add(service.expected(r.rows().get(i).district().code(), r.industry()));
        }
        if (csv != null) {
            try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                RankingCsv.write(r, locale, writer);
            } catch (IOException e) {
                throw new UserException("recommend.cli.csvFailed", csv, e.getMessage());
            }
        }
        int keep = top == 0 ? RecommendCapture.MAX_TOP : top;
        kr.sanggwon.consult.Scenario saved = saveTo == null ? null : saveTo.save(main,
                (consult, k) -> consult.saveRanking(k, title, r, chosen, keep), (consult, id) -> consult.attachRanking(id, r, chosen, keep));
        if (json) {
            Map<String, Object> m = rankingJson(r, expected, locale);
            if (saved != null) {
                m.put("savedScenario", saved.id());
            }
            out.println(Json.write(m));
        } else {
            printRanking(out, r, expected, locale);
            if (saved != null) {
                out.println(ScenarioTarget.savedLine(saved, saveTo));
            }
        }
        return MainCommand.OK;
    }

    private void printRanking(PrintWriter out, Ranking r, List<ExpectedSales> expected, Locale locale) {
        out.println(Messages.get("recommend.cli.title", r.industryName(), r.industry(), Messages.get("recommend.grain." + r.level()),
                Formats.quarter(r.quarter()), r.matching(), r.seoulDistricts()));
        out.println(Messages.get("recommend.cli.weights", weightsText(r.weights(), locale)));
        if (r.populationFromDong()) {
            out.println(Messages.get("recommend.cli.populationFromDong", Formats.quarter(r.populationQuarter())));
        }
        if (r.rows().isEmpty()) {
            out.println(Messages.get("recommend.cli.none"));
        }
        for (int i = 0; i < r.rows().size(); i++) {
            RankedDistrict d = r.rows().get(i);
            out.println(Messages.get("recommend.cli.row", d.rank(), d.district().name(), d.district().code(),
                    d.district().guName() == null ? "-" : d.district().guName(),
                    d.district().typeName() == null ? "" : d.district().typeName(), Formats.number(d.points(), 1)));
            out.println("     " + RecommendText.line(d.reasons(), locale));
            out.println("     " + partsText(d, locale));
            if (i < expected.size()) {
                out.println("     " + expectedText(expected.get(i), r.perStore()));
            }
        }
        out.println(Messages.get("recommend.cli.salesSource"));
    }

    static String expectedText(ExpectedSales e, boolean perStore) {
        if (!e.ok()) {
            return Messages.get("recommend.cli.noEstimate", Messages.get(e.errorKey(), e.errorArgs()));
        }
        return Messages.get(perStore ? "recommend.cli.expectedPerStore" : "recommend.cli.expectedCell", money(e.monthly()),
                money(e.monthlyLow()), money(e.monthlyHigh()), Formats.quarter(e.targetQuarter()));
    }

    private static String money(double v) {
        return Double.isFinite(v) ? Formats.money(Math.round(v)) : "-";
    }

    private static String partsText(RankedDistrict d, Locale locale) {
        return d.parts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> RecommendText.part(e.getKey(), locale) + " " + signed(e.getValue())).collect(Collectors.joining(" · "));
    }

    private static String weightsText(Weights w, Locale locale) {
        StringBuilder b = new StringBuilder();
        for (Part p : Part.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(RecommendText.part(p, locale)).append(' ').append(Formats.number(w.get(p), 1));
        }
        return b.toString();
    }

    private static String signed(double z) {
        return (z >= 0 ? "+" : "") + Formats.number(z, 2);
    }

    private void printAdvice(PrintWriter out, IndustryAdvice a, List<IndustryPick> picks, Locale locale) {
        out.println(Messages.get("recommend.cli.adviceTitle", a.district().name(), a.district().code(),
                a.district().guName() == null ? "-" : a.district().guName(), picks.size(), a.picks().size()));
        out.println(Messages.get("recommend.cli.weights", weightsText(a.weights(), locale)));
        int i = 1;
        for (IndustryPick p : picks) {
            out.println(Messages.get("recommend.cli.adviceRow", i++, p.industryName(), p.industry(), Formats.number(p.row().points(), 1),
                    p.rank(), p.districtsScored(), Formats.quarter(p.quarter())));
            out.println("     " + RecommendText.line(p.row().reasons(), locale));
            out.println("     " + partsText(p.row(), locale));
        }
    }

    private static Map<String, Object> rankingJson(Ranking r, List<ExpectedSales> expected, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("industry", r.industry());
        m.put("industryName", r.industryName());
        m.put("grain", String.valueOf(r.level()));
        m.put("quarter", r.quarter());
        m.put("perStore", r.perStore());
        m.put("seoulCloseRate", r.seoulCloseRate());
        m.put("changeQuarter", r.changeQuarter());
        m.put("populationQuarter", r.populationQuarter());
        m.put("populationFromDong", r.populationFromDong());
        m.put("weights", r.weights().values());
        m.put("filter", r.filter());
        m.put("target", r.target());
        m.put("matching", r.matching());
        m.put("seoulDistricts", r.seoulDistricts());
        m.put("salesSource", "own-latest-4-quarters");
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < r.rows().size(); i++) {
            RankedDistrict d = r.rows().get(i);
            Map<String, Object> row = rowJson(d, locale);
            if (i < expected.size()) {
                row.put("expected", expected.get(i));
            }
            rows.add(row);
        }
        m.put("rows", rows);
        return m;
    }

    private static Map<String, Object> rowJson(RankedDistrict d, Locale locale) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rank", d.rank());
        row.put("district", d.district());
        row.put("score", d.score());
        row.put("points", d.points());
        row.put("parts", d.parts());
        row.put("facts", d.facts());
        row.put("reasons", d.reasons());
        row.put("why", RecommendText.line(d.reasons(), locale));
        return row;
    }

    private static Map<String, Object> adviceJson(IndustryAdvice a, List<IndustryPick> picks, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("district", a.district());
        m.put("weights", a.weights().values());
        m.put("target", a.target());
        m.put("industriesScored", a.picks().size());
        m.put("industriesWithoutData", a.skipped());
        List<Object> rows = new ArrayList<>();
        int i = 1;
        for (IndustryPick p : picks) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", i++);
            row.put("industry", p.industry());
            row.put("industryName", p.industryName());
            row.put("quarter", p.quarter());
            row.put("perStore", p.perStore());
            row.put("districtRankInIndustry", p.rank());
            row.put("districtsScored", p.districtsScored());
            row.putAll(rowJson(p.row(), locale));
            row.remove("rank");
            row.put("rank", i - 1);
            rows.add(row);
        }
        m.put("industries", rows);
        return m;
    }
}
