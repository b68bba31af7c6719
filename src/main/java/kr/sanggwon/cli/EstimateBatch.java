package kr.sanggwon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.district.CodeResolver;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.store.DataAccessException;

/**
 * The batch form of {@code estimate}: one industry in many districts in one process (all districts of the grains
 * with sales, or the codes and names of a file), so a script pays the start-up once. A district that cannot be
 * estimated becomes an error row; the others are still answered.
 */
final class EstimateBatch {
    /** One line of the batch: what was asked, the district code it named (null if none), the estimate or the error. */
    record Row(String input, String district, Estimate estimate, StoreDetails.ForNewShop forNewShop, String error, String errorKey) {
        boolean ok() {
            return estimate != null;
        }
    }

    private final AppContext context;

    EstimateBatch(AppContext context) {
        this.context = context;
    }

    /** Every district of {@code grains} (상권 and/or 행정동) in code order. */
    List<String> allDistricts(List<Level> grains) {
        List<String> out = new ArrayList<>();
        for (Level g : grains) {
            out.addAll(context.codeResolver().districtCodes(g));
        }
        return out;
    }

    /**
     * The districts listed in {@code file}: one code or name per line (UTF-8, a BOM is skipped); blank lines and lines
     * starting with # are skipped; a CSV-like line counts by its first field.
     */
    static List<String> readFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadInputFile("estimate.cli.badDistrictsFile", file.toString(), String.valueOf(e.getMessage()));
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String s = line.replace("\uFEFF", "").strip();
            int comma = s.indexOf(',');
            if (comma >= 0) {
                s = s.substring(0, comma).strip();
            }
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s);
            }
        }
        if (out.isEmpty()) {
            throw new BadInputFile("estimate.cli.emptyDistrictsFile", file.toString());
        }
        return out;
    }

    /** Estimates {@code industry} in each of {@code inputs}; names are resolved, failures become error rows. */
    List<Row> run(String industry, List<String> inputs, StoreDetails details) {
        List<Row> rows = new ArrayList<>(inputs.size());
        CodeResolver resolver = context.codeResolver();
        for (String input : inputs) {
            String code = null;
            try {
                code = resolver.district(input).code();
                Estimate e = context.estimateService().estimate(code, industry);
                rows.add(new Row(input, code, e, details.forNewShop(e), null, null));
            } catch (UserException e) {
                rows.add(new Row(input, code, null, null, e.localized(), e.key()));
            } catch (DataAccessException e) {
                throw new UserException("estimate.error.database", e.getMessage());
            }
        }
        return rows;
    }

    /** One JSON document: the industry, counts, and per row the estimate or the error. */
    static String json(String industry, String industryName, List<Row> rows) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("industry", industry);
        doc.put("industryName", industryName);
        doc.put("count", rows.size());
        doc.put("estimated", rows.stream().filter(Row::ok).count());
        doc.put("failed", rows.stream().filter(r -> !r.ok()).count());
        List<Object> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("input", r.input());
            m.put("district", r.district());
            if (r.ok()) {
                m.put("estimate", r.estimate());
                m.put("forNewShop", r.forNewShop());
            } else {
                m.put("error", r.error());
                m.put("errorKey", r.errorKey());
            }
            out.add(m);
        }
        doc.put("rows", out);
        return Json.write(doc);
    }

    /** A readable table: one line per district with the monthly figure, its 80% range and how it was estimated. */
    static void table(PrintWriter out, String industry, String industryName, List<Row> rows) {
        long failed = rows.stream().filter(r -> !r.ok()).count();
        out.println(Messages.get("estimate.cli.batchTitle", industryName, industry, rows.size(), failed));
        out.println(line(Messages.get("estimate.cli.batchCode"), Messages.get("estimate.cli.batchName"), Messages.get("estimate.cli.batchGu"),
                Messages.get("estimate.cli.batchQuarter"), Messages.get("estimate.cli.batchMonthly"), Messages.get("estimate.cli.batchTask")));
        for (Row r : rows) {
            if (!r.ok()) {
                out.println(CompareCommand.pad(r.district() == null ? r.input() : r.district(), 10)
                        + Messages.get("estimate.cli.batchError", r.error().replace('\n', ' ')));
                continue;
            }
            Estimate e = r.estimate();
            String unit = Messages.get(e.perStore() ? "estimate.cli.perStore" : "estimate.cli.cellTotal");
            String monthly = Messages.get("estimate.cli.batchRange", EstimateCommand.money(e.monthly()), EstimateCommand.money(e.monthlyLow()),
                    EstimateCommand.money(e.monthlyHigh()));
            out.println(line(e.district(), e.districtName(), e.guName() == null ? "-" : e.guName(), Formats.quarter(e.targetQuarter()),
                    monthly, Messages.get("estimate.task." + e.task().id()) + " · " + unit));
        }
    }

    private static String line(String code, String name, String gu, String quarter, String monthly, String task) {
        return (CompareCommand.pad(code, 10) + CompareCommand.pad(fit(name, 28), 30) + CompareCommand.pad(gu, 10)
                + CompareCommand.pad(quarter, 14) + CompareCommand.pad(monthly, 36) + task).stripTrailing();
    }

    /** {@code s} cut to {@code width} display columns (Hangul counts two), ending in … when cut. */
    static String fit(String s, int width) {
        if (CompareCommand.width(s) <= width) {
            return s;
        }
        int w = 1;
        int i = 0;
        while (i < s.length() && w + CompareCommand.width(s.charAt(i)) <= width) {
            w += CompareCommand.width(s.charAt(i++));
        }
        return s.substring(0, i) + "…";
    }

    /** A file of districts that cannot be read: exit 2 (bad input file), nothing estimated. */
    static final class BadInputFile extends UserException {
        BadInputFile(String key, Object... args) {
            super(key, args);
        }
    }
}
