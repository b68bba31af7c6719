package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.geo.TmProjection;
import kr.sanggwon.recommend.huff.HuffDefaults;
import kr.sanggwon.recommend.huff.HuffRequest;
import kr.sanggwon.recommend.huff.HuffResult;
import kr.sanggwon.recommend.huff.HuffService;
import kr.sanggwon.recommend.huff.HuffText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * huff --lat --lon (or --district) --industry: the walk-in competition of a new shop at a point (Huff model against the
 * SEMAS listings within the radius), with the owner's other shops (--own) for cannibalisation. Same service as the
 * 가게 자리 tab of 유망 상권.
 */
@Command(name = "huff", mixinStandardHelpOptions = true,
        description = {"Walk-in competition: the expected share of a new shop at a point against same-industry SEMAS",
                "store listings within walking distance (Huff gravity model), and what it takes from your own shops (--own)."})
final class HuffCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Option(names = "--lat", paramLabel = "DEG", description = "latitude of the new shop (WGS84 degrees, e.g. 37.5665)")
    Double lat;

    @Option(names = "--lon", paramLabel = "DEG", description = "longitude of the new shop (WGS84 degrees, e.g. 126.9780)")
    Double lon;

    @Option(names = "--district", paramLabel = "CODE", description = "instead of --lat/--lon: the point of this 상권 (or 행정동)")
    String district;

    @Option(names = "--industry", required = true, paramLabel = "CODE",
            description = "서비스 업종 code or name (e.g. CS100010, 커피-음료), or a SEMAS 소분류 code (e.g. Q12A01)")
    String industry;

    @Option(names = "--radius", paramLabel = "M", description = "walking radius in metres (default: huff-defaults.csv, 500)")
    Double radius;

    @Option(names = "--lambda", paramLabel = "L", description = "distance decay exponent (default: huff-defaults.csv, 2.0, an assumption)")
    Double lambda;

    @Option(names = "--attractiveness", paramLabel = "A", defaultValue = "1",
            description = "new shop's attractiveness, an ordinary listed shop = 1 (default ${DEFAULT-VALUE})")
    double attractiveness;

    @Option(names = "--own", paramLabel = "LAT,LON", description = "one of your own other shops (repeat for several)")
    List<String> own = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "competitors to list in text output (default ${DEFAULT-VALUE}; JSON lists all)")
    int top;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() {
        HuffService service = main.context().huff();
        HuffDefaults d = service.defaults();
        double[] xy = point(service);
        List<double[]> mine = new ArrayList<>();
        for (String o : own) {
            mine.add(ownPoint(o));
        }
        HuffRequest request = new HuffRequest(xy[0], xy[1], industryCode(), radius != null ? radius : d.value(HuffDefaults.RADIUS),
                lambda != null ? lambda : d.value(HuffDefaults.LAMBDA), attractiveness, mine);
        Locale locale = Messages.locale();
        HuffResult r = HuffService.withSentence(service.analyse(request), locale);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(r));
        } else {
            print(out, r);
        }
        return MainCommand.OK;
    }

    private double[] point(HuffService service) {
        if (district != null) {
            if (lat != null || lon != null) {
                throw new UserException("huff.error.noPoint");
            }
            return service.districtPoint(Inputs.district(main.context(), district));
        }
        if (lat == null || lon == null) {
            throw new UserException("huff.error.noPoint");
        }
        return TmProjection.toTm(lon, lat);
    }

    private static double[] ownPoint(String text) {
        String[] p = text.split(",");
        try {
            if (p.length == 2) {
                return TmProjection.toTm(Double.parseDouble(p[1].trim()), Double.parseDouble(p[0].trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserException("huff.error.ownFormat", text);
    }

    /** A Seoul industry code or name as the other commands take it; anything else (a SEMAS code) as typed. */
    private String industryCode() {
        try {
            return Inputs.industry(main.context(), industry);
        } catch (UserException e) {
            return industry.trim().toUpperCase(Locale.ROOT);
        }
    }

    private void print(PrintWriter out, HuffResult r) {
        out.println(Messages.get("huff.cli.title", r.industryName(), Formats.number(r.lat(), 6), Formats.number(r.lon(), 6),
                Formats.number(r.radiusM(), 0), Formats.number(r.lambda(), 2)));
        out.println(r.sentence());
        out.println(Messages.get("huff.cli.share", HuffText.percent(r.newShare()), HuffText.percent(r.takenFromCompetitors()),
                HuffText.percent(r.takenFromOwn())));
        out.println(Messages.get("huff.cli.lambdaSource", r.lambdaSource()));
        out.println(Messages.get("huff.cli.basis", r.demandPoints(), Messages.get("huff.cli.weighting." + r.weighting(),
                r.populationQuarter() == null ? "" : Formats.quarter(r.populationQuarter()), r.populationDistricts())));
        if (r.competitors().isEmpty()) {
            out.println(Messages.get("huff.ui.noCompetitors"));
        } else {
            out.println(Messages.get("huff.ui.competitorsTitle"));
        }
        int n = top <= 0 ? r.competitors().size() : Math.min(top, r.competitors().size());
        for (int i = 0; i < n; i++) {
            HuffResult.Competitor c = r.competitors().get(i);
            out.println(Messages.get("huff.cli.competitor", i + 1, c.name() + (c.branch() == null ? "" : " " + c.branch()),
                    c.category() == null ? "" : c.category(), Formats.number(c.distanceM(), 0), HuffText.percent(c.shareBefore()),
                    HuffText.percent(c.shareAfter())));
        }
        if (n < r.competitors().size()) {
            out.println(Messages.get("huff.cli.more", r.competitors().size() - n));
        }
        for (HuffResult.OwnShop o : r.ownShops()) {
            out.println(Messages.get("huff.cli.own", o.number(), o.listedAs() == null ? "" : " " + o.listedAs(),
                    Formats.number(o.distanceM(), 0), HuffText.percent(o.shareBefore()), HuffText.percent(o.shareAfter()),
                    HuffText.percent(o.taken())));
        }
    }
}
