package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.AfterOpening;
import kr.sanggwon.consult.ConsultException;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.RangeCalibration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** 사후 점검 on the command line: consult actual (record a month) and consult portfolio (errors and calibration). */
final class ConsultActualsCommand {
    private ConsultActualsCommand() {
    }

    @Command(name = "actual", mixinStandardHelpOptions = true,
            description = "사후 점검: record a month of the shop's actual sales against the forecast of one of the client's scenarios.")
    static final class Actual implements Callable<Integer> {
        @ParentCommand
        ConsultCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--client", required = true, paramLabel = "ID")
        long client;
        @Option(names = "--scenario", paramLabel = "ID", description = "the scenario whose forecast was given")
        Long scenario;
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;
        @Option(names = "--sales", required = true, paramLabel = "WON", description = "actual sales of that month in won")
        long sales;
        @Option(names = "--json", description = "print as JSON")
        boolean json;

        @Override
        public Integer call() {
            ConsultService s = CasePassphrase.unlock(parent.main);
            YearMonth m;
            try {
                m = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                throw new ConsultException("consult.actual.error.month", month);
            }
            AfterOpening.Compared c = s.afterOpening().record(client, scenario, m, sales);
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? Json.write(c) : line(c));
            return MainCommand.OK;
        }
    }

    @Command(name = "portfolio", mixinStandardHelpOptions = true,
            description = "사후 점검 of all clients: actual vs forecast, error, and the calibration of this consultant's ranges.")
    static final class Portfolio implements Callable<Integer> {
        @ParentCommand
        ConsultCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "print as JSON")
        boolean json;

        @Override
        public Integer call() {
            ConsultService s = CasePassphrase.unlock(parent.main);
            AfterOpening.Portfolio p = s.afterOpening().portfolio();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(p));
                return MainCommand.OK;
            }
            if (p.rows().isEmpty()) {
                out.println(Messages.get("consult.cli.noActuals"));
            }
            p.rows().forEach(r -> out.println(line(r)));
            RangeCalibration c = p.calibration();
            if (c.records() > 0) {
                out.println(Messages.get("consult.cli.portfolioSummary", c.records(), c.clients(), Formats.percent(c.medianAbsError()),
                        Formats.percent(c.coverage())));
            }
            out.println(c.active() ? Messages.get("consult.cli.calibrationActive", Formats.number(c.k(), 2))
                    : Messages.get("consult.cli.calibrationWaiting", RangeCalibration.MIN_RECORDS, RangeCalibration.MIN_CLIENTS));
            return MainCommand.OK;
        }
    }

    static String line(AfterOpening.Compared c) {
        return c.text();
    }
}
