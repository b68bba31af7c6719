package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.consult.CalibratedRange;
import kr.sanggwon.consult.RangeCalibration;
import kr.sanggwon.district.CodeResolver;
import kr.sanggwon.estimate.ComparableCell;
import kr.sanggwon.estimate.Driver;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.EstimateText;
import kr.sanggwon.estimate.StoreDetails;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * estimate --district D --industry C: expected quarterly and monthly sales with 80% range, drivers, comparables.
 * Batch form: --all (every district of the grains with sales, or of --grain) or --districts-file FILE (codes or names,
 * one per line): one table, or one JSON document with a row per district (its estimate or its error).
 */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = {"Expected quarterly and monthly sales of an industry in a district: point, 80%% range, drivers.",
                "Batch: --all or --districts-file FILE estimates the industry in many districts in one run."})
final class EstimateCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Option(names = "--district", paramLabel = "D", description = "상권 (7-digit) or 행정동 (8-digit) code, or a name such as 신림역")
    String district;

    @Option(names = "--all", description = "batch: every district of the grains that have sales (see --grain)")
    boolean all;

    @Option(names = "--grain", paramLabel = "T|D", description = "with --all: only 상권 (T) or only 행정동 (D)")
    String grain;

    @Option(names = "--districts-file", paramLabel = "FILE", description = "batch: districts to estimate, one code or name per line (UTF-8; # starts a comment)")
    Path districtsFile;

    @Option(names = "--industry", paramLabel = "C", required = true, description = "서비스 업종 code (any case, e.g. CS100010) or name (e.g. 커피-음료)")
    String industry;

    @Option(names = "--stores", paramLabel = "N", description = "same-industry stores already in the area (optional store detail)")
    int stores;

    @Option(names = "--new-shop", description = "상권: share the area's sales of the industry with the new shop too")
    boolean newShop;

    @Option(names = "--calibrated", description = "also the range calibrated with your 사후 점검 records (needs the case-file passphrase, as for consult)")
    boolean calibrated;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int targets = (district != null ? 1 : 0) + (all ? 1 : 0) + (districtsFile != null ? 1 : 0);
        if (targets != 1) {
            throw new UserException("estimate.cli.oneTarget");
        }
        if (grain != null && (!all || !grain.matches("[TDtd]"))) {
            throw new UserException("estimate.cli.badGrain", grain);
        }
        if (stores < 0) {
            throw new UserException("estimate.cli.negativeStores");
        }
        StoreDetails details = new StoreDetails(stores, newShop);
        List<String> batch = districtsFile != null ? EstimateBatch.readFile(districtsFile) : null;
        CodeResolver.Industry ind = main.context().codeResolver().industry(industry);
        if (calibrated && district == null) {
            throw new UserException("estimate.cli.calibratedOne");
        }
        if (district == null) {
            EstimateBatch runner = new EstimateBatch(main.context());
            if (all) {
                batch = runner.allDistricts(grains());
            }
            List<EstimateBatch.Row> rows = runner.run(ind.code(), batch, details);
            if (json) {
                out.println(EstimateBatch.json(ind.code(), ind.name(), rows));
            } else {
                EstimateBatch.table(out, ind.code(), ind.name(), rows);
            }
            return rows.stream().allMatch(EstimateBatch.Row::ok) ? MainCommand.OK : MainCommand.USER_ERROR;
        }
        String code = Inputs.district(main.context(), district);
        Estimate e = main.context().estimateService().estimate(code, ind.code());
        RangeCalibration calibration = calibrated ? CasePassphrase.unlock(main).afterOpening().calibration() : null;
        CalibratedRange range = calibration == null ? null : CalibratedRange.of(calibration, e.monthly(), e.monthlyLow(), e.monthlyHigh(),
                e.quarterly(), e.quarterlyLow(), e.quarterlyHigh());
        if (json) {
            Map<String, Object> extras = new LinkedHashMap<>();
            extras.put("forNewShop", details.forNewShop(e));
            if (calibration != null) {
                extras.put("calibration", calibrationJson(calibration));
                extras.put("calibratedRange", range);
            }
            out.println(Json.writeWith(e, extras));
            return MainCommand.OK;
        }
        print(out, e, details);
        if (calibration != null) {
            out.println(range != null
                    ? Messages.get("estimate.cli.calibrated", money(range.monthlyLow()), money(range.monthlyHigh()), range.records(),
                            range.clients(), Formats.number(range.k(), 2))
                    : Messages.get("estimate.cli.notCalibrated", calibration.records(), calibration.clients(), RangeCalibration.MIN_RECORDS,
                            RangeCalibration.MIN_CLIENTS));
        }
        return MainCommand.OK;
    }

    /** The calibration's basis: how many records and clients, whether it is applied and how much it stretches. */
    private static Map<String, Object> calibrationJson(RangeCalibration c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("active", c.active());
        m.put("records", c.records());
        m.put("clients", c.clients());
        m.put("k", c.k());
        m.put("minRecords", RangeCalibration.MIN_RECORDS);
        m.put("minClients", RangeCalibration.MIN_CLIENTS);
        return m;
    }

    /** The grains --all covers: --grain, else those with at least two quarters of sales; none is a clear error. */
    private List<Level> grains() {
        List<Level> withSales = main.context().estimateService().modelStatus().trainableGrains();
        List<Level> chosen = grain == null ? withSales
                : withSales.stream().filter(g -> g.code() == Character.toUpperCase(grain.charAt(0))).toList();
        if (chosen.isEmpty()) {
            throw new UserException("estimate.error.noSales");
        }
        return chosen;
    }

    static void print(PrintWriter out, Estimate e) {
        print(out, e, StoreDetails.NONE);
    }

    static void print(PrintWriter out, Estimate e, StoreDetails details) {
        EstimateText text = new EstimateText(Messages.locale());
        out.println(Messages.get("estimate.cli.title", e.industryName(), e.districtName(), e.guName() == null ? "-" : e.guName(),
                Messages.get("estimate.grain." + e.grain().code()), Formats.quarter(e.targetQuarter()), Formats.quarter(e.basedOnQuarter())));
        out.println(text.headline(e, details));
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
        out.println(e.quality().line().render(text.locale()));
        String selection = e.quality().selectionLine().render(text.locale());
        if (!selection.isEmpty()) {
            out.println(Messages.get("estimate.cli.selection", selection));
        }
        out.println(e.provenance().line().render(text.locale()));
        if (!e.drivers().isEmpty()) {
            out.println(Messages.get("estimate.cli.drivers"));
            for (Driver d : e.drivers()) {
                out.println("  - " + text.driver(d));
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
        out.println(Messages.get("estimate.text.glossary") + ":");
        text.glossary(e).forEach(t -> out.println("  - " + t.term() + ": " + t.reading()));
    }

    static String money(double won) {
        return Double.isFinite(won) ? Formats.money(Math.round(won)) : "-";
    }
}
