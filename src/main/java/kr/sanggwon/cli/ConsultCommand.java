package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.compare.Comparison;
import kr.sanggwon.consult.ConsultDates;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.Consultation;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.Freshness;
import kr.sanggwon.consult.Recomputed;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.StoreDetails;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** consult add | list | followups | save | scenarios | recompute | survey | actual | portfolio | watch: consultations and their scenarios. */
@Command(name = "consult", mixinStandardHelpOptions = true, description = "상담 consultations and scenarios. Passphrase from $SANGGWON_PASSPHRASE or asked.",
        subcommands = {ConsultCommand.Add.class, ConsultCommand.ListConsultations.class, ConsultCommand.FollowUps.class,
                ConsultCommand.Save.class, ConsultCommand.Scenarios.class, ConsultCommand.Recompute.class,
                ConsultSurveyCommand.class, ConsultDigitalCommand.class, ConsultActualsCommand.Actual.class,
                ConsultActualsCommand.Portfolio.class, ConsultWatchCommand.class})
final class ConsultCommand implements Runnable {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a consultation of a client; prints its number.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        ConsultCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--client", required = true, paramLabel = "ID")
        long client;
        @Option(names = "--date", description = "date of the consultation, e.g. 2026-03-15 (default: today)")
        String date;
        @Option(names = "--place")
        String place;
        @Option(names = "--notes")
        String notes;
        @Option(names = "--next", description = "next steps")
        String next;
        @Option(names = "--follow-up", description = "follow-up date")
        String followUp;
        @Option(names = "--json", description = "print as JSON")
        boolean json;

        @Override
        public Integer call() {
            ConsultService s = CasePassphrase.unlock(parent.main);
            LocalDate held = date == null ? LocalDate.now() : ConsultDates.parse(date);
            Consultation k = s.addConsultation(client, new ConsultationInput(held, place, notes, next, ConsultDates.parse(followUp)));
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? Json.write(k) : Messages.get("consult.cli.consultationAdded", k.id(), k.heldOn().toString()));
            return MainCommand.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Recent consultations of all clients, or of one (--client).")
    static final class ListConsultations implements Callable<Integer> {
        @ParentCommand
        ConsultCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--client", paramLabel = "ID")
        Long client;
        @Option(names = "--limit", defaultValue = "20")
        int limit;
        @Option(names = "--json", description = "print as JSON")
        boolean json;

        @Override
        public Integer call() {
            ConsultService s = CasePassphrase.unlock(parent.main);
            List<ConsultService.Listed> list = client == null ? s.recentConsultations(limit)
                    : s.consultations(client).stream().map(k -> new ConsultService.Listed(k, s.client(client))).toList();
            print(spec.commandLine().getOut(), list, json);
            return MainCommand.OK;
        }
    }

    @Command(name = "followups", mixinStandardHelpOptions = true, description = "Follow-ups due from today (or --from) on, soonest first.")
    static final class FollowUps implements Callable<Integer> {
        @ParentCommand
        ConsultCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--from", description = "first date (default: today)")
        String from;
        @Option(names = "--json", description = "print as JSON")
        boolean json;

        @Override
        public Integer call() {
            ConsultService s = CasePassphrase.unlock(parent.main);
            print(spec.commandLine().getOut(), s.upcomingFollowUps(from == null ? LocalDate.now() : ConsultDates.parse(from), 50), json);
            return MainCommand.OK;
        }
    }

    static void print(PrintWriter out, List<ConsultService.Listed> list, boolean json) {
        if (json) {
            out.println(Json.write(list));
            return;
        }
        if (list.isEmpty()) {
            out.println(Messages.get("consult.cli.noConsultations"));
        }
        for (ConsultService.Listed l : list) {
            Consultation k = l.consultation();
            out.println(Messages.get("consult.cli.consultationLine", k.id(), k.heldOn().toString(), l.client().name(),
                    k.followUpOn() == null ? "-" : k.followUpOn().toString()));
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true, description = "Save the estimate of a district and industry (and a comparison with --compare) as a scenario.")
    static final class Save implements Callable<Integer> {
        @ParentCommand
        ConsultCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--consultation", required = true, paramLabel = "ID")
        long consultation;
        @Option(names = "--district", required = true)
        String district;
        @Option(names = "--industry", required = true)
        String industry;
        @Option(names = "--stores", paramLabel = "N", description = "same-industry stores already in the area")
        int stores;
        @Option(names = "--new-shop", description = "상권: count the new shop too")
        boolean newShop;
        @Option(names = "--compare", split = ",", paramLabel = "CODE", description = "other districts to compare with (1-3)")
        List<String> compare;
        @Option(names = "--title")
        String title;
        @Option(names = "--json", description = "print as JSON")
        boolean json;

        @Override
        public Integer call() {
            if (stores < 0) {
                throw new UserException("estimate.cli.negativeStores");
            }
            ConsultService s = CasePassphrase.unlock(parent.main);
            s.consultation(consultation);
            Estimate e = parent.main.context().estimateService().estimate(district, industry);
            Comparison c = null;
            if (compare != null && !compare.isEmpty()) {
                List<String> codes = new ArrayList<>();
                codes.add(district);
                codes.addAll(compare);
                c = parent.main.context().compare().compare(industry, codes);
            }
            Scenario sc = s.saveEstimate(consultation, title, e, new StoreDetails(stores, newShop), c);
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? Json.write(sc) : Messages.get("consult.cli.scenarioSaved", sc.id(), sc.snapshot().title()));
            return MainCommand.OK;
        }
    }

    @Command(name = "scenarios", mixinStandardHelpOptions = true, description = "The scenarios of a consultation as saved, and whether newer data exists.")
    static final class Scenarios implements Callable<Integer> {
        @ParentCommand
        ConsultCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--consultation", required = true, paramLabel = "ID")
        long consultation;
        @Option(names = "--json", description = "print as JSON")
        boolean json;

        @Override
        public Integer call() {
            ConsultService s = CasePassphrase.unlock(parent.main);
            PrintWriter out = spec.commandLine().getOut();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Scenario sc : s.scenarios(consultation)) {
                Freshness f = s.freshness(sc);
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("scenario", sc);
                    m.put("newerDataExists", f.stale());
                    rows.add(m);
                    continue;
                }
                double monthly = Recomputed.monthly(sc.snapshot().estimate());
                out.println(Messages.get("consult.cli.scenarioLine", sc.id(), sc.snapshot().title(), sc.snapshot().districtName(),
                        sc.snapshot().industryName(), Double.isNaN(monthly) ? "-" : Formats.money(Math.round(monthly))));
                if (f.stale()) {
                    out.println("  " + Messages.get("consult.scenario.newer"));
                }
            }
            if (json) {
                out.println(Json.write(rows));
            }
            return MainCommand.OK;
        }
    }

    @Command(name = "recompute", mixinStandardHelpOptions = true, description = "Old vs new numbers of a scenario on today's data; --take replaces the saved ones.")
    static final class Recompute implements Callable<Integer> {
        @ParentCommand
        ConsultCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "SCENARIO")
        long id;
        @Option(names = "--take", description = "keep the new numbers instead of the saved ones")
        boolean take;
        @Option(names = "--json", description = "print as JSON")
        boolean json;

        @Override
        public Integer call() {
            ConsultService s = CasePassphrase.unlock(parent.main);
            Recomputed r = s.recompute(s.scenario(id));
            if (!r.possible()) {
                throw new UserException(r.problemKey(), r.problemArgs());
            }
            PrintWriter out = spec.commandLine().getOut();
            double before = Recomputed.monthly(r.saved().snapshot().estimate());
            double after = Recomputed.monthly(r.fresh().estimate());
            if (take) {
                s.replaceSnapshot(id, r.saved().version(), r.fresh());   // refused (exit 3) if someone saved it meanwhile
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("saved", r.saved().snapshot());
                m.put("fresh", r.fresh());
                m.put("taken", take);
                out.println(Json.write(m));
                return MainCommand.OK;
            }
            if (!Double.isNaN(before) && !Double.isNaN(after)) {
                out.println(Messages.get("consult.cli.recompute", r.saved().snapshot().title(), money(before), money(after)));
            } else {
                out.println(r.saved().snapshot().title());
            }
            for (Recomputed.PartChange p : r.parts()) {
                for (Recomputed.Row row : p.rows()) {
                    out.println(Messages.get("consult.cli.recomputePart", Messages.get(p.part().key()), row.label(), row.before(), row.after()));
                }
            }
            if (take) {
                out.println(Messages.get("consult.cli.taken"));
            }
            return MainCommand.OK;
        }

        private static String money(double v) {
            return Double.isNaN(v) ? "-" : Formats.money(Math.round(v));
        }
    }
}
