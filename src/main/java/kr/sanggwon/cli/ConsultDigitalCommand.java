package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.consult.DigitalCheckups;
import kr.sanggwon.consult.Versioned;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.digital.Adoption;
import kr.sanggwon.digital.DigitalCheckup;
import kr.sanggwon.digital.DigitalDiagnosis;
import kr.sanggwon.digital.DigitalItem;
import kr.sanggwon.digital.ItemCost;
import kr.sanggwon.digital.ProgrammeMatch;
import kr.sanggwon.finance.MoneyInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * consult digital SCENARIO: records (or shows) the 디지털 전환 진단 of a scenario and prints the checklist, now → after
 * the planned tools, and the support programmes. Options given replace those parts of the saved checkup.
 */
@Command(name = "digital", mixinStandardHelpOptions = true,
        description = "디지털 전환 진단 of a scenario: tools in use or planned, their cost and sales effect in the profit "
                + "simulation (digital-items.csv), and the support programmes that fit (digital-programmes.csv).")
final class ConsultDigitalCommand implements Callable<Integer> {
    @ParentCommand
    ConsultCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "SCENARIO")
    long id;
    @Option(names = "--adopted", split = ",", paramLabel = "ITEM", description = "tools in use now: pay, delivery, online, order, map, books")
    List<String> adopted;
    @Option(names = "--planned", split = ",", paramLabel = "ITEM", description = "tools the shop plans to take up")
    List<String> planned;
    @Option(names = "--none", split = ",", paramLabel = "ITEM", description = "tools neither used nor planned")
    List<String> none;
    @Option(names = "--rent", paramLabel = "W", description = "monthly rent, e.g. 300만")
    String rent;
    @Option(names = "--maintenance", paramLabel = "W", description = "monthly 관리비")
    String maintenance;
    @Option(names = "--staff", paramLabel = "N", description = "staff, full-time equivalents, owner not counted")
    Double staff;
    @Option(names = "--investment", paramLabel = "W", description = "interior and equipment put in")
    String investment;
    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() {
        CasePassphrase.unlock(parent.main);
        DigitalCheckups checkups = parent.main.context().digital();
        Versioned<DigitalCheckup> read = checkups.saved(id).orElse(null);
        DigitalCheckup saved = read == null ? null : read.value();
        if (saved == null && (rent == null || staff == null)) {
            throw new UserException("consult.digital.error.needPlan");
        }
        DigitalCheckup next = merged(saved);
        // saved over the version read: someone else's save in between is refused (exit 3), not overwritten
        DigitalDiagnosis d = next.equals(saved) ? checkups.preview(id, next)
                : checkups.save(id, read == null ? null : read.version(), next).value();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(json(d, checkups)));
            return MainCommand.OK;
        }
        ScenarioSnapshot.Attachment lines = checkups.describe(id, d);
        out.println(lines.title());
        for (ScenarioSnapshot.AttachmentRow r : lines.rows()) {
            out.println("  " + r.label() + ": " + r.value());
        }
        out.println(Messages.get("consult.cli.digitalFiles", checkups.engine().costs().file(), checkups.engine().programmes().file()));
        return MainCommand.OK;
    }

    private DigitalCheckup merged(DigitalCheckup saved) {
        Map<DigitalItem, Adoption> states = new EnumMap<>(DigitalItem.class);
        if (saved != null) {
            states.putAll(saved.states());
        }
        put(states, adopted, Adoption.ADOPTED, "--adopted");
        put(states, planned, Adoption.PLANNED, "--planned");
        put(states, none, Adoption.NONE, "--none");
        return new DigitalCheckup(states, money(rent, saved == null ? 0 : saved.rent()),
                money(maintenance, saved == null ? 0 : saved.maintenance()), staff != null ? staff : saved == null ? 0 : saved.staff(),
                money(investment, saved == null ? 0 : saved.investment())).validated();
    }

    private static void put(Map<DigitalItem, Adoption> states, List<String> items, Adoption a, String option) {
        if (items == null) {
            return;
        }
        for (String text : items) {
            DigitalItem item = DigitalItem.byId(text).orElseThrow(() -> new UserException("consult.cli.digitalItem", option, text,
                    String.join(", ", java.util.Arrays.stream(DigitalItem.values()).map(DigitalItem::id).toList())));
            states.put(item, a);
        }
    }

    private static double money(String text, double saved) {
        if (text == null) {
            return saved;
        }
        double v = MoneyInput.parse(text);
        if (Double.isNaN(v)) {
            throw new UserException("finance.cli.badMoney", text);
        }
        return v;
    }

    private static Map<String, Object> json(DigitalDiagnosis d, DigitalCheckups checkups) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> states = new LinkedHashMap<>();
        for (DigitalItem i : DigitalItem.values()) {
            states.put(i.id(), d.checkup().state(i).id());
        }
        m.put("items", states);
        m.put("rent", d.checkup().rent());
        m.put("maintenance", d.checkup().maintenance());
        m.put("staff", d.checkup().staff());
        m.put("investment", d.checkup().investment());
        List<Map<String, Object>> planned = new ArrayList<>();
        for (ItemCost c : d.effect().planned()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("item", c.item().id());
            p.put("scope", c.scope());
            p.put("year", c.year());
            p.put("monthlyCost", c.monthlyCost());
            p.put("oneOffCost", c.oneOffCost());
            p.put("effectLow", c.effectLow());
            p.put("effectHigh", c.effectHigh());
            p.put("source", c.source());
            planned.add(p);
        }
        Map<String, Object> effect = new LinkedHashMap<>();
        effect.put("planned", planned);
        effect.put("monthlyFees", d.effect().monthlyFees());
        effect.put("oneOff", d.effect().oneOff());
        effect.put("effectLow", d.effect().effectLow());
        effect.put("effectMid", d.effect().effectMid());
        effect.put("effectHigh", d.effect().effectHigh());
        effect.put("deliveryShare", Double.isNaN(d.effect().deliveryShare()) ? null : d.effect().deliveryShare());
        m.put("effect", effect);
        m.put("before", FinanceJson.of(d.before()));
        m.put("after", FinanceJson.of(d.after()));
        m.put("monthlyGain", d.monthlyGain());
        m.put("paybackMonths", Double.isFinite(d.paybackMonths()) ? d.paybackMonths() : null);
        List<Map<String, Object>> programmes = new ArrayList<>();
        for (ProgrammeMatch p : d.programmes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", p.programme().id());
            x.put("name", p.programme().name());
            x.put("year", p.programme().year());
            x.put("toBeChecked", p.programme().check() || p.olderYear());
            x.put("helps", p.helps().stream().map(DigitalItem::id).toList());
            x.put("support", p.programme().support());
            x.put("source", p.programme().source());
            programmes.add(x);
        }
        m.put("programmes", programmes);
        m.put("year", d.year());
        m.put("itemsFile", checkups.engine().costs().file().toString());
        m.put("programmesFile", checkups.engine().programmes().file().toString());
        return m;
    }
}
