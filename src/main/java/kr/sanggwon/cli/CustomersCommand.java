package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.customer.CustomerProfile;
import kr.sanggwon.customer.DimensionProfile;
import kr.sanggwon.customer.Share;
import kr.sanggwon.district.KpiFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** customers CODE [--industry C]: the 고객 분석 screen's shares vs Seoul and the floating mix, and its summary. */
@Command(name = "customers", mixinStandardHelpOptions = true, description = "Customer profile of a district vs the Seoul average and its floating population.")
final class CustomersCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE", description = "상권 or 행정동 code, or a name such as 신림역")
    String code;

    @Option(names = "--industry", paramLabel = "C", description = "industry code (any case, e.g. CS100010) or name (e.g. 커피-음료)")
    String industry;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CustomerProfile p = main.context().customers().profile(Inputs.district(main.context(), code),
                Inputs.industry(main.context(), industry));
        if (json) {
            out.println(Json.write(p));
            return MainCommand.OK;
        }
        out.println(Messages.get("customer.cli.header", p.districtName(), p.districtCode(),
                p.industryName() == null ? Messages.get("district.cli.allIndustries") : p.industryName(),
                Formats.quarter(p.quarter()), Formats.money(p.sales())));
        for (DimensionProfile d : p.dimensions()) {
            out.println(Messages.get(d.dimension().titleKey()));
            for (Share s : d.shares()) {
                out.println(Messages.get("customer.cli.columns", Messages.get(s.labelKey()), pct(s.district()), pct(s.seoul()),
                        pct(s.floating())));
            }
        }
        out.println(Messages.get("district.cli.source", KpiFormat.provenance(p.salesProvenance())));
        if (p.floatingProvenance() != null) {
            out.println(Messages.get("district.cli.source", KpiFormat.provenance(p.floatingProvenance())));
        }
        out.println(Messages.get("customer.cli.summary", p.summary(Messages.locale())));
        return MainCommand.OK;
    }

    private static String pct(Double v) {
        return v == null ? "-" : Formats.percent(v);
    }
}
