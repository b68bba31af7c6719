package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.district.ChangeIndex;
import kr.sanggwon.district.DistrictSnapshot;
import kr.sanggwon.district.FacilityCount;
import kr.sanggwon.district.IndustryShare;
import kr.sanggwon.district.Kpi;
import kr.sanggwon.district.KpiFormat;
import kr.sanggwon.health.DataWarning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** district CODE [--industry C]: the 상권 현황 screen's numbers with changes and provenance. */
@Command(name = "district", mixinStandardHelpOptions = true, description = "KPIs, changes and trends of one district (optionally one industry).")
final class DistrictCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE", description = "상권 code (7 digits), 행정동 code (8 digits) or a name such as 신림역")
    String code;

    @Option(names = "--industry", paramLabel = "C", description = "industry code (any case, e.g. CS100010) or name (e.g. 커피-음료)")
    String industry;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DistrictSnapshot s = main.context().districts().snapshot(Inputs.district(main.context(), code),
                Inputs.industry(main.context(), industry));
        if (json) {
            out.println(Json.write(s));
            return MainCommand.OK;
        }
        var i = s.info();
        String type = i.typeName() != null ? i.typeName() : Messages.get("district.level." + i.grain().code());
        String place = ((i.guName() == null ? "" : i.guName()) + " "
                + (i.dongName() == null || i.dongName().equals(i.name()) ? "" : i.dongName())).trim();
        out.println(Messages.get("district.cli.header", i.name(), i.code()) + " · " + type + (place.isEmpty() ? "" : " · " + place)
                + (i.areaM2() == null ? "" : Messages.get("district.cli.area", Formats.number(i.areaM2(), 0))));
        out.println(s.industryCode() == null ? Messages.get("district.cli.allIndustries")
                : Messages.get("district.cli.industry", s.industryName(), s.industryCode()));
        out.println(Messages.get("district.cli.quarter", Formats.quarter(s.referenceQuarter())));
        for (Kpi k : s.kpis()) {
            String value = k.hasValue() ? KpiFormat.value(k) + " [" + Formats.quarter(k.quarter()) + "]" : Messages.get("district.cli.noValue");
            out.println(Messages.get("district.cli.kpi", Messages.get(k.metric().labelKey()), value,
                    KpiFormat.delta(k.metric(), k.deltaQuarter()), KpiFormat.delta(k.metric(), k.deltaYear())));
            ChangeIndex.of(k.text()).ifPresent(ci -> out.println(Messages.get("district.cli.changeMeaning", Messages.get(ci.meaningKey()))));
            if (k.hasValue()) {
                out.println(Messages.get("district.cli.source", KpiFormat.provenance(k.provenance())));
            }
        }
        if (!s.industryMix().isEmpty()) {
            out.println(Messages.get("district.cli.mix"));
            for (IndustryShare m : s.industryMix().subList(0, Math.min(10, s.industryMix().size()))) {
                out.println(Messages.get("district.cli.mixLine", m.industryCode(), m.industryName(),
                        m.sales() == null ? "-" : Formats.money(m.sales()), m.salesShare() == null ? "-" : Formats.percent(m.salesShare()),
                        m.stores() == null ? "-" : Formats.number(m.stores(), 0)));
            }
        }
        if (!s.facilities().isEmpty()) {
            out.println(Messages.get("district.cli.facilities"));
            StringBuilder line = new StringBuilder(" ");
            for (FacilityCount f : s.facilities()) {
                line.append(' ').append(Messages.get("district.facility." + f.key())).append(' ').append(f.count());
            }
            out.println(line);
            out.println(Messages.get("district.cli.source", KpiFormat.provenance(s.facilitiesProvenance())));
        }
        if (!s.warnings().isEmpty()) {
            out.println(Messages.get("district.cli.warnings"));
            for (DataWarning w : s.warnings()) {
                out.println(Messages.get("district.cli.warning", w.message()));
            }
        }
        return MainCommand.OK;
    }
}
