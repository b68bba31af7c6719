package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Text;
import kr.sanggwon.compare.CompareService;
import kr.sanggwon.compare.Comparison;
import kr.sanggwon.district.ChangeIndex;
import kr.sanggwon.district.DistrictInfo;
import kr.sanggwon.district.KpiFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** compare --industry C CODE CODE...: 2–4 districts side by side with the best per row marked. */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "Compare 2-4 districts for one industry side by side.")
final class CompareCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Option(names = "--industry", paramLabel = "C", required = true, description = "industry code (any case, e.g. CS100010) or name (e.g. 커피-음료)")
    String industry;

    @Parameters(arity = "1..*", paramLabel = "CODE", description = "2 to 4 districts: codes or names")
    List<String> codes;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Comparison cmp = main.context().compare().compare(Inputs.industry(main.context(), industry),
                Inputs.districts(main.context(), codes));
        if (json) {
            out.println(Json.write(cmp));
            return MainCommand.OK;
        }
        out.println(Messages.get("compare.cli.header", cmp.industryName(), cmp.industryCode()));
        StringBuilder head = new StringBuilder(pad("", 22));
        for (DistrictInfo d : cmp.districts()) {
            head.append(pad(d.name() + " (" + d.code() + ")", 26));
        }
        out.println(head);
        for (Comparison.Row r : cmp.rows()) {
            StringBuilder line = new StringBuilder(pad(Messages.get(r.labelKey()), 22));
            for (int i = 0; i < r.values().size(); i++) {
                String v;
                if (r.id().equals(CompareService.GROWTH)) {
                    v = KpiFormat.ratio(r.values().get(i));
                } else if (r.texts().get(i) != null) {
                    String t = r.texts().get(i);
                    v = ChangeIndex.of(t).map(ci -> t + " " + Messages.get(ci.nameKey())).orElse(t);
                } else {
                    v = KpiFormat.value(r.unit(), r.values().get(i));
                }
                line.append(pad((r.best().contains(i) ? "★ " : "  ") + v, 26));
            }
            out.println(line.toString().stripTrailing());
        }
        out.println(Messages.get("compare.cli.best"));
        out.println(Messages.get("compare.cli.summary"));
        for (Text s : cmp.summary()) {
            out.println("  " + s.render(Messages.locale()));
        }
        return MainCommand.OK;
    }

    /** Pads to a display width, counting Hangul as two columns. */
    static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - width(s)));
    }

    /** Display width on a terminal: Hangul takes two columns. */
    static int width(String s) {
        int w = 0;
        for (char ch : s.toCharArray()) {
            w += width(ch);
        }
        return w;
    }

    static int width(char ch) {
        return ch >= 0x1100 && (ch <= 0x115F || (ch >= 0xAC00 && ch <= 0xD7A3) || (ch >= 0x3130 && ch <= 0x318F)) ? 2 : 1;
    }
}
