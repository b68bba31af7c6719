package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.estimate.ComparableCell;
import kr.sanggwon.estimate.Driver;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.StoreDetails;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** estimate --district D --industry C: expected quarterly and monthly sales with 80% range, drivers, comparables. */
@Command(name = "estimate", description = "Expected quarterly and monthly sales of an industry in a district: point, 80% range, drivers.")
final class EstimateCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Option(names = "--district", required = true, description = "상권 (7-digit) or 행정동 (8-digit) code")
    String district;

    @Option(names = "--industry", required = true, description = "서비스 업종 code, e.g. CS100010")
    String industry;

    @Option(names = "--stores", paramLabel = "N", description = "same-industry stores already in the area (optional store detail)")
    int stores;

    @Option(names = "--new-shop", description = "상권: share the area's sales of the industry with the new shop too")
    boolean newShop;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (stores < 0) {
            spec.commandLine().getErr().println(Messages.get("estimate.cli.negativeStores"));
            return MainCommand.USER_ERROR;
        }
        Estimate e = main.context().estimateService().estimate(district, industry);
        StoreDetails details = new StoreDetails(stores, newShop);
        if (json) {
            out.println(Json.writeWith(e, "forNewShop", details.forNewShop(e)));
            return MainCommand.OK;
        }
        print(out, e, details);
        return MainCommand.OK;
    }

    static void print(PrintWriter out, Estimate e) {
        print(out, e, StoreDetails.NONE);
    }

    static void print(PrintWriter out, Estimate e, StoreDetails details) {
        out.println(Messages.get("estimate.cli.title", e.industryName(), e.districtName(), e.guName() == null ? "-" : e.guName(),
                Messages.get("estimate.grain." + e.grain().code()), Formats.quarter(e.targetQuarter()), Formats.quarter(e.basedOnQuarter())));
        String unit = Messages.get(e.perStore() ? "estimate.cli.perStore" : "estimate.cli.cellTotal");
        out.println(Messages.get("estimate.cli.quarterly", unit, money(e.quarterly()), money(e.quarterlyLow()), money(e.quarterlyHigh())));
        out.println(Messages.get("estimate.cli.monthly", unit, money(e.monthly()), money(e.monthlyLow()), money(e.monthlyHigh())));
        StoreDetails.ForNewShop shop = details.forNewShop(e);
        if (shop != null) {
            out.println(Messages.get("estimate.cli.forShop", Messages.get("estimate.cli.perStore"), money(shop.monthly()),
                    money(shop.monthlyLow()), money(shop.monthlyHigh()), money(shop.quarterly())));
            out.println(Messages.get("estimate.cli.note", shop.note()));
        }
        out.println(Messages.get("estimate.cli.task", Messages.get("estimate.task." + e.task().id())));
        out.println(e.quality().line());
        if (!e.quality().selectionLine().isEmpty()) {
            out.println(Messages.get("estimate.cli.selection", e.quality().selectionLine()));
        }
        out.println(e.provenance().line());
        if (!e.drivers().isEmpty()) {
            out.println(Messages.get("estimate.cli.drivers"));
            for (Driver d : e.drivers()) {
                out.println("  - " + d.text());
            }
        }
        if (!e.comparables().isEmpty()) {
            out.println(Messages.get("estimate.cli.comparables"));
            for (ComparableCell c : e.comparables()) {
                out.println("  - " + Messages.get("estimate.cli.comparable", c.name(), c.guName() == null ? "-" : c.guName(), c.district(),
                        money(c.target()), Formats.quarter(c.quarter())));
            }
        }
        e.notes().forEach(n -> out.println(Messages.get("estimate.cli.note", n)));
        e.warnings().forEach(w -> out.println(Messages.get("estimate.cli.warning", w)));
    }

    static String money(double won) {
        return Double.isFinite(won) ? Formats.money(Math.round(won)) : "-";
    }
}
