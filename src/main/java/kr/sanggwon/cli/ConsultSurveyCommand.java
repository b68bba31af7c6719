package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.FieldSurvey;
import kr.sanggwon.consult.FieldSurveys;
import kr.sanggwon.consult.Versioned;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.SurveyAdjustment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * consult survey SCENARIO: fills in (or shows) the 현장 조사 of a scenario and prints base → factors → adjusted.
 * Options given replace those parts of the saved survey; the others stay as saved.
 */
@Command(name = "survey", mixinStandardHelpOptions = true,
        description = "현장 조사 of a scenario: storefront facts adjust its estimate by the factors in survey-factors.csv.")
final class ConsultSurveyCommand implements Callable<Integer> {
    @ParentCommand
    ConsultCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "SCENARIO")
    long id;
    @Option(names = "--frontage", paramLabel = "M", description = "frontage width in metres")
    Double frontage;
    @Option(names = "--floor", paramLabel = "N", description = "floor: 1 ground, 2, 3 …; 0 or -1 basement")
    Integer floor;
    @Option(names = "--visibility", paramLabel = "V", description = "entrance seen from the main street: clear, partial, hidden")
    String visibility;
    @Option(names = "--corner", paramLabel = "yes|no", description = "corner site")
    String corner;
    @Option(names = "--parking", paramLabel = "P", description = "none, nearby, own")
    String parking;
    @Option(names = "--traffic", paramLabel = "HH:MM/MIN/COUNT", description = "a timed foot-traffic count, e.g. 12:00/10/85 (repeat)")
    List<String> traffic;
    @Option(names = "--competitor", paramLabel = "NAME@M", description = "a competitor seen and its distance in metres, e.g. 카페봄@40 (repeat)")
    List<String> competitors;
    @Option(names = "--notes")
    String notes;
    @Option(names = "--off", paramLabel = "FACTOR", description = "turn a factor off (kept visible, not applied)")
    List<String> off;
    @Option(names = "--on", paramLabel = "FACTOR", description = "turn a factor on again")
    List<String> on;
    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() {
        ConsultService s = CasePassphrase.unlock(parent.main);
        FieldSurveys surveys = s.surveys();
        Versioned<FieldSurvey> read = surveys.saved(id).orElse(null);
        FieldSurvey saved = read != null ? read.value() : new FieldSurvey(null, null, null, null, null, null, null, null, null);
        FieldSurvey next = merged(saved);
        boolean changed = !next.equals(saved) || read == null;
        // saved over the version read: someone else's save in between is refused (exit 3), not overwritten
        SurveyAdjustment a = changed ? surveys.save(id, read == null ? null : read.version(), next).value() : surveys.preview(id, next);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("survey", next.validated());
            m.put("adjustment", a);
            m.put("factorsFile", surveys.factorBook().file().toString());
            out.println(Json.write(m));
            return MainCommand.OK;
        }
        ScenarioSnapshot.Attachment lines = FieldSurveys.describe(a);
        out.println(lines.title());
        for (ScenarioSnapshot.AttachmentRow r : lines.rows()) {
            out.println("  " + r.label() + ": " + r.value());
        }
        out.println(Messages.get("consult.cli.surveyFile", surveys.factorBook().file()));
        return MainCommand.OK;
    }

    private FieldSurvey merged(FieldSurvey saved) {
        List<String> switchedOff = new ArrayList<>(saved.switchedOff());
        if (on != null) {
            switchedOff.removeAll(on.stream().map(x -> x.strip().toLowerCase(Locale.ROOT)).toList());
        }
        if (off != null) {
            off.stream().map(x -> x.strip().toLowerCase(Locale.ROOT)).filter(x -> !switchedOff.contains(x)).forEach(switchedOff::add);
        }
        return new FieldSurvey(frontage != null ? frontage : saved.frontageMeters(), floor != null ? floor : saved.floor(),
                visibility != null ? choice(FieldSurvey.Visibility.class, visibility, "--visibility") : saved.visibility(),
                corner != null ? yesNo(corner) : saved.corner(),
                parking != null ? choice(FieldSurvey.Parking.class, parking, "--parking") : saved.parking(),
                traffic != null ? traffic.stream().map(ConsultSurveyCommand::sample).toList() : saved.traffic(),
                competitors != null ? competitors.stream().map(ConsultSurveyCommand::competitor).toList() : saved.competitors(),
                switchedOff, notes != null ? notes : saved.notes());
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, String option) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("consult.cli.surveyChoice", option, text,
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(x -> x.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    private static Boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "예" -> true;
            case "no", "n", "false", "아니오" -> false;
            default -> throw new UserException("consult.cli.surveyChoice", "--corner", text, "yes, no");
        };
    }

    static FieldSurvey.TrafficSample sample(String text) {
        String[] p = text.strip().split("/");
        try {
            if (p.length == 3) {
                return new FieldSurvey.TrafficSample(p[0].strip(), Integer.parseInt(p[1].strip()), Integer.parseInt(p[2].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new UserException("consult.cli.surveyTraffic", text);
    }

    static FieldSurvey.Competitor competitor(String text) {
        int at = text.lastIndexOf('@');
        try {
            if (at > 0) {
                return new FieldSurvey.Competitor(text.substring(0, at).strip(), Integer.parseInt(text.substring(at + 1).strip()));
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new UserException("consult.cli.surveyCompetitor", text);
    }
}
